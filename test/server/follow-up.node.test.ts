// The reporter's follow-up, end to end: a real receiver on 127.0.0.1 with a real SQLite file or
// PostgreSQL database, the SDK's ReportClient as the form uses it, and the staff routes called as
// the inbox page will call them (the reply encrypted with the key found in the decrypted report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  FollowUpError,
  ReportClient,
  decryptReport,
  deriveFollowUp,
  encryptReply,
  generateReportKeyPair,
  memoryReportStore,
  newFollowUpCode,
} from '../../src/sdk/index.js';
import type { EncryptedReport, ReportClientOptions } from '../../src/sdk/index.js';
import { backends, sqlite, startFaultProxy, startTestReceiver } from './helpers.js';
import type { StoreBackend } from './helpers.js';
import { enrolWithPassword, startInboxReceiver } from './inbox-helpers.js';
import type { InboxReceiver } from './inbox-helpers.js';

const report = { description: 'Мне обещали работу в Казани, но забрали паспорт.', consent: true as const };
const REPLY = 'We read your report. It is safe to call us on our hotline any evening.';
const ANSWER = 'Thank you. I can call on Thursday after nine.';
const fast = { timeout: 2000, deadline: 10_000, retries: 3, backoff: () => 20 } satisfies Partial<ReportClientOptions>;

async function failure(promise: Promise<unknown>): Promise<FollowUpError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FollowUpError, `expected FollowUpError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

/** A person's way of copying a code from paper: lower case, spaces, O for 0 and l for 1. */
function sloppy(code: string): string {
  return code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'O').replace(/1/g, 'l');
}

async function openReport(r: InboxReceiver, cookie: string, receipt: string) {
  const opened = await r.api('GET', `/inbox/api/reports/${receipt.replace(/ /g, '')}`, { cookie });
  assert.equal(opened.status, 200, opened.text);
  return opened.json!;
}

async function rawLookup(url: string, lookup: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/follow-up`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ lookup }) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

