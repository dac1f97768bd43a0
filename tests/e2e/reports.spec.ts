import { readFileSync } from 'node:fs';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage, Shell, SignInPage } from './pages';

test('a coordinator opens the reports, reads the counts and charts, narrows to a cohort, and downloads the CSV (with its BOM) and the PDF summary', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });

  // Fatou (a sample participant who rated herself before the life-skills module) rates herself after it.
  await new Shell(page).lock();
  const signIn = new SignInPage(page);
  await signIn.openPinFor('Fatou Ndiaye');
  await signIn.tapPin('1234');
  await page.evaluate("window.location.hash = '#/modules/life-skills/self-assessment/after'");
  await expect(page.getByRole('heading', { name: 'Où j’en suis à la fin' })).toBeVisible();
  for (const group of await page.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '4' }).check({ force: true });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Où j’en suis à la fin' })).toBeHidden();
  await new Shell(page).lock();
  await signIn.staffSignIn('Khadija Benali', 'atelier-rabat-2026');

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Rapports' }).click();
  await expect(page.getByRole('heading', { name: 'Rapports', level: 1 })).toBeVisible();
  // This year, by default: the sample cohort and its six participants (3 women, 3 men), flagged as samples.
  await expect(page.getByLabel('Du')).toHaveValue(`${new Date().getFullYear()}-01-01`);
  const figures = page.getByRole('region', { name: 'Chiffres clés' });
  await expect(figures.getByRole('definition').first()).toHaveText('6');
  await expect(figures).toContainText('Femmes3');
  await expect(page.getByText('Ces chiffres comprennent les données d’exemple.', { exact: false })).toBeVisible();

  // Four charts, each with its table for screen readers.
  await expect(page.locator('figure .recharts-wrapper')).toHaveCount(4);
  const countries = page.getByRole('table', { name: 'Participants par pays de retour' });
  await expect(countries.getByRole('row', { name: /Sénégal/ })).toContainText('1');
  // Fatou's average went from 2.5 to 4 (the sample's ratings before, hers after).
  await expect(page.getByRole('table', { name: 'Auto-évaluation avant et après' }).getByRole('row', { name: /Life skills/ })).toHaveText(/2,5.*4.*1/);
  await expect(page.getByRole('table', { name: 'Participants par cohorte' })).toContainText('Cohorte exemple');
  await expectAccessible(page, 'reports');
  // The key figures and the first charts in view.
  await page.getByRole('heading', { name: 'Chiffres clés' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.evaluate('window.scrollBy(0, -100)'); // from under the fixed header
  await screenshot(page, '30-reports');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^Rapport .*\.csv$/);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toMatch(/^Cohorte;Prénom;Nom;Sexe;Pays de retour;Leçons terminées – /);
  expect(lines[0]).toMatch(/;Présence \(%\);N° d’attestation$/);
  expect(lines.filter((line) => line.startsWith('Cohorte exemple;'))).toHaveLength(6);
  expect(lines.some((line) => line.includes(';Moussa;Ouédraogo;M;Burkina Faso;'))).toBe(true);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le résumé PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^Rapport .*\.pdf$/);
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');

  // One cohort; then a period ending before it starts is refused on the spot.
  await page.getByRole('combobox', { name: 'Cohorte' }).click();
  await page.getByRole('option', { name: 'Cohorte exemple' }).click();
  await expect(page.getByRole('heading', { name: 'Cohorte exemple', level: 2 })).toBeVisible();
  await page.getByLabel('Au').fill('2000-01-01');
  await expect(page.getByText('La date de fin doit être après la date de début.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Télécharger en CSV' })).toBeDisabled();
});
