import type { Page } from '@playwright/test';
import type { Lesson, Step } from '../../shared/content/schema';
import { shippedLesson } from './content';
import { expect, expectAccessible, screenshot, test } from './fixtures';
import { SetupPage, Shell, SignInPage } from './pages';

const COORDINATOR = { name: 'Khadija Benali', password: 'atelier-rabat-2026' };
const REFLECTION = 'Je sais coudre et je suis patiente avec les clientes.';

async function setUpWithSamples(page: Page, url: string) {
  await page.goto(url);
  await new SetupPage(page).complete({ ...COORDINATOR, organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await expect(page.getByRole('heading', { name: 'Cohortes' })).toBeVisible();
}

async function signInAminata(page: Page) {
  const signIn = new SignInPage(page);
  await signIn.openPinFor('Aminata Traoré');
  await signIn.tapPin('1234');
  await expect(page.getByRole('heading', { name: 'Bonjour Aminata !' })).toBeVisible();
}

/** Does what a participant does at a step: answers it, whatever its type. */
async function answer(page: Page, step: Step) {
  const card = page.getByTestId('lesson-step');
  switch (step.type) {
    case 'singleChoice':
    case 'scenario':
      await card.getByRole('radio').first().check({ force: true });
      await expect(card.getByRole('status')).toBeVisible();
      break;
    case 'multipleChoice':
      await card.getByRole('checkbox').first().check({ force: true });
      await card.getByRole('button', { name: 'Vérifier' }).click();
      break;
    case 'scale':
      await card.getByRole('radio', { name: '4' }).check({ force: true });
      break;
    case 'checklist':
      await card.getByRole('checkbox').first().check({ force: true });
      break;
    case 'reflection':
      await card.getByRole('textbox').fill(REFLECTION);
      break;
    case 'groupActivity':
      await card.getByRole('button', { name: 'J’ai fait l’activité' }).click();
      break;
    default:
      break;
  }
}

async function playThrough(page: Page, lesson: Lesson, from: number, to: number) {
  for (let index = from; index < to; index += 1) {
    await expect(page.getByText(`Étape ${index + 1} sur ${lesson.steps.length}`)).toBeVisible();
    await answer(page, lesson.steps[index]!);
    if (index < lesson.steps.length - 1) await page.getByRole('button', { name: 'Suivant' }).click();
  }
}

test('a participant rates herself, goes through a lesson of each module, resumes after a lock, and sees her progress', async ({ page, host }) => {
  await setUpWithSamples(page, host.url);
  await new Shell(page).lock();
  await signInAminata(page);
  await expectAccessible(page, 'participant home with lessons');
  await screenshot(page, '13-home-lessons');

  // The module self-assessment comes first.
  const lifeSkills = page.getByRole('region', { name: 'Life skills – soft skills' });
  await lifeSkills.getByRole('link', { name: 'M’évaluer' }).click();
  await expect(page.getByRole('heading', { name: 'Où j’en suis au début' })).toBeVisible();
  await expectAccessible(page, 'self-assessment');
  for (const group of await page.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '2' }).check({ force: true });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(lifeSkills.getByRole('link', { name: 'M’évaluer' })).toBeHidden();

  const confidence = shippedLesson('life-skills', 'confiance-en-soi');
  const reflectionAt = confidence.steps.findIndex((step) => step.type === 'reflection');
  await page.getByRole('link', { name: `Commencer — ${confidence.title.fr}` }).click();
  await expect(page.getByTestId('read-aloud')).toHaveText('Lecture à voix haute indisponible sur cet ordinateur');
  await playThrough(page, confidence, 0, reflectionAt + 1);
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await expectAccessible(page, 'lesson player');
  await screenshot(page, '14-lesson-player');

  // Lock in the middle of the lesson: on return, the lesson resumes where she stopped, her text kept.
  await new Shell(page).lock();
  await signInAminata(page);
  await page.getByRole('link', { name: `Continuer — ${confidence.title.fr}` }).click();
  await expect(page.getByText(`Étape ${reflectionAt + 2} sur ${confidence.steps.length}`)).toBeVisible();
  await page.getByRole('button', { name: 'Précédent' }).click();
  await expect(page.getByTestId('lesson-step').getByRole('textbox')).toHaveValue(REFLECTION);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await playThrough(page, confidence, reflectionAt + 1, confidence.steps.length);
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByRole('heading', { name: 'Leçon terminée, bravo !' })).toBeVisible();
  await expect(page.getByText(confidence.objectives[0]!.fr)).toBeVisible();
  await expectAccessible(page, 'lesson end');
  await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
  await expect(lifeSkills.getByText('1 leçon terminée sur 6')).toBeVisible();
  await expect(page.getByRole('link', { name: `Revoir — ${confidence.title.fr}` })).toBeVisible();

  const accounts = shippedLesson('entrepreneurship', 'tenir-ses-comptes');
  await page.getByRole('link', { name: `Commencer — ${accounts.title.fr}` }).click();
  await playThrough(page, accounts, 0, accounts.steps.length);
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByRole('heading', { name: 'Leçon terminée, bravo !' })).toBeVisible();
  await expect(page.getByText(/Bonnes réponses : \d+ sur \d+\./)).toBeVisible();
  await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
  await expect(page.getByRole('region', { name: 'Entrepreneuriat et commercialisation' }).getByText('1 leçon terminée sur 6')).toBeVisible();
});

