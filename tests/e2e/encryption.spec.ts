import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { SetupPage } from './pages';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('what a coordinator types through the browser host is stored encrypted, with the key outside the data folder', async ({ page, host }) => {
  const canary = 'Kourouma-CANARY-58c2d1';
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: false });
  await page.getByRole('button', { name: 'Nouvelle cohorte' }).click();
  await page.getByLabel('Nom de la cohorte').fill('Cohorte de mars');
  await page.getByLabel('Début').fill('2026-03-02');
  await page.getByLabel('Fin').fill('2026-05-29');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('button', { name: 'Ajouter un participant' }).click();
  await page.getByLabel('Prénom').fill('Fatoumata');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(canary);
  await page.getByRole('radio', { name: 'Soleil' }).check({ force: true });
  await page.getByLabel('Code secret').fill('2468');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(canary).first()).toBeVisible();

  const files = filesUnder(host.dataDir);
  expect(files.some((file) => file.endsWith('.sqlite'))).toBe(true);
  const holding = files.filter((file) => {
    const bytes = readFileSync(file);
    return bytes.includes(Buffer.from(canary, 'utf8')) || bytes.includes(Buffer.from(canary, 'utf16le'));
  });
  expect(holding).toEqual([]);
  expect(dirname(host.keyFile).startsWith(host.dataDir)).toBe(false);
  expect(statSync(host.keyFile).mode & 0o077).toBe(0);
});
