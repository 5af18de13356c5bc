// Work on a report in the inbox, over real HTTP and real databases: status, assignee, notes (plain,
// or encrypted to the organisation's key), export as JSON and CSV, a delete that leaves nothing in
// the files, and the retention period for closed reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decryptReport, encryptReport, generateReportKeyPair } from '../../src/sdk/index.js';
import type { EncryptedReport } from '../../src/sdk/index.js';
import { backends, post, sqlite } from './helpers.js';
import { enrolWithPassword, startInboxReceiver, totpCode } from './inbox-helpers.js';
import type { InboxReceiver } from './inbox-helpers.js';
import { postgresAdmin, postgresDataDir } from './postgres.js';

const report = { description: 'Работодатель забрал паспорт и не платит.', consent: true, where: { country: 'RU' } };

async function withInbox(options: Parameters<typeof startInboxReceiver>[0], run: (r: InboxReceiver, cookie: string) => Promise<void>) {
  const r = await startInboxReceiver(options);
  try {
    const { cookie } = await enrolWithPassword(r, 'aigerim');
    await run(r, cookie);
  } finally {
    await r.dispose();
  }
}

const digits = (receipt: unknown) => String(receipt).replace(/ /g, '');
const code = (reply: { json: Record<string, unknown> | undefined }) => (reply.json?.error as { code: string } | undefined)?.code;

for (const backend of backends) {
  test(`a report moves from new to in progress to referred to closed, with an assignee and notes (${backend.name})`, { skip: backend.skip }, async () => {
    await withInbox({ backend }, async (r, cookie) => {
      await r.addStaff('erlan');
      const sent = await post(r.url, report);
      const path = `/inbox/api/reports/${digits(sent.json?.receipt)}`;
      const before = await r.api('GET', '/inbox/api/reports', { cookie });
      assert.equal((before.json?.reports as { status: string }[])[0]!.status, 'new');

      const assigned = await r.api('POST', `${path}/case`, { cookie, body: { status: 'in-progress', assignee: 'erlan' } });
      assert.equal(assigned.status, 200, assigned.text);
      assert.deepEqual(assigned.json, { status: 'in-progress', assignee: 'erlan' });
      assert.equal((await r.api('POST', `${path}/case`, { cookie, body: { status: 'referred' } })).json?.assignee, 'erlan');
      const closed = await r.api('POST', `${path}/case`, { cookie, body: { status: 'closed', assignee: null } });
      assert.deepEqual(closed.json, { status: 'closed', closedAt: r.clock.now });

      const bad = await r.api('POST', `${path}/case`, { cookie, body: { status: 'archived' } });
      assert.equal(bad.status, 400);
      assert.equal(code(bad), 'receiver/request-invalid');
      assert.equal((await r.api('POST', `${path}/case`, { cookie, body: {} })).status, 400);
      const stranger = await r.api('POST', `${path}/case`, { cookie, body: { assignee: 'nobody' } });
      assert.equal(stranger.status, 422);
      assert.equal(code(stranger), 'receiver/assignee-unknown');

      const note = await r.api('POST', `${path}/notes`, { cookie, body: { text: 'Called the hotline in Almaty; they will visit.' } });
      assert.equal(note.status, 201);
      const opened = await r.api('GET', path, { cookie });
      assert.deepEqual(opened.json?.case, { status: 'closed', closedAt: r.clock.now });
      assert.deepEqual(
        (opened.json?.notes as { author: string; kind: string; text: string }[]).map((n) => [n.author, n.kind, n.text]),
        [['aigerim', 'text', 'Called the hotline in Almaty; they will visit.']],
      );
      assert.equal((await r.api('POST', '/inbox/api/reports/000000000000/case', { cookie, body: { status: 'closed' } })).status, 404);

      const actions = (await r.db.staff.auditLog()).filter((e) => e.target === sent.json?.receipt).map((e) => e.action);
      assert.deepEqual(actions, ['set-status-in-progress', 'assign-erlan', 'set-status-referred', 'set-status-closed', 'unassign', 'add-note', 'open-report']);
      assert.ok(!JSON.stringify(await r.db.staff.auditLog()).includes('Almaty'), 'the audit log holds no note text');
    });
  });
}

