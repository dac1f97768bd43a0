import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage, Shell, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };
const CONTACTS = 'Bureau des migrations, Bamako — M. Coulibaly, +223 20 22 00 00';
const SUPPORT = 'Aide au projet individuel : jusqu’à 1 000 000 F CFA, sur dossier.';

test('the coordinator records an orientation session for Mali and writes the Mali page; the participant agrees to share; the coordinator downloads her hand-over pack', async ({ page, host }) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await expect(page.getByRole('heading', { name: 'Cohortes' })).toBeVisible();

  // A session for Mali: only people returning to Mali can be ticked.
  await page.getByRole('link', { name: 'Orientation' }).click();
  await expect(page.getByRole('heading', { name: 'Orientation', level: 1 })).toBeVisible();
  await expect(page.getByText('Pas encore de séance notée.')).toBeVisible();
  await page.getByRole('button', { name: 'Noter une séance' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Date de la séance').fill('2026-04-02');
  await dialog.getByRole('combobox', { name: 'Pays du bureau des migrations' }).click();
  await page.getByRole('option', { name: 'Mali' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Aminata Traoré' })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Ibrahima Diallo' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText('Cochez au moins une personne présente.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Aminata Traoré' }).check();
  await dialog.getByRole('checkbox', { name: 'Santé et règles d’entrée' }).check();
  await dialog.getByRole('checkbox', { name: 'Financement d’un projet individuel' }).check();
  await dialog.getByLabel('Notes de la séance').fill('Le bureau de Bamako finance des petits commerces. Apporter un plan relu.');
  await dialog.getByLabel('Suites à donner').fill('Envoyer le dossier au bureau avant le départ.');
  await expectAccessible(page, 'orientation: session form');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  const sessions = page.getByRole('list', { name: 'Séances d’orientation' });
  await expect(sessions.getByRole('heading', { name: '2 avril 2026 — Mali' })).toBeVisible();
  await expect(sessions).toContainText('Aminata Traoré');
  await expect(sessions).toContainText('Financement d’un projet individuel');
  await expect(sessions).toContainText('Notée par Khadija Benali');
  await expectAccessible(page, 'orientation: sessions');
  await screenshot(page, '31-orientation');

  // The Mali page, as Mali's participants will read it.
  await page.getByRole('tab', { name: 'Pages pays' }).click();
  await expect(page.getByRole('combobox', { name: 'Pays' })).toHaveValue(/Mali/);
  const form = page.getByRole('form', { name: 'Mali' });
  await form.getByLabel('Contacts').fill(CONTACTS);
  await form.getByLabel('Aides qui existent').fill(SUPPORT);
  await form.getByLabel('Notes utiles').fill('Apporter le certificat et une pièce d’identité.');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Page enregistrée.')).toBeVisible();
  await expect(page.getByTestId('country-page')).toContainText(SUPPORT);
  await page.evaluate('window.scrollTo(0, 0)');
  await expectAccessible(page, 'orientation: country page');
  await screenshot(page, '32-country-page');
  await new Shell(page).lock();

  // Aminata reads the Mali page in the lesson, then agrees to share her documents.
  const signIn = new SignInPage(page);
  await signIn.openPinFor('Aminata Traoré');
  await signIn.tapPin('1234');
  await expect(page.getByRole('heading', { name: 'Bonjour Aminata !' })).toBeVisible();
  await page.getByRole('link', { name: 'Commencer — Préparer son retour' }).click();
  for (let step = 0; step < 12 && !(await page.getByRole('heading', { name: 'Si vous rentrez au Mali' }).isVisible()); step++) {
    await page.getByRole('button', { name: 'Suivant' }).click();
  }
  await expect(page.getByTestId('orientation-contact')).toHaveText(CONTACTS);
  await expect(page.getByTestId('country-page')).toContainText(SUPPORT);
  await page.getByRole('link', { name: 'Retour à l’accueil' }).click();

  const consent = page.getByRole('region', { name: 'Mon dossier pour le bureau de mon pays' });
  await expect(consent).toContainText('bureau des migrations de votre pays (Mali)');
  await expect(consent).toContainText('Vous n’avez pas donné votre accord.');
  await consent.getByRole('button', { name: 'Je suis d’accord' }).click();
  await expect(consent).toContainText('Vous êtes d’accord depuis le');
  await expect(consent.getByRole('button', { name: 'Je retire mon accord' })).toBeVisible();
  await consent.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'participant home: consent to share');
  await screenshot(page, '33-share-consent');
  await new Shell(page).lock();

  // The coordinator sees the consent and downloads the pack; people without consent have no pack.
  await signIn.staffSignIn(COORDINATOR.name, COORDINATOR.password);
  await page.getByRole('link', { name: 'Orientation' }).click();
  await page.getByRole('tab', { name: 'Dossiers de transmission' }).click();
  const table = page.getByRole('table', { name: 'Dossiers de transmission de la cohorte' });
  const aminata = table.getByRole('row', { name: /Aminata Traoré/ });
  await expect(aminata).toContainText('Accord donné le');
  await expect(aminata).toContainText('1 séance');
  await expect(table.getByRole('button', { name: 'Dossier de transmission de Ibrahima Diallo' })).toBeDisabled();
  const [download] = await Promise.all([page.waitForEvent('download'), aminata.getByRole('button', { name: 'Dossier de transmission de Aminata Traoré' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Dossier de transmission - Aminata Traoré - \d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(files);
  expect(names[0]).toBe('01 Dossier - Aminata Traoré.pdf');
  for (const name of names) expect(Buffer.from(files[name]!).subarray(0, 5).toString(), name).toBe('%PDF-');
  await expect(page.getByText(`Dossier créé : ${download.suggestedFilename()}`)).toBeVisible();
  await expect(aminata).toContainText('par Khadija Benali');
  await expectAccessible(page, 'orientation: hand-over packs');
  await screenshot(page, '34-handover');
});
