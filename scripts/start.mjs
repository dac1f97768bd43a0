// `npm start`: build, then run the Electron app. Where Electron's binary
// cannot be had (its download host is unreachable on some machines), say so
// in one line and run the browser host in a Chromium app window instead.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const shell = process.platform === 'win32';
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', shell });

/** Electron's binary, fetching it once if it is missing; null when it cannot be had. */
function electronBinary() {
  const pkg = resolve('node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  const binary = () => (existsSync(pathFile) ? join(pkg, 'dist', readFileSync(pathFile, 'utf8')) : null);
  if (binary() && existsSync(binary())) return binary();
  const download = spawnSync(process.execPath, [join(pkg, 'install.js')], { stdio: 'pipe', timeout: 180_000 });
  return download.status === 0 && binary() && existsSync(binary()) ? binary() : null;
}

/**
 * better-sqlite3 built for Electron's ABI in a folder of its own, so the copy in
 * node_modules keeps Node's ABI for the tests (the global npm config may point
 * node-gyp at Node's headers; here it is told Electron's).
 */
function electronSqliteBinding() {
  const version = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
  const workDir = resolve('.cache/electron-native', version, 'better-sqlite3-multiple-ciphers');
  const addon = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(addon)) return addon;
  rmSync(workDir, { recursive: true, force: true });
  cpSync('node_modules/better-sqlite3-multiple-ciphers', workDir, { recursive: true, filter: (source) => !source.includes(`${join('better-sqlite3-multiple-ciphers', 'build')}`) });
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  execFileSync('npx', ['node-gyp', 'rebuild', '--release', `--target=${version}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers', '--nodedir='], {
    cwd: workDir, stdio: 'inherit', env, shell,
  });
  return addon;
}

const extraArgs = process.argv.slice(2);
const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.', ...extraArgs], { stdio: 'inherit', env: { ...process.env, FORAS_NATIVE_BINDING: electronSqliteBinding() } })
  : (console.log('Electron cannot be downloaded on this machine: starting Foras Atelier in the browser host instead.'),
    spawn(process.execPath, ['dist-electron/host-web.mjs', ...extraArgs], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
