// What a person on a cheap phone and a bad network waits for: each element alone on a page in
// Russian, loaded through the CDN loader from dist/cdn, the files sent gzip-encoded by a static
// server on 127.0.0.1, in Debian's Chromium with the network slowed to 400 kbit/s and 400 ms of
// latency and the CPU slowed six times (Chrome DevTools Protocol). Per element: when the first
// Russian text shows in the element, how many bytes came before it, and when the first call button
// (a `tel:` link the element rendered) is there. Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { page, pages } from './first-screen-pages.js';
import type { Bench, BenchRow } from './types.js';

/** The slow mobile network of issue 19, in the units CDP wants (bytes per second, milliseconds). */
export const slowNetwork = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
export const cpuSlowdown = 6;
/** A page that shows nothing after this long is reported as not shown. */
const TIMEOUT_MS = 60_000;

const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

/** Serves dist/cdn under /cdn/ and the pages under /page/, gzip-encoded as a CDN would. */
async function serve(): Promise<{ origin: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let body: Buffer | undefined;
    let type = 'text/html; charset=utf-8';
    if (path.startsWith('/page/')) {
      const tag = path.slice('/page/'.length, -'.html'.length);
      if (pages[tag]) body = Buffer.from(page(tag));
    } else if (path.startsWith('/cdn/')) {
      const file = normalize(join('dist/cdn', path.slice('/cdn/'.length)));
      if (file.startsWith('dist/cdn/') && existsSync(file)) {
        body = readFileSync(file);
        type = types[extname(file)] ?? 'application/octet-stream';
      }
    }
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    let zipped = cache.get(path);
    if (!zipped) cache.set(path, (zipped = gzipSync(body, { level: 9 })));
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': zipped.length, 'Cache-Control': 'no-store' });
    res.end(zipped);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Runs in the page from its first moment. Every shadow root the page attaches (the element's, and
 * nested ones: the offer check shows a finder, the report form an exit button) is watched with a
 * `MutationObserver`, so the moments are those of the DOM changes themselves, not of a poll: the
 * first Russian text in the element, the first `tel:` link it rendered, and the first one that is
 * the element's own (not the static first screen's the loader paints, `data-safe-first-screen`).
 * The bytes are counted afterwards from Resource Timing (`bytesBefore`), once every entry that ended
 * before a moment has surely been recorded. A string, not a function: tsx compiles functions with
 * name helpers that do not exist in the page.
 */
const watch = (tag: string) => `(() => {
  const marks = (window.benchMarks = {});
  const tag = ${JSON.stringify(tag)};
  const roots = new Set();
  const inElement = (root) => {
    for (let host = root.host; host; ) {
      if (host.localName === tag) return true;
      const up = host.getRootNode();
      host = up instanceof ShadowRoot ? up.host : null;
    }
    return false;
  };
  const check = () => {
    const now = performance.now();
    const mine = [...roots].filter(inElement);
    if (marks.text === undefined && mine.some((r) => /[А-Яа-яЁё]/.test(r.textContent || ''))) marks.text = now;
    if (marks.ownCall !== undefined) return;
    const calls = mine.flatMap((r) => [...r.querySelectorAll('a[href^="tel:"]')]);
    if (marks.call === undefined && calls.length) marks.call = now;
    if (calls.some((a) => !a.closest('[data-safe-first-screen]'))) marks.ownCall = now;
  };
  const observer = new MutationObserver(check);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
})();`;

/** One file the page fetched, as Resource Timing saw it (times in ms from the navigation's start). */
export interface Fetched {
  name: string;
  initiatorType: string;
  /** Bytes as sent: the response's headers and its (gzip-encoded) body. */
  transferSize: number;
  encodedBodySize: number;
  startTime: number;
  responseEnd: number;
}

/** The page and every file, as Resource Timing saw them, read once the marks are set. */
const fetchedNow = `performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map((e) => ({
  name: e.name, initiatorType: e.initiatorType, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, startTime: e.startTime, responseEnd: e.responseEnd,
}))`;

/** What had arrived by `time`: every entry whose last byte came before it, headers included. */
export function bytesBefore(fetched: readonly Fetched[], time: number | undefined): number | undefined {
  return time === undefined ? undefined : fetched.filter((e) => e.responseEnd <= time).reduce((sum, e) => sum + e.transferSize, 0);
}

interface Marks {
  text?: number;
  textBytes?: number;
  call?: number;
  callBytes?: number;
  ownCall?: number;
  ownCallBytes?: number;
  /** Every file the page had fetched when it was read (after the marks, or later with `--entries`). */
  fetched: Fetched[];
}

/**
 * `npm run bench -- first-screen --entries`: after each load, waits until the page has fetched
 * nothing new for `quietMs` (the idle-time fetches after the first screen too) and prints every file
 * with its bytes and when its last byte came, against the first Russian text (docs/performance.md).
 */
const listEntries = process.argv.includes('--entries');
const quietMs = 4000;

