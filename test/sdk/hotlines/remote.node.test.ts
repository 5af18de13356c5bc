import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { clearHotlineCache, loadHotlineDirectory } from '../../../src/sdk/hotlines/remote.js';
import { HotlineDataError, HotlineLoadError } from '../../../src/sdk/hotlines/errors.js';
import { bundledHotlineData } from '../../../src/sdk/hotlines/bundled.js';
import { data, hotline } from './fixtures.js';

const remoteData = data([hotline({ id: 'remote-line', countries: ['KZ'] })]);
const invalid = JSON.parse(JSON.stringify(remoteData)) as { hotlines: { topics: string[] }[] };
invalid.hotlines[0]!.topics = ['astrology'];

let server: Server;
let base: string;
const seen: { path: string; ifNoneMatch: string | undefined }[] = [];
let flakyCount = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    const json = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    };
    switch (path) {
      case '/hotlines.json':
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
        } else {
          json(200, JSON.stringify(remoteData), { etag: '"v1"' });
        }
        return;
      case '/flaky.json':
        flakyCount += 1;
        if (flakyCount === 1) json(503, '{"error":"busy"}');
        else json(200, JSON.stringify(remoteData));
        return;
      case '/slow.json':
        // Never answers within the test's timeout; the socket is closed when the server stops.
        return;
      case '/malformed.json':
        json(200, '{"format": "safe-migration-kit/hotlines", ');
        return;
      case '/invalid.json':
        json(200, JSON.stringify(invalid));
        return;
      default:
        json(404, '{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  clearHotlineCache();
  seen.length = 0;
  flakyCount = 0;
});

const fast = { retryDelay: () => 10 };

test('loads and validates a remote file, and says the remote data is in use', async () => {
  const directory = await loadHotlineDirectory(`${base}/hotlines.json`, fast);
  assert.deepEqual(directory.origin, { kind: 'remote', url: `${base}/hotlines.json`, etag: '"v1"', notModified: false });
  assert.equal(directory.usingBundledData, false);
  assert.deepEqual(directory.query({ country: 'KZ' }).map((r) => r.hotline.id), ['remote-line']);
});

test('a second load revalidates with If-None-Match and reuses the data on 304', async () => {
  const first = await loadHotlineDirectory(`${base}/hotlines.json`, fast);
  const second = await loadHotlineDirectory(`${base}/hotlines.json`, fast);
  assert.deepEqual(seen.map((s) => s.ifNoneMatch), [undefined, '"v1"']);
  assert.equal(second.origin.kind === 'remote' && second.origin.notModified, true);
  assert.equal(second.data, first.data);
});

test('retries after a 503 and succeeds', async () => {
  const directory = await loadHotlineDirectory(`${base}/flaky.json`, fast);
  assert.equal(directory.origin.kind, 'remote');
  assert.equal(seen.filter((s) => s.path === '/flaky.json').length, 2);
});

test('a timeout falls back to the bundled data with a typed error saying why', async () => {
  const directory = await loadHotlineDirectory(`${base}/slow.json`, { timeout: 150, retries: 1, ...fast });
  assert.equal(directory.origin.kind, 'bundled-fallback');
  assert.equal(directory.usingBundledData, true);
  assert.equal(directory.data, bundledHotlineData);
  const error = directory.origin.kind === 'bundled-fallback' ? directory.origin.error : undefined;
  assert.ok(error instanceof HotlineLoadError);
  assert.equal(error.code, 'hotline/load-timeout');
  assert.equal(error.name, 'HotlineLoadError');
  assert.match(error.message, /GET http:\/\/127\.0\.0\.1:\d+\/slow\.json timed out/);
  assert.ok(error.cause instanceof Error);
  assert.equal(seen.filter((s) => s.path === '/slow.json').length, 2, 'one try and one retry');
});

test('malformed JSON falls back, keeping the parse error as the cause', async () => {
  const directory = await loadHotlineDirectory(`${base}/malformed.json`, fast);
  assert.equal(directory.origin.kind, 'bundled-fallback');
  const error = directory.origin.kind === 'bundled-fallback' ? directory.origin.error : undefined;
  assert.ok(error instanceof HotlineDataError);
  assert.equal(error.code, 'hotline/data-malformed-json');
  assert.ok(error.cause instanceof SyntaxError);
});

test('data that breaks the schema falls back, listing each problem with its path', async () => {
  const directory = await loadHotlineDirectory(`${base}/invalid.json`, fast);
  const error = directory.origin.kind === 'bundled-fallback' ? directory.origin.error : undefined;
  assert.ok(error instanceof HotlineDataError);
  assert.equal(error.code, 'hotline/data-invalid');
  assert.deepEqual(error.problems.map((p) => p.path), ['$.hotlines[0].topics[0]']);
});

test('with fallback off, the typed error is thrown', async () => {
  await assert.rejects(loadHotlineDirectory(`${base}/invalid.json`, { fallback: false, ...fast }), (e: unknown) => e instanceof HotlineDataError);
  await assert.rejects(
    loadHotlineDirectory(`${base}/missing.json`, { fallback: false, ...fast }),
    (e: unknown) => e instanceof HotlineLoadError && e.code === 'hotline/load-http-status' && e.status === 404,
  );
  assert.equal(seen.filter((s) => s.path === '/missing.json').length, 1, 'a 404 is not retried');
});

test('a server that is not there is a network error', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  await assert.rejects(
    loadHotlineDirectory(`http://127.0.0.1:${port}/hotlines.json`, { fallback: false, retries: 0 }),
    (e: unknown) => e instanceof HotlineLoadError && e.code === 'hotline/load-network',
  );
});

test('a cancelled load throws and never falls back', async () => {
  const controller = new AbortController();
  const loading = loadHotlineDirectory(`${base}/slow.json`, { signal: controller.signal, timeout: 5000 });
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(loading, (e: unknown) => e instanceof HotlineLoadError && e.code === 'hotline/load-aborted');
});

test('a file larger than maxBytes is refused', async () => {
  const directory = await loadHotlineDirectory(`${base}/hotlines.json`, { maxBytes: 100, ...fast });
  const error = directory.origin.kind === 'bundled-fallback' ? directory.origin.error : undefined;
  assert.ok(error instanceof HotlineDataError);
  assert.equal(error.problems[0]!.code, 'too-large');
});

test('an address that is not http(s), or plain http: to another machine, is refused before any request', async () => {
  let requests = 0;
  const counting: typeof fetch = (...args) => {
    requests += 1;
    return fetch(...args);
  };
  for (const [url, code] of [
    ['javascript:alert(1)', 'hotline/load-url-invalid'],
    ['data:application/json,{}', 'hotline/load-url-invalid'],
    ['file:///etc/passwd', 'hotline/load-url-invalid'],
    ['http://hotlines.example/data.json', 'hotline/load-insecure'],
  ] as const) {
    await assert.rejects(
      loadHotlineDirectory(url, { fallback: false, fetch: counting }),
      (e: unknown) => e instanceof HotlineLoadError && e.code === code && e.url === url,
      url,
    );
    const directory = await loadHotlineDirectory(url, { fetch: counting });
    assert.equal(directory.origin.kind, 'bundled-fallback', `${url} falls back to the bundled data`);
  }
  assert.equal(requests, 0);
  // Plain http: to this machine stays allowed, for development and for tests like these.
  const local = await loadHotlineDirectory(`${base}/hotlines.json`, { fallback: false, fetch: counting });
  assert.equal(local.origin.kind, 'remote');
});