test('with the organisation\'s public key, notes are taken only encrypted, and the private key opens them', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  await withInbox({ publicKey }, async (r, cookie) => {
    const session = await r.api('GET', '/inbox/api/session', { cookie });
    assert.deepEqual(session.json?.publicKey, publicKey);
    const sent = await post(r.url, await encryptReport(report as never, publicKey));
    const path = `/inbox/api/reports/${digits(sent.json?.receipt)}`;
    const plain = await r.api('POST', `${path}/notes`, { cookie, body: { text: 'in clear' } });
    assert.equal(plain.status, 422);
    assert.equal(code(plain), 'receiver/note-must-be-encrypted');
    const envelope = await encryptReport({ description: 'She is safe at the shelter.', consent: true }, publicKey);
    assert.equal((await r.api('POST', `${path}/notes`, { cookie, body: { envelope } })).status, 201);
    const dressed = { ...envelope, ciphertext: Buffer.from('x'.repeat(1040)).toString('base64url') };
    assert.equal((await r.api('POST', `${path}/notes`, { cookie, body: { envelope: dressed } })).status, 400);

    const opened = await r.api('GET', path, { cookie });
    assert.ok(!opened.text.includes('shelter'));
    const [stored] = opened.json?.notes as { kind: string; envelope: EncryptedReport }[];
    assert.equal(stored!.kind, 'encrypted');
    assert.equal((await decryptReport(stored!.envelope, privateKey)).description, 'She is safe at the shelter.');
  });
});

test('export gives every report with its case and notes as JSON, and as CSV no spreadsheet runs as a formula', async () => {
  await withInbox({}, async (r, cookie) => {
    const first = await post(r.url, report);
    const formula = await post(r.url, { ...report, description: '=HYPERLINK("https://evil.example","click"), then "quotes"' });
    await r.api('POST', `/inbox/api/reports/${digits(first.json?.receipt)}/case`, { cookie, body: { status: 'referred' } });
    await r.api('POST', `/inbox/api/reports/${digits(first.json?.receipt)}/notes`, { cookie, body: { text: 'Referred to IOM.' } });

    const json = await r.api('GET', '/inbox/api/export?format=json', { cookie });
    assert.equal(json.status, 200);
    assert.match(json.headers.get('content-disposition')!, /^attachment; filename="reports-2026-03-01\.json"$/);
    const records = json.json?.reports as { receipt: string; status: string; report: typeof report; notes: { text: string }[] }[];
    assert.deepEqual(records.map((x) => [x.receipt, x.status, x.report.description, x.notes.map((n) => n.text)]), [
      [first.json?.receipt, 'referred', report.description, ['Referred to IOM.']],
      [formula.json?.receipt, 'new', '=HYPERLINK("https://evil.example","click"), then "quotes"', []],
    ]);

    const csv = await r.api('GET', '/inbox/api/export?format=csv', { cookie });
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
    assert.equal(lines[0], 'receipt,receivedAt,kind,status,assignee,description,report,envelope,notes');
    assert.ok(lines[1]!.startsWith(`${first.json?.receipt},`));
    assert.ok(lines[1]!.includes(`,referred,,${report.description},`));
    assert.ok(lines[2]!.includes(`,"'=HYPERLINK(""https://evil.example"",""click""), then ""quotes""",`), lines[2]);
    assert.equal((await r.api('GET', '/inbox/api/export?format=xml', { cookie })).status, 400);
    assert.deepEqual(
      (await r.db.staff.auditLog()).filter((e) => e.action.startsWith('export')).map((e) => e.action),
      ['export-json', 'export-csv'],
    );
  });
});

