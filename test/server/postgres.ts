// A throwaway PostgreSQL server for the receiver tests: Debian's programs (scripts/postgres.mjs
// finds or installs them), a new cluster in a temporary folder, listening on 127.0.0.1 on a free
// port, started on first use and stopped when the test process exits. Each test gets its own
// database on it. A process that dies without exiting (SIGKILL, a crash) cannot stop its server, so
// each start first stops the servers whose test process is gone. When PostgreSQL cannot be had, `postgresUnavailable` says why, and the tests
// that need it are skipped with that reason.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinDir } from '../../scripts/postgres.mjs';

const bin = postgresBinDir();
const isRoot = process.getuid?.() === 0;
/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user. */
const postgresUser = isRoot ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : undefined;

/** Why the PostgreSQL tests cannot run on this machine, or `undefined` when they can. */
export const postgresUnavailable: string | undefined = !bin
  ? 'PostgreSQL is not installed (run "node scripts/postgres.mjs" as root, or apt-get install postgresql)'
  : isRoot && postgresUser?.status !== 0
    ? 'running as root, and there is no "postgres" user to run the PostgreSQL server as'
    : undefined;

interface Server {
  port: number;
  dir: string;
}

let server: Server | undefined;
let databases = 0;

function run(program: string, args: string[]): void {
  const command = isRoot ? ['runuser', '-u', 'postgres', '--', join(bin!, program), ...args] : [join(bin!, program), ...args];
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stopAbandoned(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('smk-postgres-')) continue;
    const dir = join(tmpdir(), name);
    const owner = Number(existsSync(join(dir, 'owner.pid')) ? readFileSync(join(dir, 'owner.pid'), 'utf8') : 0);
    if (!owner || alive(owner)) continue;
    try {
      run('pg_ctl', ['stop', '-m', 'immediate', '-D', join(dir, 'data')]);
    } catch {
      // Not running any more.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

async function start(): Promise<Server> {
  if (postgresUnavailable) throw new Error(postgresUnavailable);
  stopAbandoned();
  const dir = mkdtempSync(join(tmpdir(), 'smk-postgres-'));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  if (isRoot) {
    const uid = Number(postgresUser!.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'smk', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  // fsync stays on: the crash tests rely on what PostgreSQL promises with it.
  run('pg_ctl', ['start', '-w', '-t', '30', '-D', data, '-l', join(dir, 'server.log'), '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`]);
  const started = { port, dir };
  process.once('exit', () => {
    try {
      run('pg_ctl', ['stop', '-m', 'immediate', '-D', data]);
    } catch {
      // Already stopped; the folder goes either way.
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return started;
}

/** The URL of the throwaway server's `postgres` database, for administration. */
async function adminUrl(): Promise<string> {
  server ??= await start();
  return `postgres://smk@127.0.0.1:${server.port}/postgres`;
}

/** Runs one statement as the server's superuser. */
export async function postgresAdmin(sql: string, database = 'postgres'): Promise<void> {
  const url = new URL(await adminUrl());
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The throwaway server's data folder, for tests that look at what PostgreSQL wrote to disk. */
export async function postgresDataDir(): Promise<string> {
  server ??= await start();
  return join(server.dir, 'data');
}

/** Makes a new, empty database on the throwaway server and returns its URL. */
export async function newPostgresDatabase(): Promise<{ url: string; name: string }> {
  const base = new URL(await adminUrl());
  databases += 1;
  const name = `reports_${process.pid}_${databases}`;
  await postgresAdmin(`CREATE DATABASE ${name}`);
  base.pathname = `/${name}`;
  return { url: base.href, name };
}
