// Passkeys with a real browser: Chromium's virtual authenticator (CDP WebAuthn domain) enrols and
// signs in through @simplewebauthn/browser against the receiver on localhost, with the browser's own
// Origin, Sec-Fetch-Site and cookie handling. The software passkey in inbox-helpers.ts covers the
// refusals; this covers that a real authenticator's bytes verify and a real browser keeps the session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type * as SimpleWebAuthnBrowser from '@simplewebauthn/browser';
import { chromiumArgs, chromiumPath, hasChromium } from '../../scripts/chromium.mjs';
import { post, startTestReceiver } from './helpers.js';
import { hashToken, newToken } from '../../src/server/staff-store.js';

const require = createRequire(import.meta.url);
// The package exports only its modules; its script-tag bundle sits two folders above the CommonJS entry.
const browserBundle = readFileSync(join(dirname(require.resolve('@simplewebauthn/browser')), '..', 'dist/bundle/index.umd.min.js'), 'utf8');

test('a case worker enrols a passkey in Chromium and signs in with it; the session cookie works and ends on sign-out', { skip: !hasChromium() && 'Chromium is not installed' }, async () => {
  // Passkeys need a host name, not an IP address: localhost is a secure context over plain http.
  const r0 = await startTestReceiver({ port: 0 });
  const port = r0.port;
  await r0.dispose();
  const origin = `http://localhost:${port}`;
  const r = await startTestReceiver({ port, inbox: { origin, signInPerMinute: 1000 } });
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  try {
    const sent = await post(r.url, { description: 'Работодатель забрал паспорт.', consent: true });
    const token = newToken();
    await r.db.staff.add('aigerim', hashToken(token), Date.now() + 3_600_000);

    const page = await browser.newPage();
    // The receiver's pages allow no script at all; the test injects the library into a JSON page.
    await page.setBypassCSP(true);
    await page.goto(`${origin}/health`);
    await page.addScriptTag({ content: browserBundle });
    // tsx compiles this file with esbuild's keepNames, which wraps inner functions in a __name()
    // helper that exists only in Node; the page needs an identity stand-in for the evaluated code.
    await page.evaluate('globalThis.__name = (f) => f');
    const cdp = await page.createCDPSession();
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });

    const outcome = await page.evaluate(
      async (token: string, receipt: string) => {
        const lib = (globalThis as unknown as { SimpleWebAuthnBrowser: typeof SimpleWebAuthnBrowser }).SimpleWebAuthnBrowser;
        const call = async (method: string, path: string, body?: unknown) => {
          const response = await fetch(path, {
            method,
            ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
          });
          const text = await response.text();
          return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
        };
        const start = await call('POST', '/inbox/api/enrolment', { token });
        const registration = await lib.startRegistration({ optionsJSON: start.json!.passkey as never });
        const enrolled = await call('POST', '/inbox/api/enrolment/passkey', { token, response: registration });
        const afterEnrol = await call('GET', '/inbox/api/session');
        const out = await call('POST', '/inbox/api/session/sign-out');
        const afterOut = await call('GET', '/inbox/api/reports');
        const options = await call('POST', '/inbox/api/session/passkey/options');
        const assertion = await lib.startAuthentication({ optionsJSON: options.json as never });
        const signedIn = await call('POST', '/inbox/api/session/passkey', { response: assertion });
        const report = await call('GET', `/inbox/api/reports/${receipt.replace(/ /g, '')}`);
        return {
          enrolled: enrolled.status,
          afterEnrol: afterEnrol.json?.name,
          out: out.status,
          afterOut: afterOut.status,
          signedIn: signedIn.status,
          name: signedIn.json?.name,
          report: (report.json?.report as { description?: string } | undefined)?.description,
          // HttpOnly: the page's script never sees the session.
          cookie: document.cookie,
        };
      },
      token,
      String(sent.json?.receipt),
    );
    assert.deepEqual(outcome, {
      enrolled: 200,
      afterEnrol: 'aigerim',
      out: 204,
      afterOut: 401,
      signedIn: 200,
      name: 'aigerim',
      report: 'Работодатель забрал паспорт.',
      cookie: '',
    });
    assert.deepEqual((await r.db.staff.list()).map((m) => [m.name, m.passkeys]), [['aigerim', 1]]);
    assert.deepEqual(
      (await r.db.staff.auditLog()).map((e) => e.action),
      ['enrol-passkey', 'sign-out', 'sign-in-passkey', 'open-report'],
    );
  } finally {
    await browser.close();
    await r.dispose();
  }
});
