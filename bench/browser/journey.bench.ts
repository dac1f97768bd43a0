// lesson_step_ms and renderer_heap_mb: a participant's journey in Chromium through the browser host (sample data).
import type { BrowserContext, Page } from '@playwright/test';
import type { Lesson, Step } from '../../shared/content/schema';
import { TRADES } from '../../shared/cv/guidance';
import { shippedLesson } from '../../tests/e2e/content';
import { median, round } from '../lib/stats';
import type { Figures } from '../lib/types';
import { launchChromium, newBenchContext, SAMPLE_PARTICIPANT, setUpWithSamples, signInSampleParticipant } from './app';
import { startHost } from './host';
import { armStepTimer } from './in-page';

/** Two lessons without country-specific steps: 12 + 14 presses of "Suivant". */
const LESSONS = [shippedLesson('life-skills', 'confiance-en-soi'), shippedLesson('entrepreneurship', 'tenir-ses-comptes')];
/** The first presses load the player's code and warm React: not counted. */
const WARMUP_STEPS = 2;

export default async function run(): Promise<Figures> {
  const host = await startHost();
  const browser = await launchChromium();
  try {
    await setUpWithSamples(browser, host.url);
    const context = await newBenchContext(browser);
    const page = await context.newPage();
    await page.goto(host.url);
    await signInSampleParticipant(page);

    const steps: { committedMs: number; shownMs: number }[] = [];
    for (const lesson of LESSONS) steps.push(...(await playLesson(page, lesson)));
    const measured = steps.slice(WARMUP_STEPS);
    console.log(`  ${measured.length} steps: in the DOM after ${round(median(measured.map((step) => step.committedMs)))} ms, shown after ${round(median(measured.map((step) => step.shownMs)))} ms (medians); slowest shown ${round(Math.max(...measured.map((step) => step.shownMs)))} ms`);

    await openCvEditor(page);
    await fillBusinessPlan(page);
    return { lesson_step_ms: median(measured.map((step) => step.shownMs)), renderer_heap_mb: await heapAfterGc(context, page) };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** The words the player shows first for a step (what the e2e projection test calls its heading). */
function headingOf(step: Step): string {
  switch (step.type) {
    case 'explanation': case 'checklist': case 'groupActivity': case 'openTool': return step.title.fr;
    case 'singleChoice': case 'multipleChoice': return step.question.fr;
    case 'reflection': return step.prompt.fr;
    case 'scenario': return step.situation.fr;
    case 'scale': return step.statement.fr;
  }
}

/** From the home screen: opens the lesson, presses "Suivant" to its last step (each press timed), finishes it, back home. */
async function playLesson(page: Page, lesson: Lesson): Promise<{ committedMs: number; shownMs: number }[]> {
  await page.getByRole('link', { name: `Commencer — ${lesson.title.fr}` }).click();
  await page.getByText(`Étape 1 sur ${lesson.steps.length}`).waitFor();
  const times = [];
  for (let index = 1; index < lesson.steps.length; index++) {
    await page.evaluate(armStepTimer, headingOf(lesson.steps[index]!));
    await page.getByRole('button', { name: 'Suivant' }).click();
    times.push((await page.evaluate(() => window.__benchStepShown))!);
    // Let the position save finish, as it would before a person reads the step and presses again.
    await page.getByText('Enregistré', { exact: true }).waitFor();
  }
  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.getByRole('heading', { name: 'Leçon terminée, bravo !' }).waitFor();
  await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
  return times;
}

/** The CV editor in guided mode, as in tests/e2e/cv.spec.ts: a new CV, a trade, a target job, saved. */
async function openCvEditor(page: Page): Promise<void> {
  const couture = TRADES.find((trade) => trade.id === 'couture')!;
  await page.getByRole('link', { name: 'Ouvrir : Mon CV' }).click();
  await page.getByLabel('Nom du CV').fill('CV couture');
  await page.getByRole('button', { name: 'Créer le CV' }).click();
  await page.getByTestId('cv-preview').getByText(SAMPLE_PARTICIPANT.name).waitFor();
  await page.getByText(couture.name.fr, { exact: true }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: couture.jobTitles[0]!.fr }).click();
  await page.getByTestId('cv-preview').getByText(couture.jobTitles[0]!.fr).waitFor();
  await page.getByText('Enregistré', { exact: true }).waitFor();
}

/** The business-plan worksheet, as in tests/e2e/business-plan.spec.ts: a plan, a product, 12 months of sales, the results with both charts. */
async function fillBusinessPlan(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/plans';
  });
  await page.getByLabel('Nom du plan').fill('Boutique');
  await page.getByRole('button', { name: 'Créer le plan' }).click();
  const steps = page.getByRole('navigation', { name: 'Étapes du plan' });
  await steps.getByRole('button', { name: 'Coûts et prix' }).click();
  await page.getByRole('button', { name: 'Ajouter un produit ou service' }).click();
  await page.getByLabel('Produit ou service', { exact: true }).fill('Riz');
  await page.getByLabel('Prix de vente — Riz').fill('550');
  await steps.getByRole('button', { name: 'Ventes prévues' }).click();
  await page.getByRole('button', { name: 'Aide pour les saisons' }).click();
  await page.getByLabel('Ventes d’un mois normal (unités)').fill('600');
  await page.getByRole('button', { name: 'Remplir les 12 mois' }).click();
  await steps.getByRole('button', { name: 'Résultats' }).click();
  await page.getByRole('table', { name: 'Plan de trésorerie sur 12 mois' }).waitFor();
  await page.getByText('Enregistré', { exact: true }).waitFor();
}

/** The page's used JS heap in MiB, after a forced garbage collection (twice: the first can leave finalised objects). */
async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  console.log(`  heap after GC: used ${round(metric('JSHeapUsedSize') / 2 ** 20)} MiB of ${round(metric('JSHeapTotalSize') / 2 ** 20)} MiB; ${metric('Nodes')} DOM nodes, ${metric('JSEventListeners')} listeners`);
  return metric('JSHeapUsedSize') / 2 ** 20;
}
