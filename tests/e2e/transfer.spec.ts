import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, startHost, stopHost, test } from './fixtures';
import { SetupPage, Shell, SignInPage } from './pages';

const PASSPHRASE = 'le bus part à 6 heures';

async function openTransfer(page: Page) {
  await page.getByRole('link', { name: 'Transfert entre ordinateurs' }).click();
  await expect(page.getByRole('heading', { name: 'Transfert entre ordinateurs', level: 1 })).toBeVisible();
}

/** Chooses a file with the screen's file button, as a person picking it from a USB stick would. */
async function chooseFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir le fichier' }).click();
  await (await chooser).setFiles(path);
}

test('a coordinator exports the sample cohort with a passphrase; on a second laptop a wrong passphrase is refused, the right one imports it with progress and a report, and a participant signs in there', async ({ page, host, context }) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(join(tmpdir(), 'foras-transfer-'));
  const second = await startHost();
  try {
    // Laptop 1: the sample cohort, exported whole.
    await page.goto(host.url);
    await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });
    await expect(page.getByRole('heading', { name: 'Cohortes' })).toBeVisible();
    await openTransfer(page);
    await expect(page.getByRole('combobox', { name: 'Cohorte' })).toHaveValue('Cohorte exemple');
    await page.getByRole('radio', { name: 'Seulement certains participants' }).check();
    await expect(page.getByRole('checkbox', { name: 'Aminata Traoré' })).toBeVisible();
    await page.getByRole('radio', { name: 'Toute la cohorte' }).check();
    const passphrase = page.getByRole('textbox', { name: 'Phrase de passe', exact: true });
    await passphrase.fill('court');
    await page.getByRole('button', { name: 'Exporter le fichier' }).click();
    await expect(page.getByText('La phrase de passe doit avoir au moins 8 caractères.')).toBeVisible();
    await expect(page.getByText('Solidité : faible — ajoutez des mots')).toBeVisible();
    await passphrase.fill(PASSPHRASE);
    await page.getByRole('textbox', { name: 'Retapez la phrase de passe' }).fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Exporter le fichier' }).click();
    await expect(page.getByText('Les deux phrases de passe sont différentes.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Retapez la phrase de passe' }).fill(PASSPHRASE);
    await expect(page.getByText('Solidité : bonne')).toBeVisible();
    await expect(page.getByText('Sans elle, personne ne peut ouvrir le fichier')).toBeVisible();
    await expectAccessible(page, 'transfer: export');
    await screenshot(page, '50-transfer-export');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter le fichier' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Foras - Cohorte exemple - \d{4}-\d{2}-\d{2}\.foras$/);
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    await expect(page.getByRole('status').filter({ hasText: 'est prêt' })).toBeVisible();

    // Laptop 2: set up without samples, then the file.
    const other = await context.newPage();
    await other.goto(second.host.url);
    await new SetupPage(other).complete({ name: 'Samir Alaoui', password: 'atelier-oujda-2026', organisation: 'Association Foras', place: 'Oujda', withSamples: false });
    await expect(other.getByRole('heading', { name: 'Cohortes' })).toBeVisible();
    await openTransfer(other);
    await other.getByRole('tab', { name: 'Importer' }).click();

    // Not a transfer file; then the right file with a wrong passphrase: refused, in words.
    const notOurs = join(folder, 'notes.txt');
    writeFileSync(notOurs, 'Liste des courses : thé, sucre, menthe.');
    await chooseFile(other, notOurs);
    await other.getByRole('textbox', { name: 'Phrase de passe', exact: true }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Lire le fichier' }).click();
    await expect(other.getByRole('alert')).toHaveText('Ce fichier n’est pas un fichier de transfert de Foras Atelier (.foras). Rien n’a été modifié.');
    await chooseFile(other, file);
    await expect(other.getByTestId('transfer-file-name')).toContainText('.foras');
    await other.getByRole('textbox', { name: 'Phrase de passe', exact: true }).fill('le bus part à 7 heures');
    await other.getByRole('button', { name: 'Lire le fichier' }).click();
    await expect(other.getByRole('alert')).toHaveText('Ce fichier ne s’ouvre pas avec cette phrase de passe. Rien n’a été modifié.');
    await expectAccessible(other, 'transfer: wrong passphrase');
    await screenshot(other, '54-transfer-wrong-passphrase');

    // The right passphrase: what the file holds and what will happen, before anything changes.
    await other.getByRole('textbox', { name: 'Phrase de passe', exact: true }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Lire le fichier' }).click();
    await expect(other.getByRole('heading', { name: 'Ce que contient le fichier' })).toBeVisible();
    const plan = other.getByRole('table');
    await expect(plan.getByRole('row', { name: /^Participants 6 6 0 0 0$/ })).toBeVisible();
    await expect(plan.getByRole('row', { name: /^Cohortes 1 1 0 0 0$/ })).toBeVisible();
    await expectAccessible(other, 'transfer: import plan');
    await screenshot(other, '51-transfer-import-plan');

    // Slowed down so the progress bar can be seen between batches (the batches are real; only the answers wait).
    await other.route('**/api/transfer.importNext', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await other.getByRole('button', { name: 'Importer', exact: true }).click();
    // At 0 % the bar's filled part has no width, so it is checked as present with its value.
    await expect(other.getByRole('progressbar', { name: 'Avancement de l’import' })).toHaveAttribute('aria-valuenow', '0');
    await expect(other.getByRole('status').filter({ hasText: 'Fiches traitées : 0 sur' })).toBeVisible();
    await screenshot(other, '52-transfer-import-progress');
    await expect(other.getByText('Import terminé')).toBeVisible({ timeout: 30_000 });
    await expect(other.getByRole('status').filter({ hasText: 'Import terminé' })).toContainText(/Fiches ajoutées : \d+ ; mises à jour : 0 ; laissées telles quelles : 0\./);
    await expect(other.getByRole('table').getByRole('row', { name: /^Participants 6 6 0 0 0$/ })).toBeVisible();
    await expectAccessible(other, 'transfer: import done');
    await screenshot(other, '53-transfer-import-done');
    await other.unroute('**/api/transfer.importNext');

    // The cohort is on laptop 2, shown at sign-in; Aminata signs in with her PIN from laptop 1.
    await other.getByRole('link', { name: 'Cohortes' }).click();
    await expect(other.getByRole('link', { name: 'Cohorte exemple' })).toBeVisible();
    await new Shell(other).lock();
    const signIn = new SignInPage(other);
    await signIn.openPinFor('Aminata Traoré');
    await signIn.tapPin('1234');
    await expect(other.getByRole('heading', { name: 'Bonjour Aminata !' })).toBeVisible();
  } finally {
    await stopHost(second);
    rmSync(folder, { recursive: true, force: true });
  }
});
