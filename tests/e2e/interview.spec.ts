import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage, Shell, SignInPage } from './pages';

// A fake microphone: Chromium's own test device, accepted without a prompt.
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
] } });

async function rateAll(page: import('@playwright/test').Page | import('@playwright/test').Locator, level: string) {
  for (const group of await page.getByRole('radiogroup').all()) await group.getByRole('radio', { name: new RegExp(`^${level} — `) }).check();
}

test('a participant practises three questions, one recorded and one typed, rates them, plays the recording back and sees the history', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await new Shell(page).lock();
  await new SignInPage(page).openPinFor('Aminata Traoré');
  await new SignInPage(page).tapPin('1234');
  await page.getByRole('link', { name: 'Ouvrir : Entretien d’embauche' }).click();
  await expect(page.getByRole('heading', { name: 'M’entraîner à l’entretien' })).toBeVisible();
  await expect(page.getByText('Pas encore d’entraînement.')).toBeVisible();
  const consent = page.getByLabel('J’accepte d’enregistrer ma voix. Les enregistrements restent sur cet ordinateur.');
  await consent.click();
  await expect(consent).toBeChecked();
  await expectAccessible(page, 'interview home');
  await page.getByRole('button', { name: 'Commencer' }).click();

  // 1: recorded.
  await expect(page.getByText('Question 1 sur 3')).toBeVisible();
  await expect(page.getByText('Préparez-vous')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer ma réponse' }).click();
  await expect(page.getByText('Répondez maintenant')).toBeVisible();
  await expect(page.getByText(/Enregistrement… reste 4:5\d/)).toBeVisible();
  await screenshot(page, '19-interview-question');
  await page.waitForTimeout(1500); // a little sound from the fake microphone
  await page.getByRole('button', { name: 'Arrêter l’enregistrement' }).click();
  await expect(page.getByText(/Réponse enregistrée/)).toBeVisible();
  await page.getByRole('button', { name: 'J’ai fini de répondre' }).click();
  await expectAccessible(page, 'interview rating');
  await rateAll(page, '3');
  await page.getByRole('button', { name: 'Enregistrer et question suivante' }).click();

  // 2: typed.
  await expect(page.getByText('Question 2 sur 3')).toBeVisible();
  await page.getByLabel('Ma réponse écrite').fill('Je suis couturière depuis six ans, à Bamako puis à Casablanca.');
  await page.getByRole('button', { name: 'J’ai fini de répondre' }).click();
  await rateAll(page, '2');
  await page.getByRole('button', { name: 'Enregistrer et question suivante' }).click();

  // 3: neither; rating still required.
  await expect(page.getByText('Question 3 sur 3')).toBeVisible();
  await page.getByRole('button', { name: 'J’ai fini de répondre' }).click();
  await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();
  await expect(page.getByText('Choisissez un niveau pour chaque critère.')).toBeVisible();
  await rateAll(page, '4');
  await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();

  await expect(page.getByTestId('attempt-row')).toHaveCount(3);
  await expect(page.getByText('Mes notes au fil des essais (1 à 4)')).toBeVisible();
  await page.getByRole('button', { name: 'Écouter' }).click();
  const player = page.locator('audio');
  await expect(player).toHaveCount(1);
  await expect.poll(async () => player.evaluate((audio) => (audio as { readyState: number }).readyState)).toBeGreaterThan(0);
  await expectAccessible(page, 'interview history');
  await screenshot(page, '20-interview-history');
  await page.getByRole('button', { name: 'Supprimer l’enregistrement' }).click();
  await expect(page.locator('audio')).toHaveCount(0);
});

test('a facilitator runs a mock interview; the participant sees both ratings side by side', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  // The coordinator adds a question of their own (French only) to the bank.
  await page.getByRole('link', { name: 'Questions d’entretien' }).click();
  await page.getByLabel('Question (français)').fill('Que ferez-vous la première semaine à Kankan ?');
  await page.getByLabel('Conseil (français)').fill('Parlez d’actions simples.');
  await page.getByLabel('Exemple de bonne réponse (français)').fill('Je verrai ma famille, puis trois ateliers.');
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await expect(page.getByText('Question ajoutée.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Que ferez-vous la première semaine à Kankan ?' })).toBeVisible();
  await expectAccessible(page, 'interview questions');

  await page.getByRole('link', { name: 'Cohortes' }).click();
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Entretien blanc avec Aminata Traoré' }).click();
  await expect(page.getByRole('heading', { name: 'Entretien blanc avec Aminata Traoré' })).toBeVisible();
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Commencer avec 1 question' }).click();
  await expect(page.getByTestId('mock-question')).toBeVisible();
  await expect(page.getByText('Préparez-vous')).toBeVisible();
  await expectAccessible(page, 'mock interview');
  await rateAll(page, '3');
  await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();
  await expect(page.getByRole('heading', { name: 'Entretien blanc avec Aminata Traoré terminé' })).toBeVisible();

  await new Shell(page).lock();
  await new SignInPage(page).openPinFor('Aminata Traoré');
  await new SignInPage(page).tapPin('1234');
  await page.getByRole('link', { name: 'Ouvrir : Entretien d’embauche' }).click();
  const row = page.getByTestId('attempt-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('3 / 4');
  await row.getByRole('button', { name: 'Me noter' }).click();
  await rateAll(page.getByRole('dialog'), '2');
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(row.getByRole('cell', { name: '2 / 4' })).toBeVisible();
  await expect(row.getByRole('cell', { name: '3 / 4' })).toBeVisible();
});
