// Makes sure a Chromium is there for the end-to-end tests, without ever
// downloading a browser build from a CDN when Debian's package can be had.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const wanted = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;

if (existsSync(wanted)) process.exit(0);

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (has('apt-get')) {
  const asRoot = process.getuid?.() === 0 ? [] : has('sudo') ? ['sudo'] : null;
  if (asRoot) {
    console.log('Chromium is missing: installing Debian’s chromium package for the end-to-end tests…');
    const apt = (...args) => (asRoot.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core');
    if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
  }
}

console.error(`No Chromium at ${wanted}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
process.exit(1);
