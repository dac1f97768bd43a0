import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { createSessionSlot, type SessionSlot } from '../../electron/core/context';
import { createCore, type Core } from '../../electron/core/core';
import { createJsonFileSettingsStore } from '../../electron/core/settings/json-file-settings';
import { RESOURCES_DIR } from '../lib/paths';

/**
 * One fixed key for every benchmark data folder, so the cached generated
 * database can be copied between folders; the app makes a random one per laptop.
 */
export const BENCH_DATABASE_KEY = createHash('sha256').update('foras-atelier benchmark key').digest();

/** The app's core on a data folder, wired as the browser host wires it (shipped content, JSON settings file). */
export function openBenchCore(dataDir: string): Core {
  return createCore({
    dataDir,
    settings: createJsonFileSettingsStore(join(dataDir, 'settings.json')),
    resourcesDir: RESOURCES_DIR,
    appVersion: 'bench',
    databaseKey: { key: BENCH_DATABASE_KEY },
    log: (message, error) => console.error(message, error),
  });
}

/** Calls through the real dispatcher, as one window would; a refused call throws (a benchmark must not time errors). */
export function benchCaller(core: Core, session: SessionSlot = createSessionSlot()) {
  return async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await core.dispatch(session, method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<M>;
  };
}
