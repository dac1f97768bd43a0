import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './fixtures';
import { addFacilitatorToSampleCohort, addSession, attendanceCard, dayFromToday, SetupPage, Shell, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };
const FACILITATOR = { name: 'Youssef Alami', password: 'animateur-2026' };

test('a facilitator takes attendance for two sessions; the coordinator sees eligibility, issues the cohort’s certificates with a progress bar, and downloads the merged PDF and the CSV report', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await addFacilitatorToSampleCohort(page, FACILITATOR);
  // Certificates for attendance alone: 80 % of the hours, lessons not required.
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Attestations' }).click();
  await page.getByRole('link', { name: 'Réglages des attestations' }).click();
  await expect(page.getByLabel("Nom de l'organisation")).toHaveValue('Association Foras'); // loaded
  for (const checkbox of await page.getByRole('checkbox', { name: 'Toutes les leçons du module terminées' }).all()) {
    await checkbox.uncheck();
    await expect(checkbox).not.toBeChecked();
  }
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
  await new Shell(page).lock();

  // The facilitator runs the two sessions: everyone at the first; Grace absent from the second.
  const signIn = new SignInPage(page);
  await signIn.staffSignIn(FACILITATOR.name, FACILITATOR.password);
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Séances et présences' }).click();
  await addSession(page, { module: 'Life skills – soft skills', date: dayFromToday(-7), start: '09:00', end: '12:00' });
  await expect(page.getByRole('dialog')).toBeHidden();
  await addSession(page, { module: 'Entrepreneuriat et commercialisation', date: dayFromToday(-5), start: '14:00', end: '17:00' });
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('link', { name: /^Faire l’appel : Life skills/ }).click();
  await page.getByRole('button', { name: 'Tous les autres présents' }).click();
  await expect(page.getByTestId('attendance-summary')).toContainText('6 présents, 0 en retard, 0 absent, 0 pas marqué');
  await page.getByRole('link', { name: 'Toutes les séances' }).click();
  await page.getByRole('link', { name: /^Faire l’appel : Entrepreneuriat/ }).click();
  await attendanceCard(page, 'Grace Mbarga').getByRole('button', { name: 'Absent' }).click();
  await page.getByRole('button', { name: 'Tous les autres présents' }).click();
  await expect(page.getByTestId('attendance-summary')).toContainText('5 présents, 0 en retard, 1 absent, 0 pas marqué');
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await new Shell(page).lock();

  // The coordinator sees who is eligible, and why Grace is not.
  await signIn.staffSignIn(COORDINATOR.name, COORDINATOR.password);
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Attestations de la cohorte' }).click();
  await expect(page.getByTestId('eligibility-row').filter({ hasText: 'Grace Mbarga' })).toContainText('Présence : 0 % (il faut 80 %)');
  await expect(page.getByTestId('eligibility-row').filter({ hasText: 'Aminata Traoré' })).toContainText('Remplit les conditions');
  await page.getByRole('button', { name: 'Délivrer 5 attestations' }).click();
  await expect(page.getByRole('progressbar', { name: 'Attestations délivrées' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '5 sur 5 délivrées' })).toBeVisible();
  await expect(page.getByTestId('eligibility-row').filter({ hasText: 'Aminata Traoré' })).toContainText(/FA-\d{4}-\d{6}/);
  await expectAccessible(page, 'certificates issued');

  const [merged] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger un seul PDF (5)' }).click()]);
  const pdf = readFileSync(await merged.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(5);

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Rapports' }).click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en CSV' }).click()]);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('Ouédraogo');
  expect(text.split(/\r?\n/).filter((line) => line.includes('Aminata'))[0]).toMatch(/FA-\d{4}-\d{6}/);
});
