// The inbox's staff accounts and sessions over real HTTP on 127.0.0.1 and a real SQLite file (and
// PostgreSQL where it can run): enrolment links, password + TOTP and passkey sign-in, session
// expiry, sign-out, the same-origin rule, rate limits and the audit log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { backends, post } from './helpers.js';
import { INBOX_ORIGIN, SoftPasskey, enrolWithPassword, startInboxReceiver, totpCode } from './inbox-helpers.js';
import type { InboxReceiver } from './inbox-helpers.js';

const report = { description: 'Работодатель забрал паспорт и не платит.', consent: true, where: { country: 'RU' } };
const PASSWORD = 'correct horse battery staple';

async function withInbox(options: Parameters<typeof startInboxReceiver>[0], run: (r: InboxReceiver) => Promise<void>) {
  const receiver = await startInboxReceiver(options);
  try {
    await run(receiver);
  } finally {
    await receiver.dispose();
  }
}

for (const backend of backends) {
  test(`a case worker enrols with password + TOTP from a one-time link, reads reports, and signs out (${backend.name})`, { skip: backend.skip }, async () => {
    await withInbox({ backend }, async (r) => {
      const sent = await post(r.url, report);
      const token = await r.addStaff('aigerim');
      const start = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
      assert.equal(start.status, 200, start.text);
      assert.equal(start.json?.name, 'aigerim');
      const totp = start.json?.totp as { secret: string; uri: string };
      assert.match(totp.uri, /^otpauth:\/\/totp\//);
      assert.equal((start.json?.passkey as { rp: { id: string } }).rp.id, 'reports.ngo.example');

      const done = await r.api('POST', '/inbox/api/enrolment/password', { body: { token, password: PASSWORD, code: totpCode(totp.secret, r.clock.now) } });
      assert.equal(done.status, 200, done.text);
      assert.ok(done.cookie?.startsWith('__Host-smk-inbox='));
      const setCookie = done.headers.get('set-cookie')!;
      for (const attribute of ['HttpOnly', 'SameSite=Strict', 'Secure', 'Path=/']) assert.ok(setCookie.includes(attribute), `${attribute} in ${setCookie}`);

      // The link works once.
      const again = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
      assert.equal(again.status, 410);
      assert.equal(again.json && (again.json.error as { code: string }).code, 'receiver/enrolment-link-invalid');

      const me = await r.api('GET', '/inbox/api/session', { cookie: done.cookie });
      assert.equal(me.status, 200);
      assert.equal(me.json?.name, 'aigerim');
      const list = await r.api('GET', '/inbox/api/reports', { cookie: done.cookie });
      assert.equal(list.status, 200);
      assert.deepEqual(list.json?.reports, [{ receipt: sent.json?.receipt, receivedAt: sent.json?.receivedAt, kind: 'report', status: 'new' }]);
      const digits = String(sent.json?.receipt).replace(/ /g, '');
      const one = await r.api('GET', `/inbox/api/reports/${digits}`, { cookie: done.cookie });
      assert.equal(one.status, 200);
      assert.deepEqual(one.json?.report, report);

      // Later: sign in again with the password and the next code.
      r.clock.now += 30_000;
      const signIn = await r.api('POST', '/inbox/api/session/password', { body: { name: 'aigerim', password: PASSWORD, code: totpCode(totp.secret, r.clock.now) } });
      assert.equal(signIn.status, 200, signIn.text);
      assert.notEqual(signIn.cookie, done.cookie);

      const out = await r.api('POST', '/inbox/api/session/sign-out', { cookie: signIn.cookie });
      assert.equal(out.status, 204);
      assert.match(out.headers.get('set-cookie')!, /Max-Age=0/);
      assert.equal((await r.api('GET', '/inbox/api/reports', { cookie: signIn.cookie })).status, 401);
      // Signing out one session leaves the other.
      assert.equal((await r.api('GET', '/inbox/api/reports', { cookie: done.cookie })).status, 200);

      const log = await r.db.staff.auditLog();
      assert.deepEqual(
        log.map((e) => [e.actor, e.action, e.target ?? '']),
        [
          ['aigerim', 'enrol-password', ''],
          ['aigerim', 'list-reports', ''],
          ['aigerim', 'open-report', sent.json?.receipt],
          ['aigerim', 'sign-in-password', ''],
          ['aigerim', 'sign-out', ''],
          ['aigerim', 'list-reports', ''],
        ],
      );
      assert.ok(!JSON.stringify(log).includes('паспорт'));
    });
  });
}

test('an enrolment link that has expired is refused, and so is a made-up one', async () => {
  await withInbox({}, async (r) => {
    const token = await r.addStaff('dana', 60_000);
    r.clock.now += 60_001;
    const late = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
    assert.equal(late.status, 410);
    const made = await r.api('POST', '/inbox/api/enrolment', { body: { token: 'x'.repeat(43) } });
    assert.equal(made.status, 410);
  });
});

test('enrolment refuses a short password and a wrong code, and the link still works after', async () => {
  await withInbox({}, async (r) => {
    const token = await r.addStaff('dana');
    const { json } = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
    const secret = (json?.totp as { secret: string }).secret;
    const short = await r.api('POST', '/inbox/api/enrolment/password', { body: { token, password: 'short', code: totpCode(secret, r.clock.now) } });
    assert.equal(short.status, 422);
    assert.equal((short.json?.error as { code: string }).code, 'receiver/password-too-short');
    const wrong = await r.api('POST', '/inbox/api/enrolment/password', { body: { token, password: PASSWORD, code: totpCode(secret, r.clock.now + 600_000) } });
    assert.equal(wrong.status, 401);
    const right = await r.api('POST', '/inbox/api/enrolment/password', { body: { token, password: PASSWORD, code: totpCode(secret, r.clock.now) } });
    assert.equal(right.status, 200);
  });
});

test('password sign-in fails for a wrong password, a wrong code, a replayed code and an unknown name, all with one answer', async () => {
  await withInbox({}, async (r) => {
    const { secret } = await enrolWithPassword(r, 'dana');
    const code = totpCode(secret, r.clock.now);
    const attempts = [
      { name: 'dana', password: 'not the password at all', code },
      { name: 'dana', password: PASSWORD, code: code === '000000' ? '111111' : '000000' },
      { name: 'nobody', password: PASSWORD, code },
    ];
    for (const body of attempts) {
      const reply = await r.api('POST', '/inbox/api/session/password', { body });
      assert.equal(reply.status, 401, JSON.stringify(body));
      assert.equal((reply.json?.error as { code: string }).code, 'receiver/sign-in-failed');
      assert.equal(reply.cookie, undefined);
    }
    const ok = await r.api('POST', '/inbox/api/session/password', { body: { name: 'dana', password: PASSWORD, code } });
    assert.equal(ok.status, 200);
    // The same code a second time (seen over a shoulder) is refused.
    const replay = await r.api('POST', '/inbox/api/session/password', { body: { name: 'dana', password: PASSWORD, code } });
    assert.equal(replay.status, 401);
    const actors = (await r.db.staff.auditLog()).filter((e) => e.action === 'sign-in-failed').map((e) => e.actor);
    // A name that is no account is not logged: it may be a password typed in the wrong field.
    assert.deepEqual(actors, ['dana', 'dana', 'unknown', 'dana']);
  });
});

test('sign-in attempts are rate-limited per address (429 with Retry-After)', async () => {
  await withInbox({ signInPerMinute: 3 }, async (r) => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const reply = await r.api('POST', '/inbox/api/session/password', { body: { name: 'dana', password: 'guess number ' + i, code: '123456' } });
      statuses.push(reply.status);
      if (reply.status === 429) {
        assert.equal((reply.json?.error as { code: string }).code, 'receiver/sign-in-rate-limited');
        assert.ok(Number(reply.headers.get('retry-after')) >= 1);
      }
    }
    assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
  });
});

