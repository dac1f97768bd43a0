import { expect, expectAccessible, screenshot, test } from './fixtures';
import { dayFromToday, SetupPage, Shell, SignInPage } from './pages';

test('a refused sign-in is in the audit log: the coordinator opens it, filters by kind, period and person, and reads the entry in words', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await new Shell(page).lock();

  // Two wrong PINs for Fatou, then he gives up.
  const signIn = new SignInPage(page);
  await signIn.openPinFor('Fatou Ndiaye');
  const pinField = page.getByLabel('Votre code secret (4 à 6 chiffres)');
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await pinField.fill('0000');
    await pinField.press('Enter');
    await expect(page.getByText(`Encore ${5 - attempt} essai`)).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await signIn.staffSignIn('Khadija Benali', 'atelier-rabat-2026');

  // A report leaves the laptop: recorded too.
  const nav = page.getByRole('navigation', { name: 'Menu principal' });
  await nav.getByRole('link', { name: 'Rapports' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en CSV' }).click()]);

  await nav.getByRole('link', { name: 'Journal d’audit' }).click();
  await expect(page.getByRole('heading', { name: 'Journal d’audit', level: 1 })).toBeVisible();
  const table = page.getByRole('region', { name: 'Entrées du journal d’audit' });
  const rows = table.getByTestId('audit-entry');
  // Newest first: the two refusals, then the coordinator's own profile created at set-up.
  await expect(rows.filter({ hasText: 'Connexion refusée' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Profil d’équipe créé' })).toContainText('Khadija Benali');
  const year = new Date().getFullYear();
  await expect(rows.filter({ hasText: 'Rapport téléchargé' })).toContainText(`format CSV · 6 lignes · période : du 1er janvier au 31 décembre ${year}`);

  await page.getByRole('combobox', { name: 'Type d’action' }).click();
  await page.getByRole('option', { name: 'Connexion refusée' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Aucune session ouverte');
  await expect(rows.first()).toContainText('Fatou Ndiaye');
  await expect(rows.first()).toContainText('code PIN incorrect · 2 essais manqués');
  await expect(rows.nth(1)).toContainText('1 essai manqué');
  await expect(page.getByText('2 entrées affichées')).toBeVisible();

  // Today only: both; from tomorrow: none.
  await page.getByRole('textbox', { name: 'Du', exact: true }).fill(dayFromToday(0));
  await page.getByRole('textbox', { name: 'Au', exact: true }).fill(dayFromToday(0));
  await expect(rows).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Au', exact: true }).fill(dayFromToday(1));
  await page.getByRole('textbox', { name: 'Du', exact: true }).fill(dayFromToday(1));
  await expect(page.getByText('Aucune entrée pour ces filtres.')).toBeVisible();
  await expectAccessible(page, 'audit log (empty)');
  await page.getByRole('textbox', { name: 'Du', exact: true }).fill(dayFromToday(0));
  await expect(rows).toHaveCount(2);

  // By person, whoever acted or was acted upon.
  await page.getByRole('textbox', { name: 'Personne', exact: true }).fill('awa');
  await expect(page.getByText('Aucune entrée pour ces filtres.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Personne', exact: true }).fill('fatou');
  await expect(rows).toHaveCount(2);
  await expectAccessible(page, 'audit log');
  await screenshot(page, '40-audit-log');

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page.getByRole('combobox', { name: 'Type d’action' })).toHaveValue('Toutes les actions');
  await expect(rows.filter({ hasText: 'Profil d’équipe créé' })).toHaveCount(1);
  await screenshot(page, '41-audit-log-all');
});
