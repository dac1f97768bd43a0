// renderer_initial_js_gzip_kb and time_to_interactive_ms: cold loads of the sign-in screen in Chromium through the browser host.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { median, round } from '../lib/stats';
import type { Figures } from '../lib/types';
import { launchChromium, newBenchContext, setUpWithSamples } from './app';
import { startHost } from './host';
import { watchForSignInCards, type SignInShown } from './in-page';

const WARMUP_LOADS = 1;
const MEASURED_LOADS = 10;

interface Load {
  shownMs: number;
  committedMs: number;
  phases: Record<string, number>;
  /** The JS files loaded before the cards were usable, with their bodies. */
  scripts: { url: string; body: Buffer }[];
}

export default async function run(): Promise<Figures> {
  const host = await startHost();
  const browser = await launchChromium();
  try {
    await setUpWithSamples(browser, host.url);
    const loads: Load[] = [];
    for (let i = 0; i < WARMUP_LOADS + MEASURED_LOADS; i++) loads.push(await coldLoad(browser, host.url));
    const measured = loads.slice(WARMUP_LOADS);

    const sizes = measured[0]!.scripts.map(({ url, body }) => ({ file: new URL(url).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }));
    for (const size of sizes) console.log(`  ${size.file}: ${round(size.raw / 1024, 1)} kB, gzip -9 ${round(size.gzip / 1024, 1)} kB`);
    // Where the time goes (medians, ms from navigation start): tells JS weight from API round trips from rendering.
    const phases = Object.keys(measured[0]!.phases).map((phase) => `${phase} ${Math.round(median(measured.map((load) => load.phases[phase]!)))}`);
    console.log(`  milestones (median ms): ${phases.join(' → ')} → shown ${Math.round(median(measured.map((load) => load.shownMs)))}`);
    console.log(`  for comparison, warm reloads (same context: HTTP and V8 code caches kept): shown after ${Math.round(await warmLoadMedian(browser, host.url))} ms (median)`);
    return {
      renderer_initial_js_gzip_kb: sizes.reduce((sum, size) => sum + size.gzip, 0) / 1024,
      time_to_interactive_ms: median(measured.map((load) => load.shownMs)),
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** A new browser context (empty HTTP and code caches) opening the app on the sign-in screen. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await newBenchContext(browser);
  try {
    let report: (shown: SignInShown) => void = () => undefined;
    const reported = new Promise<SignInShown>((resolve, reject) => {
      report = resolve;
      setTimeout(() => reject(new Error('The sign-in cards did not show within 30 s')), 30_000).unref();
    });
    await context.exposeBinding('__benchSignInShown', (_source, shown: SignInShown) => report(shown));
    await context.addInitScript(watchForSignInCards);
    const page = await context.newPage();
    const responses = new Map<string, Response>();
    page.on('response', (response) => responses.set(response.url(), response));
    await page.goto(url);
    const shown = await reported.catch(async (error: Error) => {
      throw new Error(`${error.message}; the page shows: ${(await page.locator('body').innerText()).slice(0, 300)}`);
    });
    const scripts = await Promise.all(
      shown.scripts.map(async (scriptUrl) => {
        const response = responses.get(scriptUrl);
        if (!response) throw new Error(`No response recorded for ${scriptUrl}`);
        return { url: scriptUrl, body: await response.body() };
      }),
    );
    return { shownMs: shown.shownMs, committedMs: shown.committedMs, phases: shown.phases, scripts };
  } finally {
    await context.close();
  }
}

/** Reloads in one context, as a second launch of the app would be: what the caches save over a cold load. */
async function warmLoadMedian(browser: Browser, url: string): Promise<number> {
  const context = await newBenchContext(browser);
  try {
    const waiting: ((shown: SignInShown) => void)[] = [];
    await context.exposeBinding('__benchSignInShown', (_source, shown: SignInShown) => waiting.shift()?.(shown));
    await context.addInitScript(watchForSignInCards);
    const page = await context.newPage();
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const reported = new Promise<SignInShown>((resolve) => waiting.push(resolve));
      await page.goto(url);
      const { shownMs } = await reported;
      if (i > 0) times.push(shownMs); // the first load fills the caches
    }
    return median(times);
  } finally {
    await context.close();
  }
}