test('a facilitator projects a lesson, drives it with the keys, and the audience window follows', async ({ page, host, context }) => {
  await setUpWithSamples(page, host.url);
  const lesson = shippedLesson('life-skills', 'emotions-et-stress');
  const question = lesson.steps.findIndex((step) => step.type === 'singleChoice');
  const heading = (step: Step) => {
    switch (step.type) {
      case 'explanation': case 'checklist': case 'groupActivity': case 'openTool': return step.title.fr;
      case 'singleChoice': case 'multipleChoice': return step.question.fr;
      case 'reflection': return step.prompt.fr;
      case 'scenario': return step.situation.fr;
      case 'scale': return step.statement.fr;
    }
  };

  await page.getByRole('link', { name: 'Leçons' }).click();
  await expectAccessible(page, 'staff lessons');
  await page.getByRole('link', { name: `Projeter — ${lesson.title.fr}` }).click();
  await expect(page.getByText(`Écran du public : étape 1 sur ${lesson.steps.length}`)).toBeVisible();

  const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Ouvrir l’écran du public' }).click()]);
  await audience.setViewportSize({ width: 1280, height: 720 });
  const audienceHeading = audience.getByRole('heading', { level: 1 });
  await expect(audienceHeading).toHaveText(heading(lesson.steps[0]!));
  await expect(audience.getByText('Khadija')).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await expect(audienceHeading).toHaveText(heading(lesson.steps[1]!));
  await expect(page.getByTestId('presenter-notes')).toHaveText(lesson.steps[1]!.notes?.fr ?? 'Pas de note pour cette étape.');

  await page.keyboard.press('b');
  await expect(audienceHeading).toHaveCount(0);
  await page.keyboard.press('b');
  await expect(audienceHeading).toHaveText(heading(lesson.steps[1]!));

  // Number then Enter jumps; the clicker works on the audience window too.
  await page.keyboard.type(String(question + 1));
  await page.keyboard.press('Enter');
  await expect(audienceHeading).toHaveText(heading(lesson.steps[question]!));
  const step = lesson.steps[question]!;
  if (step.type !== 'singleChoice') throw new Error('expected a question');
  const right = step.options.find((option) => option.correct)!;
  await expect(audience.getByText(right.feedback.fr)).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(audience.getByText(right.feedback.fr)).toBeVisible();
  await expectAccessible(audience, 'audience view');
  await screenshot(audience, '15-audience');
  await screenshot(page, '16-presenter');

  await audience.keyboard.press('PageUp');
  await expect(page.getByText(`Écran du public : étape ${question} sur ${lesson.steps.length}`)).toBeVisible();
  await expect(audienceHeading).toHaveText(heading(lesson.steps[question - 1]!));

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Toutes les étapes' })).toBeVisible();
  await expectAccessible(page, 'presenter overview');
});

test('a coordinator imports a lesson pack: a broken one is explained and changes nothing, a good one appears', async ({ page, host }) => {
  const { strToU8, zipSync } = await import('fflate');
  await setUpWithSamples(page, host.url);
  await page.getByRole('link', { name: 'Leçons' }).click();
  const base = shippedLesson('life-skills', 'confiance-en-soi');
  const added = { ...base, id: 'lecon-locale', order: 7, title: { fr: 'Une leçon de notre atelier', en: 'A lesson from our workshop' } };
  const broken = { ...added, steps: added.steps.slice(0, 3) };
  const zip = (lesson: object) => Buffer.from(zipSync({ 'paquet/life-skills/lecon-locale/lesson.json': strToU8(JSON.stringify(lesson)) }));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier zip' }).click();
  await (await chooser).setFiles({ name: 'paquet.zip', mimeType: 'application/zip', buffer: zip(broken) });
  await expect(page.getByRole('alert')).toContainText('life-skills/lecon-locale/lesson.json');
  await expect(page.getByRole('alert')).toContainText('Rien n’a été ajouté');
  await expect(page.getByText('Une leçon de notre atelier')).toHaveCount(0);
  await expectAccessible(page, 'lesson pack refused');

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier zip' }).click();
  await (await again).setFiles({ name: 'paquet.zip', mimeType: 'application/zip', buffer: zip(added) });
  await expect(page.getByText('1 leçon ajoutée ou mise à jour.')).toBeVisible();
  await expect(page.getByText('Une leçon de notre atelier')).toBeVisible();
});