async function loadOnce(browser: Browser, origin: string, tag: string): Promise<Marks> {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', slowNetwork);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await tab.evaluateOnNewDocument(watch(tag));
    await tab.goto(`${origin}/page/${tag}.html`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
    const wantCall = pages[tag]!.callButton;
    await tab
      .waitForFunction(`window.benchMarks && window.benchMarks.text !== undefined${wantCall ? ' && window.benchMarks.ownCall !== undefined' : ''}`, {
        timeout: TIMEOUT_MS,
        polling: 250,
      })
      .catch(() => undefined);
    // A file that ended before a mark may be entered in the timeline a little after it (the CPU is
    // slowed): the entries are read a moment later, and counted by their own times.
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (listEntries) {
      for (let count = -1, since = Date.now(); Date.now() - since < quietMs; ) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const now = (await tab.evaluate(`performance.getEntriesByType('resource').length`)) as number;
        if (now !== count) [count, since] = [now, Date.now()];
      }
    }
    const marks = (await tab.evaluate('({ ...window.benchMarks })')) as Omit<Marks, 'fetched'>;
    const fetched = (await tab.evaluate(fetchedNow)) as Fetched[];
    return {
      ...marks,
      fetched,
      textBytes: bytesBefore(fetched, marks.text),
      callBytes: bytesBefore(fetched, marks.call),
      ownCallBytes: bytesBefore(fetched, marks.ownCall),
    };
  } finally {
    await context.close();
  }
}

/** The `--entries` listing of one load: each file, its bytes, and its last byte against the first text. */
function entriesTable(tag: string, origin: string, marks: Marks): string {
  const lines = [`\n<${tag}>: first Russian text at ${marks.text?.toFixed(0) ?? '—'} ms, ${marks.textBytes ?? '—'} B before it${marks.call !== undefined ? `; first tel: link at ${marks.call.toFixed(0)} ms` : ''}${marks.ownCall !== undefined ? `, the element's own at ${marks.ownCall.toFixed(0)} ms` : ''}`];
  lines.push('| file | type | transferSize | body (gzip) | start, ms | last byte, ms | before the text |', '|---|---|---:|---:|---:|---:|---|');
  for (const e of [...marks.fetched].sort((a, b) => a.responseEnd - b.responseEnd)) {
    const before = marks.text !== undefined && e.responseEnd <= marks.text;
    lines.push(`| ${e.name.replace(origin, '')} | ${e.initiatorType} | ${e.transferSize} | ${e.encodedBodySize} | ${e.startTime.toFixed(0)} | ${e.responseEnd.toFixed(0)} | ${before ? 'yes' : ''} |`);
  }
  return lines.join('\n') + '\n';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const bench: Bench = async ({ quick }) => {
  if (!existsSync('dist/cdn/safe-migration-kit.js')) {
    process.stderr.write('first-screen bench: dist/cdn is missing, run "npm run build" first; skipped\n');
    return [];
  }
  if (!existsSync(chromiumPath())) {
    process.stderr.write(`first-screen bench: no Chromium at ${chromiumPath()}; skipped\n`);
    return [];
  }
  const runs = quick ? 1 : 3;
  const how = quick ? 'one load (quick)' : `median of ${runs} loads`;
  const conditions = `400 kbit/s, 400 ms latency, CPU ÷${cpuSlowdown}, Russian, ${how}`;
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  const load = loadavg()[0]!.toFixed(1);
  const rows: BenchRow[] = [];
  try {
    for (const tag of Object.keys(pages)) {
      const results: Marks[] = [];
      for (let i = 0; i < runs; i++) {
        results.push(await loadOnce(browser, server.origin, tag));
        if (listEntries) process.stderr.write(entriesTable(tag, server.origin, results.at(-1)!));
      }
      const shown = (key: Exclude<keyof Marks, 'fetched'>) => results.map((r) => r[key]).filter((v): v is number => v !== undefined);
      const texts = shown('text');
      rows.push({
        name: `first screen <${tag}>: first Russian text (${conditions}${texts.length < runs ? `; not shown within ${TIMEOUT_MS / 1000} s in ${runs - texts.length}` : ''})`,
        value: median(texts) / 1000,
        unit: 's',
      });
      rows.push({ name: `first screen <${tag}>: bytes fetched before that text (page and files, as sent)`, value: median(shown('textBytes')), unit: 'B', target: '≤ 35,000' });
      if (pages[tag]!.callButton) {
        const missing = (values: number[]) => (values.length < runs ? `; not shown within ${TIMEOUT_MS / 1000} s in ${runs - values.length}` : '');
        // The first tel: link in the element: on the finder, the static first screen's the loader paints.
        const calls = shown('call');
        rows.push({
          name: `first screen <${tag}>: the first call button (tel: link) shown — the static first screen's${missing(calls)}`,
          value: median(calls) / 1000,
          unit: 's',
          target: '≤ 3',
        });
        rows.push({ name: `first screen <${tag}>: bytes fetched before that call button (page and files, as sent)`, value: median(shown('callBytes')), unit: 'B', target: '≤ 35,000' });
        const own = shown('ownCall');
        rows.push({
          name: `first screen <${tag}>: the element's own call button (tel: link), which replaces the static screen's${missing(own)}`,
          value: median(own) / 1000,
          unit: 's',
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  rows.push({ name: `first screen: 1-minute load average when these loads started (${loadavg()[0]!.toFixed(1)} when they ended)`, value: Number(load), unit: 'load' });
  return rows;
};

export default bench;