test('deleting a report in the inbox leaves no trace of it or its notes in the SQLite file, its WAL or its free pages', async () => {
  await withInbox({ backend: sqlite }, async (r, cookie) => {
    const marker = 'Zhanar-Kuanyshbekovna-9921';
    const noteMarker = 'Shelter-Room-Nineteen-7730';
    const kept = await post(r.url, report);
    const gone = await post(r.url, { ...report, description: `Call ${marker} at the farm.` });
    const path = `/inbox/api/reports/${digits(gone.json?.receipt)}`;
    await r.api('POST', `${path}/notes`, { cookie, body: { text: `Moved to ${noteMarker}.` } });
    await r.api('POST', `${path}/case`, { cookie, body: { status: 'closed' } });
    const bytes = () => readdirSync(join(r.file, '..')).map((f) => readFileSync(join(r.file, '..', f)).toString('latin1')).join('');
    assert.ok(bytes().includes(marker) && bytes().includes(noteMarker), 'both are on disk before the delete');

    const deleted = await r.api('DELETE', path, { cookie });
    assert.equal(deleted.status, 204);
    assert.ok(!bytes().includes(marker), 'no copy of the report is left in any file');
    assert.ok(!bytes().includes(noteMarker), 'no copy of the note is left in any file');
    assert.equal((await r.api('GET', path, { cookie })).status, 404);
    const list = await r.api('GET', '/inbox/api/reports', { cookie });
    assert.deepEqual((list.json?.reports as { receipt: string }[]).map((x) => x.receipt), [kept.json?.receipt]);
    assert.equal((await r.db.cases.notes(String(gone.json?.receipt))).length, 0);
    assert.ok((await r.db.staff.auditLog()).some((e) => e.action === 'delete-report' && e.target === gone.json?.receipt));
  });
});

test('with PostgreSQL, deleting a report in the inbox removes it and its notes from the table files', { skip: backends[1]!.skip }, async () => {
  await withInbox({ backend: backends[1]! }, async (r, cookie) => {
    const noteMarker = 'Shelter-Room-Twenty-8841';
    const gone = await post(r.url, report);
    const path = `/inbox/api/reports/${digits(gone.json?.receipt)}`;
    await r.api('POST', `${path}/notes`, { cookie, body: { text: `Moved to ${noteMarker}.` } });
    const files = async () => {
      await postgresAdmin('CHECKPOINT');
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [readFileSync(join(dir, e.name)).toString('latin1')]));
      return walk(join(await postgresDataDir(), 'base'));
    };
    assert.ok((await files()).some((t) => t.includes(noteMarker)));
    assert.equal((await r.api('DELETE', path, { cookie })).status, 204);
    assert.ok(!(await files()).some((t) => t.includes(noteMarker)), 'no copy of the note is left in the table files');
  });
});

test('a report closed more than the retention period ago is deleted; open ones and recently closed ones stay', async () => {
  await withInbox({ retentionDays: 30 }, async (r, cookie) => {
    const old = await post(r.url, report);
    const open = await post(r.url, report);
    const recent = await post(r.url, report);
    await r.api('POST', `/inbox/api/reports/${digits(old.json?.receipt)}/case`, { cookie, body: { status: 'closed' } });
    r.clock.now += 20 * 86_400_000;
    const later = await startSignIn(r);
    await r.api('POST', `/inbox/api/reports/${digits(recent.json?.receipt)}/case`, { cookie: later, body: { status: 'closed' } });
    r.clock.now += 11 * 86_400_000;
    const fresh = await startSignIn(r);
    const list = await r.api('GET', '/inbox/api/reports', { cookie: fresh });
    assert.deepEqual((list.json?.reports as { receipt: string }[]).map((x) => x.receipt).sort(), [open.json?.receipt, recent.json?.receipt].sort());
    const session = await r.api('GET', '/inbox/api/session', { cookie: fresh });
    assert.equal(session.json?.retentionDays, 30);
    assert.ok((await r.db.staff.auditLog()).some((e) => e.actor === 'retention' && e.action === 'delete-closed-reports' && e.target === '1'));
  });
});

/** A session for a newly enrolled worker, days later, when the earlier sessions have expired. */
async function startSignIn(r: InboxReceiver): Promise<string> {
  r.clock.now += 30_000;
  const token = await r.addStaff(`worker${r.clock.now}`);
  const start = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
  const done = await r.api('POST', '/inbox/api/enrolment/password', {
    body: { token, password: 'correct horse battery staple', code: totpCode((start.json?.totp as { secret: string }).secret, r.clock.now) },
  });
  return done.cookie!;
}
