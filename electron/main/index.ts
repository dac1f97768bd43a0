import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './lifecycle';

// Electron main entry, bundled to dist-electron/main.mjs; the logic lives in lifecycle.ts so it can be tested.
startApp({
  argv: process.argv.slice(1),
  here: dirname(fileURLToPath(import.meta.url)),
  resourcesPath: process.resourcesPath as string | undefined,
});
