import { expect, test } from './fixtures';
import { SetupPage, Shell, SignInPage } from './pages';

// The default launch: no fake microphone and no automatic permission, as on a laptop whose microphone is refused or absent.
test('without a usable microphone, the participant is told so and can still type and save the answer', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await new Shell(page).lock();
  await new SignInPage(page).openPinFor('Moussa Ouédraogo');
  await new SignInPage(page).tapPin('1234');
  await page.getByRole('link', { name: 'Ouvrir : Entretien d’embauche' }).click();
  const consent = page.getByLabel('J’accepte d’enregistrer ma voix. Les enregistrements restent sur cet ordinateur.');
  await consent.click();
  await expect(consent).toBeChecked();
  await page.getByLabel('Nombre de questions').fill('1');
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('button', { name: 'Enregistrer ma réponse' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Le micro est refusé|Aucun micro trouvé|Le micro ne marche pas/);
  await page.getByLabel('Ma réponse écrite').fill('Je répare les motos depuis huit ans.');
  await page.getByRole('button', { name: 'J’ai fini de répondre' }).click();
  for (const group of await page.getByRole('radiogroup').all()) await group.getByRole('radio', { name: /^3 — / }).check();
  await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();
  await expect(page.getByTestId('attempt-row')).toHaveCount(1);
  await expect(page.getByTestId('attempt-row')).toContainText('Réponse écrite');
});
