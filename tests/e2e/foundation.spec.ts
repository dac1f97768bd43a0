import { expect, expectAccessible, screenshot, test } from './fixtures';
import { DataConsentScreen, SetupPage, Shell, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };

test('first run, a cohort and its participants, PIN sign-in, lock, lockout and language switch', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Foras Atelier' })).toBeVisible();
  await expectAccessible(page, 'setup');
  await screenshot(page, '01-setup');
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: false });

  // The coordinator lands on the cohorts screen, signed in and visible in the header.
  await expect(page.getByRole('heading', { name: 'Cohortes' })).toBeVisible();
  await expect(new Shell(page).signedInPerson()).toContainText(COORDINATOR.name);
  await expectAccessible(page, 'cohorts (empty)');

  await page.getByRole('button', { name: 'Nouvelle cohorte' }).click();
  await page.getByLabel('Nom de la cohorte').fill('Cohorte de mars');
  await page.getByLabel('Début').fill('2026-03-02');
  await page.getByLabel('Fin').fill('2026-05-29');
  await expectAccessible(page, 'cohort form');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Cohorte de mars' })).toBeVisible();

  // A participant whose phone is not from their country gets a clear message, and nothing is saved.
  await page.getByRole('button', { name: 'Ajouter un participant' }).click();
  await page.getByLabel('Prénom').fill('Awa');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Diop');
  await page.getByLabel('Téléphone').fill('+33 6 12 34 56 78');
  await page.getByRole('radio', { name: 'Soleil' }).check({ force: true });
  await page.getByLabel('Code secret').fill('2468');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Ce numéro n’est pas du pays de retour ni du Maroc.')).toBeVisible();
  await expectAccessible(page, 'participant form with error');
  await screenshot(page, '03-participant-form');
  await page.getByLabel('Téléphone').fill('77 123 45 67');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('cell', { name: '+221 77 123 45 67' })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter un participant' }).click();
  await page.getByLabel('Prénom').fill('Kofi');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Mensah');
  await page.getByRole('combobox', { name: 'Pays de retour' }).click();
  await page.getByRole('option', { name: 'Togo' }).click();
  await page.getByLabel('Code secret').fill('1357');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('cell', { name: 'Kofi Mensah', exact: true })).toBeVisible();
  await expectAccessible(page, 'cohort detail');
  await screenshot(page, '04-cohort');

  // Lock: back to the sign-in screen with the cohort's cards.
  await new Shell(page).lock();
  const signIn = new SignInPage(page);
  await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
  await expect(page.getByTestId('participant-card')).toHaveCount(2);
  await expectAccessible(page, 'sign-in');
  await screenshot(page, '05-sign-in');
  await page.getByLabel('Chercher mon nom').fill('awa');
  await expect(page.getByTestId('participant-card')).toHaveCount(1);
  await page.getByLabel('Chercher mon nom').fill('');

  await signIn.openPinFor('Awa Diop');
  await expectAccessible(page, 'PIN pad');
  await screenshot(page, '06-pin-pad');
  await signIn.tapPin('2468');
  // A new participant is asked first whether the workshop may keep their data.
  await new DataConsentScreen(page).agree();
  await expect(page.getByRole('heading', { name: 'Bonjour Awa !' })).toBeVisible();
  await expect(new Shell(page).signedInPerson()).toContainText('Awa Diop');
  await expect(page.getByRole('link', { name: 'Ouvrir : Mon plan d’affaires' })).toBeVisible();
  await expectAccessible(page, 'participant home');
  await screenshot(page, '07-participant-home');
  await new Shell(page).lock();

  // Five wrong PINs typed on the keyboard lock Kofi's profile for 30 s, even for the right PIN.
  await signIn.openPinFor('Kofi Mensah');
  const pinField = page.getByLabel('Votre code secret (4 à 6 chiffres)');
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await pinField.fill('0000');
    await pinField.press('Enter');
    await expect(page.getByText(`Encore ${5 - attempt} essai`)).toBeVisible();
  }
  await pinField.fill('0000');
  await pinField.press('Enter');
  await expect(page.getByText(/Trop d’essais\. Attendez (30|[12]?\d) secondes\./)).toBeVisible();
  await expect(pinField).toBeDisabled();
  await expectAccessible(page, 'PIN locked');
  await screenshot(page, '08-pin-locked');
  await page.keyboard.press('Escape');
  await expect(signIn.card('Kofi Mensah')).toContainText('Bloqué');

  // The language switch is on the sign-in screen and survives a reload.
  await page.getByRole('radiogroup', { name: 'Langue / Language' }).getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  await expectAccessible(page, 'sign-in (English)');
  await screenshot(page, '09-sign-in-english');
});

test('sample data: explore at once, clearly marked, removed in one step', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Tanger', withSamples: true });
  await expect(page.getByText('Données d’exemple')).toBeVisible();
  await expect(page.getByText('Exemple').first()).toBeVisible();
  await expectAccessible(page, 'cohorts with samples');
  await screenshot(page, '02-cohorts-with-samples');

  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByLabel('Nom', { exact: false }).first().fill('Youssef Alami');
  await page.getByLabel('Mot de passe').fill('court');
  await page.getByRole('button', { name: 'Ajouter un animateur' }).click();
  await expect(page.getByText('Au moins 8 caractères.').last()).toBeVisible();
  await page.getByLabel('Mot de passe').fill('animateur-2026');
  await page.getByRole('button', { name: 'Ajouter un animateur' }).click();
  await expect(page.getByRole('cell', { name: 'Youssef Alami' })).toBeVisible();
  await expectAccessible(page, 'team');
  await screenshot(page, '10-team');

  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByLabel('Verrouillage automatique des participants')).toHaveValue('5');
  await expectAccessible(page, 'settings');
  await screenshot(page, '11-settings');

  await new Shell(page).lock();
  await expect(page.getByText('Le code de chaque exemple est 1234.')).toBeVisible();
  await expectAccessible(page, 'sign-in with samples');
  await screenshot(page, '12-sign-in-samples');
  await new SignInPage(page).openPinFor('Aminata Traoré');
  await new SignInPage(page).tapPin('1234');
  await expect(page.getByRole('heading', { name: 'Bonjour Aminata !' })).toBeVisible();
  await new Shell(page).lock();

  await new SignInPage(page).staffSignIn(COORDINATOR.name, COORDINATOR.password);
  await page.getByRole('button', { name: 'Supprimer les exemples' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer les exemples' }).click();
  await expect(page.getByText('Données d’exemple')).toBeHidden();
  await expect(page.getByText('Aucune cohorte. Créez la première.')).toBeVisible();
});

test('the session locks by itself when idle, and what was being typed is kept', async ({ page, host }) => {
  await page.clock.install();
  await page.goto(host.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('button', { name: 'Ajouter un participant' }).click();
  await page.getByLabel('Prénom').fill('Mariam');
  await page.getByLabel('Ville ou région de retour').fill('Kankan');

  // Staff lock after 10 idle minutes by default.
  await page.clock.fastForward('10:01');
  await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
  await expect(page.getByText('La session a été verrouillée car personne ne l’utilisait.')).toBeVisible();

  await new SignInPage(page).staffSignIn(COORDINATOR.name, COORDINATOR.password);
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('button', { name: 'Ajouter un participant' }).click();
  await expect(page.getByLabel('Prénom')).toHaveValue('Mariam');
  await expect(page.getByLabel('Ville ou région de retour')).toHaveValue('Kankan');
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
});
