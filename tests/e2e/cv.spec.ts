import { readFileSync } from 'node:fs';
import { TRADES } from '../../shared/cv/guidance';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage, Shell, SignInPage } from './pages';

const couture = TRADES.find((trade) => trade.id === 'couture')!;

test('a participant builds a CV in guided mode, sees the preview follow, downloads the PDF, and nobody else can open it', async ({ page, host }) => {
  await page.goto(host.url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await new Shell(page).lock();
  const signIn = new SignInPage(page);
  await signIn.openPinFor('Aminata Traoré');
  await signIn.tapPin('1234');

  await page.getByRole('link', { name: 'Ouvrir : Mon CV' }).click();
  await expect(page.getByText('Vous n’avez pas encore de CV.')).toBeVisible();
  await page.getByLabel('Nom du CV').fill('CV couture');
  await page.getByRole('button', { name: 'Créer le CV' }).click();
  const preview = page.getByTestId('cv-preview');
  await expect(preview).toContainText('Aminata Traoré');

  // 1. Trade, 2. target job from the trade's examples.
  await page.getByText(couture.name.fr, { exact: true }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: couture.jobTitles[0]!.fr }).click();
  await expect(preview).toContainText(couture.jobTitles[0]!.fr);
  await page.getByRole('button', { name: 'Suivant' }).click();
  // 3. Contact: a wrong number gets a helpful message in the CV's language, and is still saved.
  await page.getByLabel('Téléphone').fill('12');
  await expect(page.getByText('Ce numéro de téléphone ne semble pas valide.')).toBeVisible();
  await page.getByLabel('Téléphone').fill('+223 70 12 34 56');
  await expect(page.getByText('Ce numéro de téléphone ne semble pas valide.')).toBeHidden();
  await page.getByRole('button', { name: 'Suivant' }).click();
  // 4. Summary from a sentence starter.
  await page.getByRole('button', { name: couture.summaryStarters[0]!.fr }).click();
  await expect(preview).toContainText(couture.summaryStarters[0]!.fr);
  await page.getByRole('button', { name: 'Suivant' }).click();
  // 5. Experience: informal work counts.
  await page.getByRole('button', { name: 'Ajouter une expérience' }).click();
  await page.getByLabel('Poste').fill('Couturière');
  await page.getByLabel('À mon compte').check();
  await page.getByLabel('Lieu').fill('Bamako, Mali');
  await page.getByLabel('Début').fill('2018-01');
  await page.getByLabel('J’y travaille encore').check();
  await page.getByRole('button', { name: couture.taskExamples[0]!.fr }).click();
  await expect(preview).toContainText(couture.taskExamples[0]!.fr);
  await expect(preview).toContainText('janvier 2018 – aujourd’hui');
  await page.getByRole('button', { name: 'Suivant' }).click();
  // 6. The workshop modules in one click.
  await page.getByRole('button', { name: 'Ajouter les modules de l’atelier' }).click();
  await expect(preview).toContainText('Life skills – soft skills');
  await expect(preview).toContainText('Expérience professionnelle');
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await expectAccessible(page, 'CV editor (guided)');
  await screenshot(page, '17-cv-editor');

  // The CV's language, not the interface's, decides the headings.
  await page.getByRole('radiogroup', { name: 'Langue du CV' }).getByText('English').click();
  await expect(preview).toContainText('Work experience');
  await expect(preview).toContainText('January 2018 – present');
  await page.getByRole('radiogroup', { name: 'Langue du CV' }).getByText('Français').click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('CV couture.pdf');
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('radiogroup', { name: 'Mode' }).getByText('Complet').click();
  await expect(page.getByRole('heading', { name: 'Identité et contact' })).toBeVisible();
  await expectAccessible(page, 'CV editor (full form)');

  // Another participant cannot open it, even with its address.
  const address = page.url();
  await new Shell(page).lock();
  await signIn.openPinFor('Ibrahima Diallo');
  await signIn.tapPin('1234');
  await page.goto(address);
  await expect(page.getByText('Introuvable.')).toBeVisible();
  await expect(page.getByTestId('cv-preview')).toHaveCount(0);
  await expect(page.getByText('Aminata')).toHaveCount(0);
});
