import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };

async function setUp(page: Page, url: string) {
  await page.goto(url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: false });
}

async function createCohort(page: Page, name: string) {
  await page.getByRole('link', { name: 'Cohortes' }).click();
  await page.getByRole('button', { name: 'Nouvelle cohorte' }).click();
  await page.getByLabel('Nom de la cohorte').fill(name);
  await page.getByLabel('Début').fill('2026-03-02');
  await page.getByLabel('Fin').fill('2026-05-29');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(name).first()).toBeVisible();
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Sauvegardes' }).click();
  await expect(page.getByRole('heading', { name: 'Sauvegardes', level: 1 })).toBeVisible();
}

test('a coordinator backs up, changes something, restores after a confirmation and finds the old data', async ({ page, host }) => {
  await setUp(page, host.url);
  await createCohort(page, 'Cohorte de mars');
  await openBackups(page);
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde faite le' })).toBeVisible();
  const manualRow = page.getByRole('row').filter({ hasText: 'Faite à la main' });
  await expect(manualRow).toHaveCount(1);
  await expectAccessible(page, 'backups');
  await screenshot(page, 'backups-list');

  await createCohort(page, 'Cohorte d’avril');
  await openBackups(page);
  await manualRow.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  const dialog = page.getByRole('dialog', { name: 'Remplacer les données de cet ordinateur ?' });
  await expect(dialog).toContainText('seront remplacées par la sauvegarde du');
  await expect(dialog).toContainText('les données actuelles sont sauvegardées');
  await expectAccessible(page, 'restore confirmation');
  await screenshot(page, 'backups-restore-confirm');
  await dialog.getByRole('button', { name: 'Remplacer les données' }).click();

  // Everyone is signed out; the sign-in screen says why.
  await expect(page.getByRole('status').filter({ hasText: 'Les données ont été restaurées' })).toBeVisible();
  await new SignInPage(page).staffSignIn(COORDINATOR.name, COORDINATOR.password);
  await expect(page.getByText('Cohorte de mars').first()).toBeVisible();
  await expect(page.getByText('Cohorte d’avril')).toHaveCount(0);
  await openBackups(page);
  await expect(page.getByRole('row').filter({ hasText: 'Avant une restauration' })).toHaveCount(1);
});

test('a backup to a USB stick downloads a passphrase-protected file, which restores with its passphrase only', async ({ page, host }) => {
  await setUp(page, host.url);
  await createCohort(page, 'Cohorte de mars');
  await openBackups(page);
  await page.getByRole('button', { name: 'Sauvegarder sur une clé USB…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sauvegarder sur une clé USB' });
  await dialog.getByRole('textbox', { name: 'Phrase de passe', exact: true }).fill('court');
  await dialog.getByRole('button', { name: 'Créer le fichier' }).click();
  await expect(dialog.getByText('Au moins 8 caractères.', { exact: true })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Phrase de passe', exact: true }).fill('sable chaud de Rabat');
  await dialog.getByRole('textbox', { name: 'Retapez la phrase de passe' }).fill('sable chaud de rabat');
  await dialog.getByRole('button', { name: 'Créer le fichier' }).click();
  await expect(dialog.getByText('Les deux phrases de passe ne sont pas les mêmes.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Retapez la phrase de passe' }).fill('sable chaud de Rabat');
  await expectAccessible(page, 'export dialog');
  await screenshot(page, 'backups-export');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Créer le fichier' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^foras-atelier-backup-\d{4}-\d{2}-\d{2}\.foras-backup$/);
  const path = await file.path();
  const bytes = readFileSync(path);
  expect(bytes.length).toBeGreaterThan(4096);
  expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  expect(bytes.includes(Buffer.from('Cohorte de mars'))).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'a été créé' })).toBeVisible();

  await createCohort(page, 'Cohorte d’avril');
  await openBackups(page);
  const restoreFrom = async (passphrase: string) => {
    await page.getByRole('button', { name: 'Restaurer depuis un fichier…' }).click();
    const chooser = page.getByRole('dialog', { name: 'Restaurer depuis un fichier' });
    await chooser.locator('input[type="file"]').setInputFiles({ name: 'cle.foras-backup', mimeType: 'application/octet-stream', buffer: bytes });
    await chooser.getByLabel('Phrase de passe du fichier').fill(passphrase);
    await expectAccessible(page, 'restore from a file');
    await chooser.getByRole('button', { name: 'Continuer' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remplacer les données de cet ordinateur ?' });
    await expect(confirm).toContainText('« cle.foras-backup »');
    await confirm.getByRole('button', { name: 'Remplacer les données' }).click();
    return confirm;
  };
  const refused = await restoreFrom('une autre phrase');
  await expect(refused.getByRole('alert')).toContainText('Ce fichier ne s’ouvre pas avec cette phrase de passe.');
  await screenshot(page, 'backups-restore-refused');
  await refused.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText('Cohorte d’avril')).toHaveCount(0); // still on the backups screen, still signed in
  await expect(page.getByTestId('signed-in-person')).toBeVisible();

  await restoreFrom('sable chaud de Rabat');
  await expect(page.getByRole('status').filter({ hasText: 'Les données ont été restaurées' })).toBeVisible();
  await new SignInPage(page).staffSignIn(COORDINATOR.name, COORDINATOR.password);
  await expect(page.getByText('Cohorte de mars').first()).toBeVisible();
  await expect(page.getByText('Cohorte d’avril')).toHaveCount(0);
});
