// Bundles the Node-side entry points with esbuild: Electron main (ESM), the
// sandboxed preload (one CommonJS file, as Electron requires) and the browser host.
import { build } from 'esbuild';

// BUILD_NODE_OUT lets parallel work build into its own folder beside dist-electron (see tests/e2e/fixtures.ts).
const out = process.env.BUILD_NODE_OUT ?? 'dist-electron';
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20' };
const nodeExternals = ['electron', 'better-sqlite3-multiple-ciphers', 'electron-store'];
// CommonJS packages bundled into an ES module (qrcode reads `fs` with require) need a real `require`.
const esmRequire = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: `${out}/main.mjs`, platform: 'node', format: 'esm', external: nodeExternals, banner: esmRequire }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: `${out}/preload.cjs`, platform: 'node', format: 'cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/host-web/index.ts'], outfile: `${out}/host-web.mjs`, platform: 'node', format: 'esm', external: ['better-sqlite3-multiple-ciphers'], banner: esmRequire }),
]);
console.log(`Built ${out}/{main.mjs,preload.cjs,host-web.mjs}`);
