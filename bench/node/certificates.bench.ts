// certificates_108_s, certificates_1000_s, chromium_certificates_1000_s, certificates_1000_ratio_vs_chromium:
// a cohort's merged certificate PDF through the app's renderCertificatesPdf, and the same 1,000 certificates printed by Chromium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderCertificatesPdf, warmUpCertificateRenderer, type CertificateData } from '../../electron/core/certificates';
import { timeRuns } from '../lib/measure';
import { median, round } from '../lib/stats';
import type { Figures } from '../lib/types';
import { printWithChromium, writeCertificatesHtml } from './certificates/chromium';
import { issuedCertificateSets, pdfPageCount, type CertificateRegister } from './certificates/register';

const SMALL = { size: 108, warmup: 2, runs: 9 };
/** Chromium takes ~20 s a run on two cores: few runs, alternated with ours. */
const LARGE = { size: 1000, warmup: 1, runs: 5 };

/**
 * Each run prints certificates this process has not printed before (its own
 * people and numbers), as a coordinator prints a cohort: the renderer keeps
 * measured lines across batches, so printing one set again would time a
 * reprint. Each run's data comes from the app's printable() (outside the
 * clock), which gives every certificate its own image buffers, as the app does.
 */
export default async function run(): Promise<Figures> {
  const sizes = [...Array<number>(SMALL.warmup + SMALL.runs).fill(SMALL.size), ...Array<number>(LARGE.warmup + LARGE.runs).fill(LARGE.size)];
  console.log(`  issuing ${sizes.reduce((sum, size) => sum + size, 0)} certificates through 'certificates.issue'…`);
  const register = await issuedCertificateSets(sizes);
  const work = mkdtempSync(join(tmpdir(), 'foras-bench-chromium-'));
  try {
    const small = register.sets.slice(0, SMALL.warmup + SMALL.runs).map((ids) => register.printable(ids));
    const large = register.sets.slice(SMALL.warmup + SMALL.runs);
    const { fontsDir } = register;

    // As the app would when the certificates screen opens (the app does not call it yet: see the report).
    const warmUpStart = performance.now();
    await warmUpCertificateRenderer(fontsDir);
    console.log(`  warmUpCertificateRenderer first, as when the certificates screen opens: ${round(performance.now() - warmUpStart, 0)} ms`);

    let next = 0;
    const smallSamples = await timeRuns(() => renderCertificatesPdf(small[next++]!, { fontsDir }), SMALL);
    const check = await renderCertificatesPdf(small[0]!, { fontsDir });
    if (pdfPageCount(check) !== SMALL.size) throw new Error(`our ${SMALL.size}-certificate PDF has ${pdfPageCount(check)} pages`);
    console.log(`  ${SMALL.size} certificates: ${smallSamples.map((ms) => round(ms, 0)).join(', ')} ms`);

    const { ours, chromium } = await sideBySide(register, large, work);
    const figures = {
      certificates_108_s: median(smallSamples) / 1000,
      certificates_1000_s: median(ours) / 1000,
      chromium_certificates_1000_s: median(chromium) / 1000,
      certificates_1000_ratio_vs_chromium: median(chromium) / median(ours),
    };
    return figures;
  } finally {
    register.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Ours and Chromium on 1,000 certificates, alternating (and alternating which
 * goes first), as lib/measure.ts ratioSideBySide does; done here because
 * Chromium's time must stop at the PDF's bytes, before the browser closes.
 * Run i prints set i both ways (the HTML is written before the clock starts).
 */
async function sideBySide(register: CertificateRegister, sets: string[][], work: string): Promise<{ ours: number[]; chromium: number[] }> {
  const { fontsDir } = register;
  const prepared: { data: CertificateData[]; html: string }[] = [];
  for (const [i, ids] of sets.entries()) {
    const data = register.printable(ids);
    const dir = join(work, `set-${i}`);
    mkdirSync(dir);
    prepared.push({ data, html: await writeCertificatesHtml(data, dir) });
  }
  const oursOnce = async (data: CertificateData[]) => {
    const start = performance.now();
    const pdf = await renderCertificatesPdf(data, { fontsDir });
    const ms = performance.now() - start;
    if (pdfPageCount(pdf) !== LARGE.size) throw new Error(`our PDF has ${pdfPageCount(pdf)} pages, not ${LARGE.size}`);
    return { ms, bytes: pdf.length };
  };
  const chromiumOnce = async (html: string) => {
    const { ms, pdf } = await printWithChromium(html);
    if (pdfPageCount(pdf) !== LARGE.size) throw new Error(`Chromium's PDF has ${pdfPageCount(pdf)} pages, not ${LARGE.size}`);
    return { ms, bytes: pdf.length };
  };

  const ours: number[] = [];
  const chromium: number[] = [];
  for (const [i, set] of prepared.entries()) {
    const timed = i >= LARGE.warmup;
    const order = (i - LARGE.warmup) % 2 === 0 ? (['ours', 'chromium'] as const) : (['chromium', 'ours'] as const);
    for (const who of order) {
      const result = who === 'ours' ? await oursOnce(set.data) : await chromiumOnce(set.html);
      if (timed) (who === 'ours' ? ours : chromium).push(result.ms);
      console.log(`  1000 certificates, ${who}${timed ? '' : ' (warm-up)'}: ${round(result.ms / 1000)} s, ${round(result.bytes / 1e6, 1)} MB, ${LARGE.size} pages`);
    }
  }
  return { ours, chromium };
}
