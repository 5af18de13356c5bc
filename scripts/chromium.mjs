// Where Chromium is, how the tests start it, and its installer (`node scripts/chromium.mjs`).
// Debian's package is the only browser we use: no tool here may download a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function hasChromium() {
  return existsSync(chromiumPath());
}

/** Installs Debian's Chromium when it is missing and this machine can (root with apt-get); otherwise says exactly what to install. */
export function ensureChromium() {
  if (hasChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && !process.env.CHROME_PATH) {
    console.log('Chromium is missing: installing Debian\'s "chromium" package (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (hasChromium()) return;
  }
  throw new Error(
    `Browser tests need Chromium at ${chromiumPath()}. On Debian or Ubuntu run: sudo apt-get install -y chromium ` +
      '(or set CHROME_PATH to a Chromium or Chrome binary).',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureChromium();
    console.log(`Chromium: ${chromiumPath()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
