// Where PostgreSQL's server programs are (initdb, pg_ctl) for the tests that start a throwaway
// server, and how to install Debian's package when they are missing, the way ensure-chromium.mjs
// installs Chromium: as root with apt-get, otherwise with a message that says what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder with initdb and pg_ctl: $PG_BIN, else the newest /usr/lib/postgresql/N/bin, else undefined. */
export function postgresBinDir() {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** Installs Debian's "postgresql" package when the programs are missing and this machine can; throws a clear message otherwise. */
export function ensurePostgres() {
  if (postgresBinDir()) return postgresBinDir();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && !process.env.PG_BIN) {
    console.log('PostgreSQL is missing: installing Debian\'s "postgresql" package (apt-get install -y postgresql)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const bin = postgresBinDir();
    if (bin) return bin;
  }
  throw new Error(
    'The PostgreSQL tests need PostgreSQL\'s server programs (initdb, pg_ctl). On Debian or Ubuntu run: sudo apt-get install -y postgresql ' +
      '(or set PG_BIN to the folder that holds initdb and pg_ctl). Without them those tests are skipped.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`PostgreSQL: ${ensurePostgres()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
