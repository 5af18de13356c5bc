// Nothing a person reported is readable without a signed-in staff session: every route the receiver
// serves, as its router lists them (the inbox page's own files among them), is called with no
// cookie, a made-up one, a signed-out one and an expired one, with every method, and no answer may
// carry a report, an envelope or a receipt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encryptReport, generateReportKeyPair } from '../../src/sdk/index.js';
import { receiverRoutes } from '../../src/server/index.js';
import { inboxPagePolicy } from '../../src/server/inbox-page.js';
import { backends, post } from './helpers.js';
import { enrolWithPassword, startInboxReceiver, totpCode } from './inbox-helpers.js';
import { inboxPageDir } from '../inbox/page-build.js';

const report = { description: 'Работодатель забрал паспорт и не платит.', consent: true, where: { country: 'RU' } };

for (const backend of backends) {
  test(`no route answers with a report, an envelope or a receipt without a staff session (${backend.name})`, { skip: backend.skip }, async () => {
    const pageDir = await inboxPageDir();
    const r = await startInboxReceiver({ backend, pageDir });
    try {
      const plain = await post(r.url, report);
      const { publicKey } = await generateReportKeyPair();
      const envelope = await encryptReport(report as never, publicKey);
      const sealed = await post(r.url, envelope);
      const receipts = [String(plain.json?.receipt), String(sealed.json?.receipt)];
      const secrets = [
        report.description,
        JSON.stringify(report.description).slice(1, -1),
        envelope.ciphertext.slice(0, 40),
        ...receipts,
        ...receipts.map((x) => x.replace(/ /g, '')),
      ];

      const { cookie: live, secret } = await enrolWithPassword(r, 'dana');
      const signedOut = (await r.api('POST', '/inbox/api/session/password', { body: { name: 'dana', password: 'correct horse battery staple', code: totpCode(secret, r.clock.now) } })).cookie!;
      assert.equal((await r.api('POST', '/inbox/api/session/sign-out', { cookie: signedOut })).status, 204);
      r.clock.now += 30_000;
      const expiring = (await r.api('POST', '/inbox/api/session/password', { body: { name: 'dana', password: 'correct horse battery staple', code: totpCode(secret, r.clock.now) } })).cookie!;
      // `live` stays in use below; `expiring` goes idle.
      r.clock.now += 20 * 60_000;
      assert.equal((await r.api('GET', '/inbox/api/session', { cookie: live })).status, 200);
      r.clock.now += 20 * 60_000;
      const cookieName = live.split('=')[0]!;
      const strangers = {
        'no cookie': undefined,
        'a made-up cookie': `${cookieName}=${'A'.repeat(43)}`,
        'a signed-out session': signedOut,
        'an idle session': expiring,
        'a live session under another name': `smk-inbox=${live.split('=')[1]}`,
      };

      const routes = receiverRoutes({ inbox: { pageDir } });
      assert.ok(routes.some((route) => route.access === 'staff' && route.path.includes(':receipt')), 'the walk reaches a route that opens one report');
      const pageRoutes = routes.filter((route) => route.path.startsWith('/inbox') && !route.path.startsWith('/inbox/api/'));
      assert.deepEqual(
        pageRoutes.filter((route) => !route.path.includes('/chunks/')).map((route) => route.path).sort(),
        ['/inbox', '/inbox/', '/inbox/inbox.css', '/inbox/inbox.js'],
        'the walk reaches the page and its script',
      );
      assert.ok(pageRoutes.every((route) => route.access === 'public' && route.method === 'GET'));
      const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
      let calls = 0;
      let inboxCalls = 0;
      for (const route of routes) {
        for (const receipt of receipts) {
          const path = route.path.replace(':receipt', receipt.replace(/ /g, ''));
          for (const [who, cookie] of Object.entries(strangers)) {
            for (const method of methods) {
              const reply = await r.api(method, path, { cookie, ...(method === 'POST' || method === 'PUT' || method === 'PATCH' ? { body: { token: 'x', name: 'dana' } } : {}) });
              calls += 1;
              if (path.startsWith('/inbox/')) inboxCalls += 1;
              for (const s of secrets) assert.ok(!reply.text.includes(s), `${method} ${path} with ${who} answered ${reply.status} with "${s}"`);
              if (route.access === 'staff' && method === route.method) assert.equal(reply.status, 401, `${method} ${path} with ${who}`);
            }
          }
        }
      }
      assert.ok(calls >= routes.length * 2 * 5 * methods.length);

      // The page's files are served to anyone, under the page's strict policy, and never cached.
      const bare = await fetch(`${r.url}/inbox`, { redirect: 'manual' });
      assert.equal(bare.status, 308);
      assert.equal(bare.headers.get('location'), '/inbox/');
      for (const route of pageRoutes.filter((page) => page.path !== '/inbox')) {
        const reply = await r.api('GET', route.path);
        assert.equal(reply.status, 200, route.path);
        assert.equal(reply.headers.get('content-security-policy'), inboxPagePolicy, route.path);
        assert.equal(reply.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(reply.headers.get('cache-control'), 'no-store');
        assert.equal(reply.headers.get('x-content-type-options'), 'nosniff');
      }
      assert.match((await r.api('GET', '/inbox/')).text, /<script type="module" src="inbox.js"><\/script>/);
      assert.equal((await r.api('GET', '/inbox/../package.json')).status, 404);
      assert.equal((await r.api('GET', '/inbox/chunks/../../../package.json')).status, 404);

      // The request log names every inbox path "/inbox": no receipt reaches it either.
      for (const entry of r.logs) assert.ok(['-', '/health', '/inbox', '/reports', '/follow-up', '/follow-up/messages'].includes(entry.path), entry.path);
      assert.ok(r.logs.filter((entry) => entry.path === '/inbox').length >= inboxCalls);
      for (const s of secrets) assert.ok(!JSON.stringify(r.logs).includes(s), `the log holds "${s}"`);

      // The same walk with the live session does reach the reports: the assertions above can fail.
      const list = await r.api('GET', '/inbox/api/reports', { cookie: live });
      for (const receipt of receipts) assert.ok(list.text.includes(receipt));
      const one = await r.api('GET', `/inbox/api/reports/${receipts[0]!.replace(/ /g, '')}`, { cookie: live });
      assert.ok(one.text.includes(report.description));
      const sealedOne = await r.api('GET', `/inbox/api/reports/${receipts[1]!.replace(/ /g, '')}`, { cookie: live });
      assert.ok(sealedOne.text.includes(envelope.ciphertext));
    } finally {
      await r.dispose();
    }
  });
}
