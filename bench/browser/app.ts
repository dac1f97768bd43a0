import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { SetupPage, Shell, SignInPage } from '../../tests/e2e/pages';

/** Debian's Chromium with the e2e tests' flags (playwright.config.ts), never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh context (its own HTTP and code caches) at the e2e tests' viewport.
 * tsx keeps function names by wrapping functions in `__name(...)`, and the
 * probes in in-page.ts are sent to the page as their source: the page needs
 * that `__name` too.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}
export const SAMPLE_PARTICIPANT = { name: 'Aminata Traoré', firstName: 'Aminata', pin: '1234' };

/** First run with the sample data (the e2e journeys' setup), then the lock: the host now opens on the sign-in screen. */
export async function setUpWithSamples(browser: Browser, url: string): Promise<void> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await new SetupPage(page).complete({ name: 'Khadija Benali', password: 'atelier-rabat-2026', organisation: 'Association Foras', place: 'Rabat', withSamples: true });
  await page.getByRole('heading', { name: 'Cohortes' }).waitFor();
  await new Shell(page).lock();
  await page.getByTestId('participant-card').first().waitFor();
  await context.close();
}

/** The sample participant signs in with the on-screen keypad and lands on her home screen. */
export async function signInSampleParticipant(page: Page): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.openPinFor(SAMPLE_PARTICIPANT.name);
  await signIn.tapPin(SAMPLE_PARTICIPANT.pin);
  await page.getByRole('heading', { name: `Bonjour ${SAMPLE_PARTICIPANT.firstName} !` }).waitFor();
}