test('one name gets ten password guesses, then one every three minutes, from however many addresses', async () => {
  await withInbox({}, async (r) => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await r.api('POST', '/inbox/api/session/password', { body: { name: 'dana', password: `guess ${i}`, code: '123456' } })).status);
    }
    assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
  });
});

test('a session ends after 30 idle minutes, and after 12 hours however it is used', async () => {
  await withInbox({}, async (r) => {
    const { cookie, secret } = await enrolWithPassword(r, 'dana');
    r.clock.now += 29 * 60_000;
    assert.equal((await r.api('GET', '/inbox/api/session', { cookie })).status, 200);
    r.clock.now += 30 * 60_000;
    const idle = await r.api('GET', '/inbox/api/session', { cookie });
    assert.equal(idle.status, 401);
    assert.equal((idle.json?.error as { code: string }).code, 'receiver/not-signed-in');
    assert.match(idle.headers.get('set-cookie') ?? '', /Max-Age=0/);

    const fresh = await r.api('POST', '/inbox/api/session/password', { body: { name: 'dana', password: PASSWORD, code: totpCode(secret, r.clock.now) } });
    assert.equal(fresh.status, 200);
    for (let i = 0; i < 24; i++) {
      r.clock.now += 29 * 60_000;
      const reply = await r.api('GET', '/inbox/api/session', { cookie: fresh.cookie });
      assert.equal(reply.status, (i + 1) * 29 < 12 * 60 ? 200 : 401, `after ${(i + 1) * 29} minutes`);
    }
  });
});

