import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderBusinessPlanPdf } from './render-plan-pdf';
import { CONTEXT, bamakoGroceryPlan, manyProductsPlan, tooLargePlan } from './test-plans';

/**
 * Writes example PDFs to look at by hand (not a test):
 *   npx tsx electron/core/business-plan/pdf/render-examples.ts [outDir]
 * then e.g. `pdftoppm -png -r 60 /tmp/plan-fr.pdf /tmp/plan-fr`.
 */
const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const outDir = process.argv[2] ?? '/tmp';

const examples = {
  'plan-fr': [bamakoGroceryPlan('fr'), CONTEXT],
  'plan-en': [bamakoGroceryPlan('en'), { ...CONTEXT, programmeName: 'Return and reintegration 2026' }],
  'plan-many': [manyProductsPlan(), { ...CONTEXT, participantName: `${'Ndèye Fatou Bintou Çissé '.repeat(5)}عائشة بنت محمد`.slice(0, 161) }],
  'plan-too-large': [tooLargePlan('fr'), CONTEXT],
} as const;

for (const [name, [plan, context]] of Object.entries(examples)) {
  const started = performance.now();
  const pdf = await renderBusinessPlanPdf(plan, context, { fontsDir: FONTS_DIR });
  await writeFile(join(outDir, `${name}.pdf`), pdf);
  console.log(`${name}.pdf: ${pdf.length} bytes, ${Math.round(performance.now() - started)} ms`);
}
