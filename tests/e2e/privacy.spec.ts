import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { DataConsentScreen, SetupPage, Shell, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };

test('consent at first sign-in, the coordinator sees it, exports a participant’s data and erases another', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: true });

  // A new participant in the sample cohort (the one shown at sign-in).
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('button', { name: 'Ajouter un participant' }).click();
  await page.getByLabel('Prénom').fill('Mariam');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Koné');
  await page.getByLabel('Code secret').fill('1357');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('cell', { name: 'Mariam Koné', exact: true })).toBeVisible();
  await new Shell(page).lock();

  // First sign-in: the consent text, read aloud on request; "not now" lets her in, but nothing of hers is kept.
  const signIn = new SignInPage(page);
  const consentScreen = new DataConsentScreen(page);
  await signIn.openPinFor('Mariam Koné');
  await signIn.tapPin('1357');
  await expect(consentScreen.heading()).toBeVisible();
  await expect(page.getByText('Si vous n’êtes pas d’accord, vous pouvez quand même suivre les leçons. Mais rien n’est gardé.')).toBeVisible();
  await expect(page.getByTestId('read-aloud')).toBeVisible();
  await expectAccessible(page, 'data consent at first sign-in');
  await screenshot(page, '40-data-consent');
  // The text can be read in English too; what is agreed is recorded in that language.
  await page.getByRole('radiogroup', { name: 'Langue / Language' }).getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Keeping your information for the workshop' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Langue / Language' }).getByText('Français').click();
  await page.getByRole('button', { name: 'Pas maintenant' }).click();
  await expect(page.getByRole('heading', { name: 'Bonjour Mariam !' })).toBeVisible();
  await expect(page.getByTestId('not-saved-note')).toContainText('Votre travail n’est pas gardé');
  await page.getByRole('link', { name: 'Ouvrir : Mon CV' }).click();
  await page.getByRole('button', { name: 'Créer le CV' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Rien n’a été gardé' })).toContainText('il faut d’abord accepter que l’atelier garde les informations');
  await new Shell(page).lock();

  // Asked again at the next sign-in; she agrees, and her work is kept.
  await signIn.openPinFor('Mariam Koné');
  await signIn.tapPin('1357');
  await consentScreen.agree();
  await expect(page.getByRole('heading', { name: 'Bonjour Mariam !' })).toBeVisible();
  await expect(page.getByTestId('not-saved-note')).toBeHidden();
  await page.getByRole('link', { name: 'Ouvrir : Mon CV' }).click();
  await page.getByLabel('Nom du CV').fill('CV couture');
  await page.getByRole('button', { name: 'Créer le CV' }).click();
  await expect(page).toHaveURL(/#\/cv\/[0-9a-f-]{36}$/);
  await page.goto(`${host.url}#/consents`);
  await expect(page.getByRole('heading', { name: 'Mes consentements', level: 1 })).toBeVisible();
  await expect(page.getByTestId('consent-data')).toContainText('Vous êtes d’accord depuis le');
  await expect(page.getByTestId('consent-photo')).toContainText('Vous n’avez pas donné votre accord.');
  await expectAccessible(page, 'my consents');
  await screenshot(page, '41-my-consents');
  await new Shell(page).lock();

  // Fatou (sample) withdraws her consent to keep her data: she goes on the coordinator's list, nothing is deleted.
  await signIn.openPinFor('Fatou Ndiaye');
  await signIn.tapPin('1234');
  await page.getByRole('link', { name: 'Mes consentements' }).click();
  await page.getByTestId('consent-data').getByRole('button', { name: 'Je retire mon accord' }).click();
  await expect(page.getByRole('dialog')).toContainText('Vos informations seront mises sur la liste à effacer.');
  await page.getByRole('dialog').getByRole('button', { name: 'Oui, je retire mon accord' }).click();
  await expect(page.getByTestId('consent-data')).toContainText('Vous n’avez pas donné votre accord.');
  await new Shell(page).lock();

  // The coordinator sees Mariam's consent with its version and date, and her history.
  await signIn.staffSignIn(COORDINATOR.name, COORDINATOR.password);
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Données et consentements de Mariam Koné' }).click();
  await expect(page.getByRole('heading', { name: 'Mariam Koné : données et consentements' })).toBeVisible();
  const dataRow = page.getByTestId('consent-row-data');
  await expect(dataRow).toContainText(/Donné le \d{1,2} \S+ \d{4}/);
  await expect(dataRow).toContainText('data-2026-06-v1 (FR)');
  const history = page.getByRole('region', { name: 'Historique des consentements' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('La personne elle-même');
  await expectAccessible(page, 'participant data and consents');
  await screenshot(page, '42-participant-data');

  // Her data, as one ZIP: data.json and her CV as PDF.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger ses données (ZIP)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Mariam Koné - Données - \d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(zip).sort()).toEqual(['cv/01 CV couture.pdf', 'data.json']);
  expect(strFromU8(zip['cv/01 CV couture.pdf']!.subarray(0, 5))).toBe('%PDF-');
  const data = JSON.parse(strFromU8(zip['data.json']!)) as { participant: { firstName: string }; consents: { current: { purpose: string; textVersion: string | null }[] } };
  expect(data.participant.firstName).toBe('Mariam');
  expect(data.consents.current.find((c) => c.purpose === 'data')?.textVersion).toBe('data-2026-06-v1');

  // The coordinator's list: Fatou withdrew her consent; a retention period can be set.
  await page.getByRole('navigation').getByRole('link', { name: 'Données personnelles' }).click();
  await expect(page.getByRole('heading', { name: 'Données personnelles', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ont retiré leur accord' })).toContainText('Fatou Ndiaye');
  await page.getByLabel('Mois après la fin de la cohorte').fill('6');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Durée enregistrée.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Durée de conservation dépassée' })).toContainText('Personne pour le moment.');
  await expectAccessible(page, 'personal data: retention and erasure list');
  await screenshot(page, '43-privacy-lists');

  // Erasing Ibrahima: two confirmations, the second his name typed.
  await page.getByRole('navigation').getByRole('link', { name: 'Cohortes' }).click();
  await page.getByRole('link', { name: 'Cohorte exemple' }).click();
  await page.getByRole('link', { name: 'Données et consentements de Ibrahima Diallo' }).click();
  await page.getByRole('button', { name: 'Effacer cette personne' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Tout ce qui concerne cette personne sera effacé pour toujours');
  await expectAccessible(page, 'erase: first confirmation');
  await dialog.getByRole('button', { name: 'Continuer' }).click();
  const erase = dialog.getByRole('button', { name: 'Effacer pour toujours' });
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('Confirmation').fill('Ibrahima');
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('Confirmation').fill('ibrahima diallo');
  await expectAccessible(page, 'erase: second confirmation');
  await screenshot(page, '44-erase-confirm');
  await erase.click();

  // Gone from the cohort and from sign-in.
  await expect(page.getByRole('heading', { name: 'Cohorte exemple' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Mariam Koné', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Ibrahima Diallo' })).toHaveCount(0);
  await new Shell(page).lock();
  await expect(signIn.card('Mariam Koné')).toBeVisible();
  await expect(signIn.card('Ibrahima Diallo')).toHaveCount(0);
});
