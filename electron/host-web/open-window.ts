import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

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

/**
 * The window's switches. Incognito: Chromium keeps typed form entries
 * (autofill), history and cache in clear files of its profile; in incognito
 * they stay in memory, so nothing a participant types lands on disk outside
 * the encrypted database. The profile is a throwaway folder the host removes.
 */
export function appWindowArgs(url: string, profileDir: string): string[] {
  return [`--app=${url}`, `--user-data-dir=${profileDir}`, '--incognito', '--no-first-run', '--disable-background-networking', '--disable-sync'];
}

/** Opens the app in a Chromium "app" window (no tabs, no address bar) with a throwaway profile; false if none is installed. */
export function openAppWindow(url: string, profileDir: string): boolean {
  const browser = findInstalledChromium();
  if (!browser) return false;
  const child = spawn(browser, appWindowArgs(url, profileDir), { detached: true, stdio: 'ignore' });
  child.unref();
  return true;
}
