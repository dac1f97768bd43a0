import { readFileSync } from 'node:fs';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage } from './pages';

test('a coordinator sets up certificates, sees why nobody is eligible yet, issues one anyway with a reason, prints it, revokes it, and checks a forged code', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Attestations' }).click();
  await expect(page.getByText('Aucune attestation délivrée pour le moment.')).toBeVisible();
  await page.getByRole('link', { name: 'Réglages des attestations' }).click();
  await page.getByLabel('Nom du programme').fill('Programme de réintégration 2026');
  await page.getByRole('button', { name: 'Ajouter un signataire' }).click();
  await page.getByLabel('Nom', { exact: true }).fill('Khadija Benali');
  await page.getByLabel('Fonction').fill('Coordinatrice');
  await page.getByRole('radiogroup', { name: 'Langue des attestations' }).getByText('English').click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
  await expectAccessible(page, 'certificate settings');
  await screenshot(page, '33-certificate-settings');

  await page.getByRole('link', { name: 'Cohortes' }).click();
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Attestations de la cohorte' }).click();
  await expect(page.getByTestId('eligibility-row').first()).toContainText('Aucune séance enregistrée pour ce module');
  await expect(page.getByRole('button', { name: /Délivrer 0 attestation/ })).toBeDisabled();

  await page.getByRole('button', { name: 'Délivrer quand même à Aminata Traoré' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Délivrer quand même' })).toBeDisabled();
  await dialog.getByLabel('Raison').fill('A suivi toutes les séances dans une autre cohorte.');
  await dialog.getByRole('button', { name: 'Délivrer quand même' }).click();
  const row = page.getByTestId('eligibility-row').filter({ hasText: 'Aminata Traoré' });
  await expect(row).toContainText(/FA-\d{4}-000001/);
  await expect(row).toContainText('Délivrée quand même : A suivi toutes les séances dans une autre cohorte.');
  await expect(page.getByRole('status').filter({ hasText: '1 sur 1 délivrées' })).toBeVisible();
  await expectAccessible(page, 'cohort certificates');
  await screenshot(page, '34-cohort-certificates');

  // Printing opens the PDF in the viewer, whose print button opens the system dialog.
  const [viewer] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Imprimer (1)', exact: true }).click()]);
  expect(viewer.url()).toMatch(/^blob:/);
  await viewer.close();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger un seul PDF (1)' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/Aminata Traoré.*\.pdf$/);
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Attestations' }).click();
  await expect(page.getByRole('heading', { name: 'Registre des attestations' })).toBeVisible();
  await page.getByRole('button', { name: /Annuler l’attestation FA-/ }).click();
  await page.getByRole('dialog').getByLabel('Raison').fill('Erreur dans le nom.');
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler l’attestation' }).click();
  await expect(page.getByText('Erreur dans le nom.')).toBeVisible();
  await expect(page.getByText('Annulée', { exact: true })).toBeVisible();
  await expectAccessible(page, 'certificate register');

  await page.getByRole('link', { name: 'Vérifier une attestation' }).click();
  await page.getByLabel('Texte du code QR').fill('FA1.eyJuIjoiRkEtMjAyNi0wMDAwMDEifQ.AAAA');
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Attestation non reconnue');
  await expectAccessible(page, 'verify a certificate');
});
