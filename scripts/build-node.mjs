// Bundles the Node-side entry points with esbuild: Electron main (ESM), the
// sandboxed preload (one CommonJS file, as Electron requires) and the browser host.
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20' };
const nodeExternals = ['electron', 'better-sqlite3', 'electron-store'];
// CommonJS packages bundled into an ES module (qrcode reads `fs` with require) need a real `require`.
const esmRequire = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.mjs', platform: 'node', format: 'esm', external: nodeExternals, banner: esmRequire }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs', platform: 'node', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/host-web/index.ts'], outfile: 'dist-electron/host-web.mjs', platform: 'node', format: 'esm', external: ['better-sqlite3'], banner: esmRequire }),
]);
console.log('Built dist-electron/{main.mjs,preload.cjs,host-web.mjs}');
