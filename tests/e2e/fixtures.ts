import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Host {
  url: string;
  dataDir: string;
}

/** Starts the built browser host on a free port and a fresh data folder; waits for its ready line. */
async function startHost(): Promise<{ host: Host; process: ChildProcess }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'foras-e2e-'));
  const child = spawn(process.execPath, ['dist-electron/host-web.mjs', '--port', '0', '--data-dir', dataDir, '--no-open'], {
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
  return { host: { url, dataDir }, process: child };
}

export const test = base.extend<{ host: Host }>({
  // Playwright requires an object pattern here even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const { host, process: child } = await startHost();
    await use(host);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(host.dataDir, { recursive: true, force: true });
  },
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
