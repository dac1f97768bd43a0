import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/core';
import { DatabaseFromFutureError } from '../core/db/database';
import { createJsonFileSettingsStore } from '../core/settings/json-file-settings';
import { openAppWindow } from './open-window';
import { startWebHost } from './server';

/**
 * `node dist-electron/host-web.mjs [--port N] [--data-dir DIR] [--no-open]`
 * Prints `Foras Atelier: <url>` once ready (tests and scripts wait for it).
 */
export function defaultDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Foras Atelier');
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'foras-atelier');
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
  });
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '..');
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  let core;
  try {
    core = createCore({
      dataDir,
      settings: createJsonFileSettingsStore(join(dataDir, 'settings.json')),
      resourcesDir: join(root, 'resources'),
      appVersion: version,
    });
  } catch (error) {
    if (error instanceof DatabaseFromFutureError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const host = await startWebHost({
    dispatch: core.dispatch,
    rendererDir: resolve(values['renderer-dir'] ?? join(root, 'dist', 'renderer')),
    port: Number(values.port),
  });
  console.log(`Foras Atelier: ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  if (!values['no-open'] && !openAppWindow(host.url, dataDir)) {
    console.log('No Chromium or Chrome found: open the address above in a browser.');
  }
  const stop = () => {
    void host.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
