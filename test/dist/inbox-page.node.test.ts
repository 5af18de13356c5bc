// The inbox page as the package ships it: dist/inbox/ holds the page and its script, the receiver
// built into dist/npm/ serves them by default, and none of it reaches the script-tag widget build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Server from '../../src/server/index.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };

test('the package ships the inbox page: index.html, its stylesheet, its script and one messages file per locale', () => {
  assert.ok(pkg.files.includes('dist'));
  const files = readdirSync('dist/inbox');
  assert.deepEqual(files.filter((f) => f !== 'chunks').sort(), ['inbox.css', 'inbox.js', 'index.html']);
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { targetLocales: string[] };
  const chunks = readdirSync('dist/inbox/chunks');
  for (const locale of config.targetLocales) assert.ok(chunks.some((c) => c.startsWith(`${locale}.inbox-`)), `no ${locale} messages in ${chunks.join(', ')}`);
  const html = readFileSync('dist/inbox/index.html', 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
  assert.doesNotMatch(html, /style=|<style/, 'no inline style');
  // Addresses of other sites: only the SVG namespace and a link in one of @simplewebauthn's error
  // messages, neither ever fetched (the Chromium tests record every request the page makes).
  const addresses = (html + readFileSync('dist/inbox/inbox.js', 'utf8')).match(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\/[^"'`\s]*/gi) ?? [];
  assert.deepEqual(addresses.filter((a) => a !== 'http://www.w3.org/2000/svg' && !a.startsWith('https://simplewebauthn.dev/docs/')), []);
});

test('no widget bundle holds the inbox: the script-tag build has none of its modules or messages', () => {
  const graph = JSON.parse(readFileSync('dist/cdn-graph.json', 'utf8')) as { chunks: { file: string; modules: string[] }[] };
  for (const chunk of graph.chunks) {
    for (const module of chunk.modules) {
      assert.ok(!module.startsWith('src/inbox/') && !module.includes('.inbox.') && !module.includes('inbox-locales'), `${chunk.file} holds ${module}`);
    }
  }
  for (const file of readdirSync('dist/cdn/chunks')) assert.doesNotMatch(file, /inbox/);
  assert.doesNotMatch(readFileSync('dist/cdn/safe-migration-kit.iife.js', 'utf8'), /safe-inbox/);
});

test('the built receiver serves the built page at /inbox/ without being told where it is', async () => {
  // Through a variable: the type-check runs before the build, when dist/ may not exist yet.
  const built = '../../dist/npm/server/index.js';
  const server = (await import(built)) as typeof Server;
  const dir = mkdtempSync(join(tmpdir(), 'smk-dist-inbox-'));
  const db = await server.openReportStore(join(dir, 'reports.sqlite'));
  const running = await server.startReceiver({ db, port: 0, inbox: { origin: 'http://127.0.0.1' } });
  try {
    const page = await fetch(`${running.url}/inbox/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    assert.match(page.headers.get('content-security-policy')!, /script-src 'self'/);
    assert.match(await page.text(), /<safe-inbox>/);
    const script = await fetch(`${running.url}/inbox/inbox.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type')!, /^text\/javascript/);
    assert.equal((await fetch(`${running.url}/inbox/api/reports`)).status, 401);
  } finally {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
