import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from './save-lab';

/**
 * Electronegativity (Doyensec's Electron security scanner) over what runs in
 * Electron: main, the preload, and the page's CSP (renderer/index.html).
 * A HIGH or MEDIUM finding fails unless tests/faults/electronegativity-allowlist.json
 * explains it. Offline: AvailableSecurityFixesGlobalCheck (which asks the
 * network for Electron releases) is left out, like `-x AvailableSecurityFixesGlobalCheck`.
 */

interface Issue {
  id: string;
  file: string;
  severity: { name: string; value: number };
  location: { line: number };
  description: string;
}
interface RunResult {
  issues: Issue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
interface Allowed {
  check: string;
  file: string;
  reason: string;
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
// Before each run it downloads updated translations with `got`; a stub answers "unavailable" so nothing leaves the machine.
const gotPath = require.resolve('got', { paths: [packageDir] });
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('offline')),
} as unknown as NodeJS.Module;
const runElectronegativity = require('@doyensec/electronegativity') as (options: Record<string, unknown>) => Promise<RunResult>;

const ELECTRON_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
const MEDIUM = 2;

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function scan(files: Record<string, string>): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'foras-electronegativity-'));
  scratch.push(dir);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (source.startsWith('@copy:')) copyFileSync(source.slice('@copy:'.length), join(dir, path));
    else writeFileSync(join(dir, path), source);
  }
  return runElectronegativity({
    input: dir,
    isRelative: true,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: ELECTRON_VERSION,
  });
}

/** The shipped Electron code (tests and test fakes left out) and the page that carries the CSP. */
function shippedFiles(): Record<string, string> {
  const files: Record<string, string> = { 'renderer/index.html': `@copy:${join(REPO_ROOT, 'renderer', 'index.html')}` };
  for (const folder of ['electron/main', 'electron/preload']) {
    for (const entry of readdirSync(join(REPO_ROOT, folder), { recursive: true, withFileTypes: true })) {
      const path = relative(REPO_ROOT, join(entry.parentPath, entry.name));
      if (entry.isFile() && path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.includes('__fakes__')) files[path] = `@copy:${join(REPO_ROOT, path)}`;
    }
  }
  return files;
}

const describeIssue = (issue: Issue) => `${issue.id} ${issue.severity.name} ${issue.file}:${issue.location.line} — ${issue.description}`;

test('Electronegativity finds no unreviewed HIGH or MEDIUM issue in main, preload or the CSP', async () => {
  const files = shippedFiles();
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['electron/main/window.ts', 'electron/main/index.ts', 'electron/preload/index.ts']));
  const result = await scan(files);
  // A file it could not parse would be a file it did not check.
  expect(result.errors.filter((error) => !error.tolerable)).toEqual([]);

  const { allowed } = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-allowlist.json'), 'utf8')) as { allowed: Allowed[] };
  const serious = result.issues.filter((issue) => issue.severity.value >= MEDIUM);
  const isAllowed = (issue: Issue) => allowed.some((entry) => entry.check === issue.id && entry.file === issue.file);
  expect(serious.filter((issue) => !isAllowed(issue)).map(describeIssue)).toEqual([]);
  // Entries that match nothing any more are removed, so every entry stays a reviewed, current exception.
  const stale = allowed.filter((entry) => !serious.some((issue) => entry.check === issue.id && entry.file === issue.file));
  expect(stale).toEqual([]);
  for (const entry of allowed) expect(entry.reason.length).toBeGreaterThan(20);
}, 60_000);

test('the scan does catch an unsafe window and a page without a CSP (so a clean result means something)', async () => {
  const result = await scan({
    'electron/main/window.ts': `import { BrowserWindow } from 'electron';
export function open(): BrowserWindow {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
  void win.loadURL('https://example.com');
  return win;
}
`,
    'renderer/index.html': '<!doctype html><html><head><title>x</title></head><body></body></html>',
  });
  const found = result.issues.filter((issue) => issue.severity.value >= MEDIUM).map((issue) => issue.id);
  expect(found).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK']));
}, 60_000);
