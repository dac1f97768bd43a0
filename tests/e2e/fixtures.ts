import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Host {
  url: string;
  dataDir: string;
  /** The database key file, outside the data folder as on a real laptop. */
  keyFile: string;
}

/** Starts the built browser host on a free port and a fresh data folder; waits for its ready line. A test needing a second laptop starts one itself. */
export async function startHost(): Promise<{ host: Host; process: ChildProcess }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'foras-e2e-'));
  const keyFile = join(mkdtempSync(join(tmpdir(), 'foras-e2e-key-')), 'database.key');
  // E2E_HOST_SCRIPT / E2E_RENDERER_DIR point at a build of one's own when several people build at once.
  const script = process.env.E2E_HOST_SCRIPT ?? 'dist-electron/host-web.mjs';
  const rendererArgs = process.env.E2E_RENDERER_DIR ? ['--renderer-dir', process.env.E2E_RENDERER_DIR] : [];
  const child = spawn(process.execPath, [script, '--port', '0', '--data-dir', dataDir, '--key-file', keyFile, '--no-open', ...rendererArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Foras Atelier: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
  return { host: { url, dataDir, keyFile }, process: child };
}

/** Stops a host started by startHost and removes its folders. */
export async function stopHost({ host, process: child }: { host: Host; process: ChildProcess }): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(host.dataDir, { recursive: true, force: true });
  rmSync(dirname(host.keyFile), { recursive: true, force: true });
}

/** Chromium's built-in PDF viewer (the certificate "Imprimer" window): part of the browser, it never leaves the machine. */
const CHROMIUM_PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** Where a page may send requests: the hosts on this machine (each test's laptops listen on 127.0.0.1), and what it made itself. */
function isOwnRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'chrome-extension:') return hostname === CHROMIUM_PDF_VIEWER;
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || (protocol === 'http:' && hostname === '127.0.0.1');
}

export const test = base.extend<{ host: Host; noOutsideRequests: void }>({
  // Playwright requires an object pattern here even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const started = await startHost();
    await use(started.host);
    await stopHost(started);
  },
  // Every test: the app makes no request outside the machine, from any page or window of the test.
  noOutsideRequests: [
    async ({ context }, use) => {
      const outside: string[] = [];
      context.on('request', (request) => {
        if (!isOwnRequest(request.url())) outside.push(request.url());
      });
      await use();
      expect(outside, 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core on the current screen: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${screen}: ${v.id} — ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('; ')})`)).toEqual([]);
}

// The README's screenshots are refreshed on purpose (UPDATE_SCREENSHOTS=1), never as a side effect of a test run.
const SCREENSHOT_DIR = join(process.cwd(), process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots');
/** Screenshots for the README and for looking at what was built. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
