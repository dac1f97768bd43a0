import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createCore, DATABASE_FILE } from '../core/core';
import { holdsEncryptedData } from '../core/db/database-host';
import { loadOrCreateKeyFile } from '../core/keys/database-key';
import { createJsonFileSettingsStore } from '../core/settings/json-file-settings';
import { openAppWindow } from './open-window';
import { startWebHost } from './server';

/**
 * `node dist-electron/host-web.mjs [--port N] [--data-dir DIR] [--key-file FILE] [--no-open]`
 * Prints `Foras Atelier: <url>` once ready (tests and scripts wait for it).
 */
export function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Foras Atelier');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'foras-atelier');
}

/**
 * The browser host's database key: a file only this user can read, kept in
 * the user's configuration folder, away from the data folder (a copied or
 * lost data folder is unreadable without it). One key per data folder.
 */
export function defaultKeyFile(dataDir: string): string {
  const configHome = process.platform === 'win32' ? (process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming')) : (process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  const folderId = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return join(configHome, 'foras-atelier-keys', `${folderId}.key`);
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      'key-file': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '..');
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const keyFile = resolve(values['key-file'] ?? defaultKeyFile(dataDir));
  const databaseKey = await loadOrCreateKeyFile(keyFile, { mayCreate: !holdsEncryptedData(join(dataDir, DATABASE_FILE)) });
  let stop = (): void => process.exit(0);
  const core = createCore({
    dataDir,
    settings: createJsonFileSettingsStore(join(dataDir, 'settings.json')),
    resourcesDir: join(root, 'resources'),
    appVersion: version,
    databaseKey,
    // A moment's delay lets the answer to the recovery screen's "Quit" reach it before the server closes.
    requestQuit: () => void setTimeout(() => stop(), 300),
  });
  const problem = core.deps.database.problem();
  if (problem) console.error(`The database needs recovery (${problem.kind}): ${'detail' in problem ? problem.detail : 'written by a newer version'}`);
  const host = await startWebHost({
    dispatch: core.dispatch,
    rendererDir: resolve(values['renderer-dir'] ?? join(root, 'dist', 'renderer')),
    port: Number(values.port),
  });
  console.log(`Foras Atelier: ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  const profileDir = mkdtempSync(join(tmpdir(), 'foras-atelier-window-'));
  if (!values['no-open'] && !openAppWindow(host.url, profileDir)) {
    console.log('No Chromium or Chrome found: open the address above in a browser.');
  }
  stop = () => {
    void host.close().finally(() => {
      core.close();
      rmSync(profileDir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
