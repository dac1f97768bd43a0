import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findInstalledChromium(): string | null {
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** Opens the app in a Chromium "app" window (no tabs, no address bar) with its own profile; false if none is installed. */
export function openAppWindow(url: string, dataDir: string): boolean {
  const browser = findInstalledChromium();
  if (!browser) return false;
  const child = spawn(
    browser,
    [`--app=${url}`, `--user-data-dir=${join(dataDir, 'browser-profile')}`, '--no-first-run', '--disable-background-networking', '--disable-sync'],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  return true;
}
