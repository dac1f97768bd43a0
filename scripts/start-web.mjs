// `npm run start:web -- [--port N] [--data-dir DIR] [--no-open]`: the browser
// host alone (builds first when the build is missing).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/renderer/index.html') || !existsSync('dist-electron/host-web.mjs')) {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
}
const child = spawn(process.execPath, ['dist-electron/host-web.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
