// Crash safety (issue 8): the receiver runs as its own process (`safe-migration-kit serve`) and is
// killed with SIGKILL twice in the middle of a stream of deliveries, then restarted on the same
// database, once on a SQLite file and once on PostgreSQL. Every report that got a 201 must be
// stored, none twice, and the clients retrying with their idempotency keys must all complete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { ReportClient } from '../../src/sdk/index.js';
import { openReportStore } from '../../src/server/index.js';
import type { PendingReport, ReportReceipt } from '../../src/sdk/index.js';
import { freePort } from '../sdk/report/fake-receiver.js';
import { backends, storedRows, tempDir } from './helpers.js';

function serve(port: number, db: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--port', String(port), '--db', db, '--rate', '0', '--quiet'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.includes('listening on')) resolve(child);
    });
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code, signal) => reject(new Error(`serve exited (${code ?? signal}) before listening: ${output}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

for (const backend of backends) {
test(`SIGKILL in mid-stream loses no confirmed report, stores none twice, and retrying clients complete (${backend.name})`, { skip: backend.skip }, async (t) => {
  const tmp = tempDir();
  const file = await backend.location(tmp.dir);
  const port = await freePort();
  const total = 60;
  const killAfter = [15, 35];
  let child = await serve(port, file);
  try {
    // Patient clients: short tries, quick backoff, and enough of both to outlast two restarts.
    let failedTries = 0;
    const countingFetch: typeof fetch = async (...args) => {
      try {
        return await fetch(...args);
      } catch (error) {
        failedTries += 1;
        throw error;
      }
    };
    const client = new ReportClient({
      endpoint: `http://127.0.0.1:${port}/reports`,
      timeout: 1000,
      deadline: 60_000,
      retries: 200,
      backoff: () => 50,
      fetch: countingFetch,
    });
    const reports: PendingReport[] = Array.from({ length: total }, (_, i) => client.prepare({ description: `stream report ${i}`, consent: true }));
    const confirmed = new Map<string, ReportReceipt>();
    /** The receipts the receiver had given at the moment it was killed. */
    const confirmedAtKill: ReportReceipt[][] = [];
    let crashes: Promise<void> = Promise.resolve();

    const queue = [...reports];
    const worker = async () => {
      for (let pending = queue.shift(); pending; pending = queue.shift()) {
        const receipt = await client.send(pending);
        confirmed.set(pending.id, receipt);
        if (killAfter.includes(confirmed.size)) {
          confirmedAtKill.push([...confirmed.values()]);
          const victim = child;
          crashes = crashes.then(async () => {
            await kill(victim);
            child = await serve(port, file);
          });
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    await crashes;

    t.diagnostic(`${failedTries} tries failed while the receiver was down; ${[...confirmed.values()].filter((r) => r.replayed).length} receipts came back as replays`);
    assert.equal(confirmedAtKill.length, 2, 'the receiver was killed twice');
    assert.ok(failedTries > 0, 'deliveries were under way when the receiver died');
    assert.equal(confirmed.size, total, 'every client completed');
    assert.deepEqual(client.pending, []);

    const db = await openReportStore(file, { readonly: true });
    try {
      const rows = await storedRows(db);
      const descriptions = rows.map((r) => (JSON.parse(r.body) as { description: string }).description);
      assert.equal(new Set(descriptions).size, rows.length, 'no report is stored twice');
      assert.equal(rows.length, total);
      const stored = new Map(rows.map((r, i) => [r.receipt, descriptions[i]]));
      for (const batch of confirmedAtKill) {
        for (const receipt of batch) assert.ok(stored.has(receipt.receipt), `receipt ${receipt.receipt} given before the kill is stored`);
      }
      for (const pending of reports) {
        assert.equal(stored.get(confirmed.get(pending.id)!.receipt), pending.report.description, 'each receipt names its own report');
      }
    } finally {
      await db.close();
    }
  } finally {
    await kill(child);
    tmp.remove();
  }
});
}
