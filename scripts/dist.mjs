// Runs electron-builder (config: electron-builder.yml), passing extra CLI
// arguments through, e.g. `node scripts/dist.mjs --linux -c.electronDist=/opt/electron`.
//
// Why the environment is edited: the npm config on the build machines sets
// nodedir=/usr, which npm exports as npm_config_nodedir. node-gyp would then
// build better-sqlite3 against the system Node's headers, and the packaged
// app would fail to load it (NODE_MODULE_VERSION mismatch). Dropping that
// variable and naming Electron as the runtime makes the rebuild fetch and use
// Electron's headers instead.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

const env = { ...process.env };
for (const key of Object.keys(env)) {
  // npm exports config keys in either case; drop every spelling.
  if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
}
Object.assign(env, {
  npm_config_runtime: 'electron',
  npm_config_target: electronVersion,
  npm_config_disturl: 'https://electronjs.org/headers',
});

const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
child.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
