// Receiver throughput and latency: the receiver runs here on a temporary SQLite file (WAL,
// synchronous = FULL, so every 201 waited for its own commit to reach the disk), then on a
// throwaway PostgreSQL database (synchronous_commit on), and autocannon loads it from a second
// process on 127.0.0.1 with a bounded number of requests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchRow } from './types.js';
import { encryptReport, generateReportKeyPair } from '../src/sdk/index.js';
import { reportSchema } from '../src/sdk/report/schema.js';
import { openReportStore, startReceiver } from '../src/server/index.js';
import { newPostgresDatabase, postgresUnavailable } from '../test/server/postgres.js';

interface Load {
  perSecond: number;
  total: number;
  /** Seconds. */
  duration: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  status201: number;
}

function load(url: string, bodyFile: string, amount: number, mode: 'new' | 'replay'): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/receiver-load.mjs', url, bodyFile, String(amount), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    // Bounded in time as well as in count.
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out) as Load);
      else reject(new Error(`the load generator exited with ${code}`));
    });
  });
}

/** The five rows for one database: `name` is SQLite or PostgreSQL, `location` a file or a URL. */
async function measure(name: string, location: string, bodyFile: string, requests: number): Promise<BenchRow[]> {
  const db = await openReportStore(location);
  const receiver = await startReceiver({ db, port: 0, rateLimit: false });
  try {
    const fresh = await load(receiver.url, bodyFile, requests, 'new');
    const stored = await db.count();
    if (fresh.status201 !== stored || fresh.errors > 0) {
      throw new Error(`receiver bench (${name}): ${fresh.status201} answered 201 but ${stored} stored, ${fresh.errors} errors`);
    }
    const replay = await load(receiver.url, bodyFile, requests, 'replay');
    const n = `${requests.toLocaleString('en-US')} requests${requests < 5000 ? ', quick' : ''}`;
    const label = name === 'SQLite' ? 'receiver' : `receiver (${name})`;
    return [
      { name: `${label}: new encrypted reports stored (10 connections, ${n})`, value: fresh.total / fresh.duration, unit: 'reports/s' },
      { name: `${label}: latency p50, new reports`, value: fresh.p50, unit: 'ms' },
      { name: `${label}: latency p99, new reports`, value: fresh.p99, unit: 'ms' },
      { name: `${label}: replays answered (same key, ${n})`, value: replay.total / replay.duration, unit: 'replies/s' },
      { name: `${label}: latency p99, replays`, value: replay.p99, unit: 'ms' },
    ];
  } finally {
    await receiver.close();
  }
}

const bench: Bench = async ({ quick }) => {
  const requests = quick ? 1000 : 5000;
  const dir = mkdtempSync(join(tmpdir(), 'smk-bench-'));
  try {
    // A typical report, encrypted as a browser would send it: a 1 KiB bucket, about 1.5 KB of JSON.
    const { publicKey } = await generateReportKeyPair();
    const report = reportSchema.parse({
      description: 'Мою сестру увезли на работу в другой город. Телефон забрали, паспорт у хозяина, денег не платят уже два месяца.',
      consent: true,
      where: { country: 'KZ', city: 'Shymkent' },
      dangerNow: 'unknown',
    });
    const bodyFile = join(dir, 'body.json');
    writeFileSync(bodyFile, JSON.stringify(await encryptReport(report, publicKey)));
    const rows = await measure('SQLite', join(dir, 'reports.sqlite'), bodyFile, requests);
    // The same load on a throwaway local PostgreSQL server (fsync on), when this machine has one.
    if (postgresUnavailable) {
      process.stderr.write(`receiver bench: no PostgreSQL rows: ${postgresUnavailable}\n`);
    } else {
      rows.push(...(await measure('PostgreSQL', (await newPostgresDatabase()).url, bodyFile, requests)));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
