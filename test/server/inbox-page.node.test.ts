// The inbox page's files as the receiver serves them: only GET and HEAD, only the built files, a
// clear 503 when the page is not built, and the page's route in the published contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inboxPagePolicy } from '../../src/server/inbox-page.js';
import { startInboxReceiver } from './inbox-helpers.js';
import { inboxPageDir } from '../inbox/page-build.js';

test('the page answers GET and HEAD only, serves only its built files, and says so when it is not built', async () => {
  const r = await startInboxReceiver({ pageDir: await inboxPageDir() });
  const empty = mkdtempSync(join(tmpdir(), 'smk-no-page-'));
  const unbuilt = await startInboxReceiver({ pageDir: empty });
  try {
    const head = await fetch(`${r.url}/inbox/`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    assert.equal(head.headers.get('content-security-policy'), inboxPagePolicy);
    assert.equal((await r.api('POST', '/inbox/', { body: {} })).status, 405);
    assert.equal((await r.api('GET', '/inbox/index.html')).status, 404, 'the page has one address');
    assert.equal((await r.api('GET', '/inbox/nothing.js')).status, 404);
    assert.match((await r.api('GET', '/inbox/')).headers.get('content-type')!, /^text\/html/);
    const none = await unbuilt.api('GET', '/inbox/');
    assert.equal(none.status, 503);
    assert.equal((none.json?.error as { code: string }).code, 'receiver/inbox-unavailable');
    // The API beside it is unchanged by a missing page.
    assert.equal((await unbuilt.api('GET', '/inbox/api/reports')).status, 401);
  } finally {
    await r.dispose();
    await unbuilt.dispose();
    rmSync(empty, { recursive: true, force: true });
  }
});

test('the page is in the published contract: openapi.yaml and the guide', () => {
  const openapi = readFileSync('docs/openapi.yaml', 'utf8');
  assert.ok(openapi.includes('\n  /inbox/:\n    get:\n'));
  assert.ok(openapi.includes(inboxPagePolicy));
  const guide = readFileSync('docs/report-api.md', 'utf8').replace(/\s+/g, ' ');
  assert.ok(guide.includes('| `GET /inbox/` and the page'));
  assert.ok(guide.includes(inboxPagePolicy));
});
