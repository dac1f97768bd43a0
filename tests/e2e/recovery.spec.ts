import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };
const DATABASE = 'foras-atelier.sqlite';

/**
 * These tests stop a host and start another on the same data folder and key
 * file (the fixture's host is one launch on a fresh folder), as a laptop that
 * is switched off and on again.
 */
async function launch(dataDir: string, keyFile: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const script = process.env.E2E_HOST_SCRIPT ?? 'dist-electron/host-web.mjs';
  const renderer = process.env.E2E_RENDERER_DIR;
  const rendererArgs = renderer ? ['--renderer-dir', existsSync(renderer) ? renderer : join('renderer', renderer)] : [];
  const child: ChildProcess = spawn(process.execPath, [script, '--port', '0', '--data-dir', dataDir, '--key-file', keyFile, '--no-open', ...rendererArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Foras Atelier: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A laptop that was set up, had a cohort and a backup, and was shut down; then its database file is damaged. */
async function damagedLaptop(page: Page, damage: (bytes: Buffer) => void) {
  const dataDir = mkdtempSync(join(tmpdir(), 'foras-e2e-recovery-'));
  const keyDir = mkdtempSync(join(tmpdir(), 'foras-e2e-recovery-key-'));
  const keyFile = join(keyDir, 'database.key');
  const first = await launch(dataDir, keyFile);
  await page.goto(first.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: false });
  await page.getByRole('button', { name: 'Nouvelle cohorte' }).click();
  await page.getByLabel('Nom de la cohorte').fill('Cohorte de mars');
  await page.getByLabel('Début').fill('2026-03-02');
  await page.getByLabel('Fin').fill('2026-05-29');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde faite le' })).toBeVisible();
  await first.stop();

  const file = join(dataDir, DATABASE);
  const bytes = readFileSync(file);
  damage(bytes);
  writeFileSync(file, bytes);
  const second = await launch(dataDir, keyFile);
  return {
    dataDir,
    url: second.url,
    damagedHash: sha(bytes),
    cleanUp: async () => {
      await second.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(keyDir, { recursive: true, force: true });
    },
  };
}

const damages = [
  // Page 2 holds the first table of the schema (the staff): a check reads it at start.
  ['a corrupted page', (bytes: Buffer) => bytes.fill(0x5a, 4096 + 512, 4096 + 1536)],
  ['a corrupted header', (bytes: Buffer) => bytes.fill(0x00, 0, 100)],
] as const;

for (const [what, damage] of damages) {
  test(`after ${what}, the recovery screen restores the newest backup and deletes nothing`, async ({ page }) => {
    const laptop = await damagedLaptop(page, damage);
    try {
      await page.goto(laptop.url);
      await expect(page.getByRole('heading', { name: 'Les données ne peuvent pas être ouvertes' })).toBeVisible();
      await expect(page.getByText('Le fichier des données de cet ordinateur est abîmé.')).toBeVisible();
      await expectAccessible(page, `recovery (${what})`);
      await screenshot(page, `recovery-${what.replaceAll(' ', '-')}`);

      await page.getByRole('button', { name: 'Restaurer la sauvegarde la plus récente' }).click();
      const dialog = page.getByRole('dialog', { name: 'Restaurer la sauvegarde ?' });
      await expect(dialog).toContainText('Rien n’est effacé.');
      await expectAccessible(page, 'recovery confirmation');
      await screenshot(page, 'recovery-confirm');
      await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();

      await expect(page.getByRole('status').filter({ hasText: 'Les données ont été restaurées' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
      const backups = join(laptop.dataDir, 'backups');
      const setAside = readdirSync(backups).filter((name) => name.startsWith('damaged-') && name.endsWith('.sqlite'));
      expect(setAside).toHaveLength(1);
      expect(sha(readFileSync(join(backups, setAside[0]!)))).toBe(laptop.damagedHash);

      await new SignInPage(page).staffSignIn(COORDINATOR.name, COORDINATOR.password);
      await expect(page.getByText('Cohorte de mars').first()).toBeVisible();
    } finally {
      await laptop.cleanUp();
    }
  });
}

test('the error text can be copied, with the text shown to select when the clipboard refuses, and « Quitter » ends the app', async ({ page }) => {
  const laptop = await damagedLaptop(page, damages[1][1]);
  try {
    await page.goto(laptop.url);
    // A clipboard that refuses, as some systems do (a string: this file is type-checked without the DOM).
    await page.evaluate("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } })");
    await page.getByRole('button', { name: 'Copier le message d’erreur' }).click();
    const text = page.getByRole('textbox', { name: 'Message d’erreur' });
    await expect(text).toHaveValue(/Problem: corrupt/);
    expect(await text.inputValue()).not.toContain(laptop.dataDir);
    await expectAccessible(page, 'recovery with the error text');
    await screenshot(page, 'recovery-error-text');
    await page.getByRole('button', { name: 'Quitter' }).click();
    await expect(page.getByText('L’application est fermée. Vous pouvez fermer cette fenêtre.')).toBeVisible();
    expect(readdirSync(join(laptop.dataDir, 'backups')).some((name) => name.startsWith('damaged-'))).toBe(false);
    expect(existsSync(join(laptop.dataDir, DATABASE))).toBe(true);
  } finally {
    await laptop.cleanUp();
  }
});