test('the database keeps only hashes of session ids and enrolment tokens', async () => {
  await withInbox({}, async (r) => {
    const { cookie } = await enrolWithPassword(r, 'dana');
    const pending = await r.addStaff('erlan');
    const value = cookie.split('=')[1]!;
    const db = new Database(r.file, { readonly: true });
    try {
      const dump = JSON.stringify([
        db.prepare('SELECT * FROM staff_sessions').all(),
        db.prepare('SELECT * FROM staff_enrolments').all(),
        db.prepare('SELECT * FROM staff').all(),
      ]);
      assert.ok(!dump.includes(value), 'session id stored in clear');
      assert.ok(!dump.includes(pending), 'enrolment token stored in clear');
      assert.ok(!dump.includes(PASSWORD), 'password stored in clear');
      assert.match(dump, /\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    } finally {
      db.close();
    }
  });
});

test('a request that changes something must come from the inbox\'s own origin', async () => {
  await withInbox({}, async (r) => {
    const { cookie, secret } = await enrolWithPassword(r, 'dana');
    const body = { name: 'dana', password: PASSWORD, code: totpCode(secret, r.clock.now) };
    const noOrigin = await r.api('POST', '/inbox/api/session/password', { body, headers: { origin: '' } });
    assert.equal(noOrigin.status, 403);
    assert.equal((noOrigin.json?.error as { code: string }).code, 'receiver/cross-origin');
    const other = await r.api('POST', '/inbox/api/session/password', { body, headers: { origin: 'https://evil.example' } });
    assert.equal(other.status, 403);
    const signOut = await r.api('POST', '/inbox/api/session/sign-out', { cookie, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    assert.equal(signOut.status, 403);
    // A page on another site that makes the browser fetch a report gets nothing either.
    const read = await r.api('GET', '/inbox/api/reports', { cookie, headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(read.status, 403);
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    assert.equal((await r.api('GET', '/inbox/api/session', { cookie })).status, 200, 'the session survived');
  });
});

test('on 127.0.0.1 the demo\'s cookie is not Secure (a browser would drop it over http), and only there', async () => {
  await withInbox({ origin: 'http://127.0.0.1:8787' }, async (r) => {
    const token = await r.addStaff('demo');
    const { json } = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
    const done = await r.api('POST', '/inbox/api/enrolment/password', {
      body: { token, password: PASSWORD, code: totpCode((json?.totp as { secret: string }).secret, r.clock.now) },
    });
    const setCookie = done.headers.get('set-cookie')!;
    assert.match(setCookie, /^smk-inbox=/);
    assert.doesNotMatch(setCookie, /Secure/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
  });
  const { inboxOrigin } = await import('../../src/server/inbox.js');
  assert.throws(() => inboxOrigin('http://reports.ngo.example'), /https/);
  assert.throws(() => inboxOrigin('https://reports.ngo.example/inbox'), /no path/);
});

for (const backend of backends) {
  test(`a case worker enrols a passkey and signs in with it; the counter and the challenge are checked (${backend.name})`, { skip: backend.skip }, async () => {
    await withInbox({ backend }, async (r) => {
      const token = await r.addStaff('aigerim');
      const key = new SoftPasskey('reports.ngo.example', INBOX_ORIGIN);
      const start = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
      const creation = start.json?.passkey as { challenge: string; authenticatorSelection: { userVerification: string } };
      assert.equal(creation.authenticatorSelection.userVerification, 'required');

      // A passkey made for another site's page is refused, and the link still works.
      const phished = await r.api('POST', '/inbox/api/enrolment/passkey', { body: { token, response: key.register(creation, 'https://evil.example') } });
      assert.equal(phished.status, 401);
      const enrolled = await r.api('POST', '/inbox/api/enrolment/passkey', { body: { token, response: key.register(creation) } });
      assert.equal(enrolled.status, 200, enrolled.text);
      assert.ok(enrolled.cookie);
      assert.deepEqual(
        (await r.db.staff.list()).map((m) => [m.name, m.passkeys, m.password]),
        [['aigerim', 1, false]],
      );

      const options = await r.api('POST', '/inbox/api/session/passkey/options', { body: {} });
      assert.equal(options.status, 200);
      const assertion = key.authenticate(options.json as { challenge: string });
      const signedIn = await r.api('POST', '/inbox/api/session/passkey', { body: { response: assertion } });
      assert.equal(signedIn.status, 200, signedIn.text);
      assert.equal(signedIn.json?.name, 'aigerim');
      assert.equal((await r.api('GET', '/inbox/api/session', { cookie: signedIn.cookie })).status, 200);

      // The same assertion again: its challenge is spent.
      assert.equal((await r.api('POST', '/inbox/api/session/passkey', { body: { response: assertion } })).status, 401);
      // A cloned key whose counter went back is refused.
      const fresh = await r.api('POST', '/inbox/api/session/passkey/options', { body: {} });
      key.counter = 0;
      assert.equal((await r.api('POST', '/inbox/api/session/passkey', { body: { response: key.authenticate(fresh.json as { challenge: string }) } })).status, 401);
      // A challenge the server never issued.
      assert.equal((await r.api('POST', '/inbox/api/session/passkey', { body: { response: key.authenticate({ challenge: 'bm90LWlzc3VlZA' }) } })).status, 401);
      // A passkey nobody enrolled.
      const stranger = new SoftPasskey('reports.ngo.example', INBOX_ORIGIN);
      const third = await r.api('POST', '/inbox/api/session/passkey/options', { body: {} });
      assert.equal((await r.api('POST', '/inbox/api/session/passkey', { body: { response: stranger.authenticate(third.json as { challenge: string }) } })).status, 401);

      // Removing the staff member ends their sessions at once.
      await r.db.staff.remove('aigerim');
      assert.equal((await r.api('GET', '/inbox/api/session', { cookie: signedIn.cookie })).status, 401);
    });
  });
}

test('without the inbox option every /inbox/ path answers 404', async () => {
  const { startTestReceiver } = await import('./helpers.js');
  const r = await startTestReceiver();
  try {
    for (const path of ['/inbox/', '/inbox/api/reports', '/inbox/api/session/password']) {
      const reply = await fetch(`${r.url}${path}`);
      assert.equal(reply.status, 404, path);
    }
  } finally {
    await r.dispose();
  }
});