for (const backend of backends) {
  test(`an encrypted report's follow-up: staff reply encrypted, the reporter reads and answers, nothing in plain text on the server (${backend.name})`, { skip: backend.skip }, async () => {
    const { publicKey, privateKey } = await generateReportKeyPair();
    const r = await startInboxReceiver({ backend, publicKey });
    try {
      const client = new ReportClient({ endpoint: `${r.url}/reports`, publicKey, followUp: true, ...fast });
      const pending = client.prepare(report);
      assert.match(pending.followUpCode!, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      const receipt = await client.send(pending);
      assert.equal(receipt.followUp, true);

      // The inbox page: open the report, decrypt it with the private key, find the reply key in it.
      const { cookie } = await enrolWithPassword(r, 'dana');
      const opened = await openReport(r, cookie, receipt.receipt);
      const decrypted = await decryptReport(opened.envelope as EncryptedReport, privateKey);
      assert.equal(decrypted.description, report.description);
      const replyKey = decrypted.followUp!.replyKey;
      assert.equal(replyKey, (await deriveFollowUp(pending.followUpCode!)).replyKey);

      const path = `/inbox/api/reports/${receipt.receipt.replace(/ /g, '')}`;
      const plain = await r.api('POST', `${path}/replies`, { cookie, body: { body: REPLY } });
      assert.equal(plain.status, 422);
      assert.equal((plain.json!.error as { code: string }).code, 'receiver/reply-must-be-encrypted');
      const sealed = await r.api('POST', `${path}/replies`, { cookie, body: { body: await encryptReply(REPLY, replyKey) } });
      assert.equal(sealed.status, 201, sealed.text);

      // Another page load on the phone: only the code, as the person typed it.
      const later = new ReportClient({ endpoint: `${r.url}/reports`, publicKey, ...fast });
      const thread = await later.readReplies(sloppy(pending.followUpCode!));
      assert.equal(thread.receipt, receipt.receipt);
      assert.deepEqual(thread.messages.map((m) => [m.from, m.text]), [['organisation', REPLY]]);

      const answer = later.prepareAnswer(pending.followUpCode!, ANSWER);
      assert.equal(later.pendingAnswers.length, 1);
      const stored = await later.sendAnswer(answer);
      assert.equal(stored.replayed, false);
      assert.equal(later.pendingAnswers.length, 0);

      // The staff see both; the answer is an envelope only the private key opens.
      const messages = await r.api('GET', `${path}/messages`, { cookie });
      assert.equal(messages.status, 200);
      const listed = messages.json!.messages as { from: string; author?: string; body: unknown }[];
      assert.equal(messages.json!.followUp, true);
      assert.deepEqual(listed.map((m) => m.from), ['organisation', 'reporter']);
      assert.equal(listed[0]!.author, 'dana');
      assert.equal((await decryptReport(listed[1]!.body as EncryptedReport, privateKey)).description, ANSWER);
      // The reporter cannot read back an answer encrypted to the organisation, and is told so by `text: undefined`.
      const again = await later.readReplies(pending.followUpCode!);
      assert.deepEqual(again.messages.map((m) => [m.from, m.text]), [['organisation', REPLY], ['reporter', undefined]]);
      // The reporter's view never names the staff member.
      const raw = await rawLookup(r.url, (await deriveFollowUp(pending.followUpCode!)).lookup);
      assert.ok(!JSON.stringify(raw.json).includes('dana'));

      // A plain-text answer to an encrypted report is refused.
      const { lookup } = await deriveFollowUp(pending.followUpCode!);
      const plainAnswer = await fetch(`${r.url}/follow-up/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lookup, body: 'plain words' }) });
      assert.equal(plainAnswer.status, 422);
      assert.equal(((await plainAnswer.json()) as { error: { code: string } }).error.code, 'receiver/answer-must-be-encrypted');

      // The audit log says who replied and read, never what.
      const log = await r.db.staff.auditLog();
      assert.ok(log.some((e) => e.action === 'add-reply' && e.target === receipt.receipt));
      assert.ok(log.some((e) => e.action === 'list-messages'));
      assert.ok(!JSON.stringify(log).includes(REPLY.slice(0, 20)));

      if (backend === sqlite) {
        await r.db.check();
        const bytes = Buffer.concat([r.file, `${r.file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
        for (const secret of [REPLY, ANSWER, 'safe to call', pending.followUpCode!, pending.followUpCode!.replace(/-/g, ''), lookup, replyKey]) {
          assert.ok(!bytes.includes(Buffer.from(secret)), `the database files hold "${secret}"`);
        }
        // The assertion can fail: the hash of the lookup is there.
        const { createHash } = await import('node:crypto');
        assert.ok(bytes.includes(Buffer.from(createHash('sha256').update(lookup).digest('hex'))));
      }
    } finally {
      await r.dispose();
    }
  });

  test(`without an organisation key replies and answers are plain text, and the report carries no reply key (${backend.name})`, { skip: backend.skip }, async () => {
    const r = await startInboxReceiver({ backend });
    try {
      const client = new ReportClient({ endpoint: `${r.url}/reports`, followUp: true, ...fast });
      const pending = client.prepare(report);
      const receipt = await client.send(pending);
      assert.equal(receipt.followUp, true);
      const { cookie } = await enrolWithPassword(r, 'dana');
      const opened = await openReport(r, cookie, receipt.receipt);
      assert.equal((opened.report as { followUp?: unknown }).followUp, undefined);
      const path = `/inbox/api/reports/${receipt.receipt.replace(/ /g, '')}`;
      // The list says who wrote last, so an answer waiting for the organisation stands out.
      const lastWord = async () => {
        const list = await r.api('GET', '/inbox/api/reports', { cookie });
        return (list.json!.reports as { receipt: string; lastMessage?: { from: string; at: string } }[]).find((x) => x.receipt === receipt.receipt)!.lastMessage;
      };
      assert.equal(await lastWord(), undefined);
      assert.equal((await r.api('POST', `${path}/replies`, { cookie, body: { body: REPLY } })).status, 201);
      assert.equal((await lastWord())?.from, 'organisation');
      const thread = await client.readReplies(pending.followUpCode!);
      assert.deepEqual(thread.messages.map((m) => [m.from, m.text]), [['organisation', REPLY]]);
      await client.sendAnswer(client.prepareAnswer(pending.followUpCode!, ANSWER));
      const answered = await lastWord();
      assert.equal(answered?.from, 'reporter');
      assert.match(answered!.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const after = await client.readReplies(pending.followUpCode!);
      assert.deepEqual(after.messages.map((m) => [m.from, m.text]), [['organisation', REPLY], ['reporter', ANSWER]]);
      assert.equal((await r.api('POST', `${path}/replies`, { cookie, body: { body: REPLY } })).status, 201);
      assert.equal((await lastWord())?.from, 'organisation', 'a reply clears the mark');
    } finally {
      await r.dispose();
    }
  });

  test(`a wrong code and a deleted report's code get the same 404, and deleting a report deletes its messages (${backend.name})`, { skip: backend.skip }, async () => {
    const r = await startInboxReceiver({ backend });
    try {
      const client = new ReportClient({ endpoint: `${r.url}/reports`, followUp: true, ...fast });
      const pending = client.prepare(report);
      const receipt = await client.send(pending);
      const { cookie } = await enrolWithPassword(r, 'dana');
      const path = `/inbox/api/reports/${receipt.receipt.replace(/ /g, '')}`;
      assert.equal((await r.api('POST', `${path}/replies`, { cookie, body: { body: REPLY } })).status, 201);
      await client.sendAnswer(client.prepareAnswer(pending.followUpCode!, ANSWER));

      const wrong = await failure(client.readReplies(newFollowUpCode()));
      assert.equal(wrong.code, 'report/follow-up-not-found');
      assert.equal(wrong.retryable, false);
      assert.equal((await failure(client.readReplies('not a code'))).code, 'report/follow-up-code-invalid');
      const strangerReply = await rawLookup(r.url, (await deriveFollowUp(newFollowUpCode())).lookup);

      assert.equal((await r.api('DELETE', path, { cookie })).status, 204);
      const gone = await failure(client.readReplies(pending.followUpCode!));
      assert.equal(gone.code, 'report/follow-up-not-found');
      const goneReply = await rawLookup(r.url, (await deriveFollowUp(pending.followUpCode!)).lookup);
      assert.equal(goneReply.status, 404);
      assert.deepEqual(goneReply.json, strangerReply.json, 'a deleted report answers exactly as a code that never existed');
      assert.equal((await failure(client.sendAnswer(client.prepareAnswer(pending.followUpCode!, 'still there?')))).code, 'report/follow-up-not-found');
      // The answer that could not be stored is still pending, never dropped.
      assert.equal(client.pendingAnswers.length, 1);
      const left = await r.db.followUp.messages(receipt.receipt);
      assert.equal(left.length, 0);
      assert.equal(await r.db.followUp.linked(receipt.receipt), false);
    } finally {
      await r.dispose();
    }
  });
}

test('lookups are limited per address and per code: a few a minute, then 429 with Retry-After', async () => {
  const limited = await startTestReceiver({
    trustProxy: true,
    inbox: { origin: 'https://reports.ngo.example' },
    followUpRateLimit: { perMinute: 3, burst: 3 },
  });
  try {
    const guesses = await Promise.all(Array.from({ length: 4 }, async () => (await deriveFollowUp(newFollowUpCode())).lookup));
    const fromOne = { 'x-forwarded-for': '203.0.113.7' };
    const statuses: number[] = [];
    for (const lookup of guesses) statuses.push((await rawLookup(limited.url, lookup, fromOne)).status);
    assert.deepEqual(statuses, [404, 404, 404, 429]);
    const limitedReply = await rawLookup(limited.url, guesses[0]!, fromOne);
    assert.equal((limitedReply.json.error as { code: string }).code, 'receiver/rate-limited');
    assert.ok(Number(limitedReply.headers.get('retry-after')) >= 1);

    // One code from many addresses: the code's own bucket runs out.
    const one = (await deriveFollowUp(newFollowUpCode())).lookup;
    const perCode: number[] = [];
    for (let i = 0; i < 4; i++) perCode.push((await rawLookup(limited.url, one, { 'x-forwarded-for': `198.51.100.${i + 1}` })).status);
    assert.deepEqual(perCode, [404, 404, 404, 429]);
  } finally {
    await limited.dispose();
  }
});

test('a report that could not be sent keeps its lookup in the opt-in store, so sending it later still opens its replies', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const r = await startInboxReceiver({ backend: sqlite, publicKey });
  const proxy = await startFaultProxy(r.url, ['drop']);
  try {
    const store = memoryReportStore();
    const first = new ReportClient({ endpoint: `${proxy.url}/reports`, publicKey, followUp: true, store, ...fast, retries: 0 });
    const pending = first.prepare(report);
    await assert.rejects(first.send(pending));
    const saved = store.entries[0] as { lookup?: string };
    assert.equal(saved.lookup, (await deriveFollowUp(pending.followUpCode!)).lookup);
    assert.ok(!JSON.stringify(store.entries).includes(pending.followUpCode!), 'the code itself is never stored');

    const next = new ReportClient({ endpoint: `${r.url}/reports`, publicKey, store, ...fast });
    const [result] = await next.resume();
    assert.ok(result && 'receipt' in result, JSON.stringify(result));
    assert.equal(result.receipt.followUp, true);

    const { cookie } = await enrolWithPassword(r, 'dana');
    const opened = await openReport(r, cookie, result.receipt.receipt);
    const { replyKey } = (await decryptReport(opened.envelope as EncryptedReport, privateKey)).followUp!;
    await r.api('POST', `/inbox/api/reports/${result.receipt.receipt.replace(/ /g, '')}/replies`, { cookie, body: { body: await encryptReply(REPLY, replyKey) } });
    const thread = await next.readReplies(pending.followUpCode!);
    assert.equal(thread.messages[0]!.text, REPLY);
  } finally {
    await proxy.close();
    await r.dispose();
  }
});

test('an answer whose confirmation was lost is sent again with the same key and stored once', async () => {
  const r = await startInboxReceiver({ backend: sqlite });
  const proxy = await startFaultProxy(r.url);
  try {
    const client = new ReportClient({ endpoint: `${proxy.url}/reports`, followUp: true, ...fast });
    const pending = client.prepare(report);
    await client.send(pending);
    proxy.faults = ['drop-reply', 'drop'];
    const answer = client.prepareAnswer(pending.followUpCode!, ANSWER);
    const stored = await client.sendAnswer(answer);
    assert.equal(stored.replayed, true);
    const thread = await client.readReplies(pending.followUpCode!);
    assert.deepEqual(thread.messages.map((m) => m.text), [ANSWER]);
    const keys = proxy.seen.filter((s) => s.headers['idempotency-key'] === answer.id);
    assert.ok(keys.length >= 3, `the same key on every try (${keys.length})`);
  } finally {
    await proxy.close();
    await r.dispose();
  }
});

test('the staff routes need a session and refuse a reply to a report sent without a code', async () => {
  const r = await startInboxReceiver({ backend: sqlite as StoreBackend });
  try {
    const client = new ReportClient({ endpoint: `${r.url}/reports`, ...fast });
    const receipt = await client.send(client.prepare(report));
    assert.equal(receipt.followUp, undefined);
    const path = `/inbox/api/reports/${receipt.receipt.replace(/ /g, '')}`;
    assert.equal((await r.api('GET', `${path}/messages`)).status, 401);
    assert.equal((await r.api('POST', `${path}/replies`, { body: { body: REPLY } })).status, 401);
    const { cookie } = await enrolWithPassword(r, 'dana');
    const refused = await r.api('POST', `${path}/replies`, { cookie, body: { body: REPLY } });
    assert.equal(refused.status, 422);
    assert.equal((refused.json!.error as { code: string }).code, 'receiver/follow-up-unavailable');
    const crossSite = await r.api('POST', `${path}/replies`, { cookie, body: { body: REPLY }, headers: { origin: 'https://evil.example' } });
    assert.equal(crossSite.status, 403);
    const listed = await r.api('GET', `${path}/messages`, { cookie });
    assert.deepEqual(listed.json, { receipt: receipt.receipt, followUp: false, messages: [] });
  } finally {
    await r.dispose();
  }
});

test('a receiver without the inbox lets a browser send the lookup, ignores it, and serves no follow-up routes', async () => {
  const r = await startTestReceiver();
  try {
    const preflight = await fetch(`${r.url}/reports`, {
      method: 'OPTIONS',
      headers: { origin: 'https://ngo.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key, follow-up-lookup' },
    });
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /follow-up-lookup/);
    const client = new ReportClient({ endpoint: `${r.url}/reports`, followUp: true, ...fast });
    const pending = client.prepare(report);
    const receipt = await client.send(pending);
    assert.equal(receipt.followUp, undefined, 'no code to show: nobody could reply');
    assert.equal((await rawLookup(r.url, (await deriveFollowUp(pending.followUpCode!)).lookup)).status, 404);
    assert.equal((await failure(client.readReplies(pending.followUpCode!))).serverCode, 'receiver/not-found');
  } finally {
    await r.dispose();
  }
});

test('no follow-up route gives away a thread or a receipt without the code: not its hash, not a near miss, no other method', async () => {
  // No rate limit, so that every request of the walk reaches the handler.
  const r = await startTestReceiver({ inbox: { origin: 'https://reports.ngo.example' }, followUpRateLimit: false });
  try {
    const client = new ReportClient({ endpoint: `${r.url}/reports`, followUp: true, ...fast });
    const pending = client.prepare(report);
    const receipt = await client.send(pending);
    await r.db.followUp.add(receipt.receipt, { from: 'organisation', author: 'dana', kind: 'text', body: REPLY });
    const { lookup } = await deriveFollowUp(pending.followUpCode!);
    const { createHash } = await import('node:crypto');
    const secrets = [REPLY, receipt.receipt, receipt.receipt.replace(/ /g, '')];
    const near = `${lookup.slice(0, -1)}${lookup.endsWith('A') ? 'B' : 'A'}`;
    const bodies = [undefined, {}, { lookup: near }, { lookup: createHash('sha256').update(lookup).digest('hex') }, { lookup: createHash('sha256').update(lookup).digest('base64url') }, { lookup: [lookup] }, `lookup=${lookup}`];
    let calls = 0;
    for (const path of ['/follow-up', '/follow-up/messages', `/follow-up?lookup=${lookup}`, `/follow-up/${lookup}`]) {
      for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS']) {
        for (const body of bodies) {
          const withBody = method !== 'GET' && method !== 'HEAD' && body !== undefined;
          const response = await fetch(`${r.url}${path}`, {
            method,
            headers: { 'content-type': typeof body === 'string' ? 'application/x-www-form-urlencoded' : 'application/json' },
            ...(withBody ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
          });
          const text = await response.text();
          calls += 1;
          for (const s of secrets) assert.ok(!text.includes(s), `${method} ${path} ${JSON.stringify(body)} answered ${response.status} with "${s}"`);
        }
      }
    }
    assert.ok(calls >= 150);
    // The same walk can fail: with the code itself the thread is there.
    const opened = await rawLookup(r.url, lookup);
    assert.equal(opened.json.receipt, receipt.receipt);
    assert.ok(JSON.stringify(opened.json).includes(REPLY));
    for (const entry of r.logs) assert.ok(!JSON.stringify(entry).includes(lookup.slice(0, 20)), 'no lookup in the log');
  } finally {
    await r.dispose();
  }
});
