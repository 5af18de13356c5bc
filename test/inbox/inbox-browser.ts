// Shared by the inbox page's Chromium tests: a real receiver on a temporary SQLite file serving the
// page built from the sources at http://localhost:PORT/inbox/ (passkeys need a host name, and
// localhost is a secure context over plain http), a clock the test moves, and Chromium through
// puppeteer-core with every request the page makes recorded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { hashToken, newToken } from '../../src/server/staff-store.js';
import { startTestReceiver } from '../server/helpers.js';
import type { TestReceiver } from '../server/helpers.js';
import { inboxPageDir } from './page-build.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageReceiver extends TestReceiver {
  origin: string;
  clock: { offset: number; now(): number };
  browser: Browser;
  /** Every request any page made (data: URLs aside): method, URL and body. */
  requests: { method: string; url: string; body: string }[];
  /** Console messages of the pages (CSP violations show up here). */
  consoleLines: string[];
  addStaff(name: string): Promise<string>;
  newPage(options?: { languages?: string[]; width?: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startPageReceiver(inbox: { publicKey?: JsonWebKey } = {}): Promise<PageReceiver> {
  const pageDir = await inboxPageDir();
  const probe = await startTestReceiver({ port: 0 });
  const port = probe.port;
  await probe.dispose();
  const origin = `http://localhost:${port}`;
  const clock = { offset: 0, now: () => Date.now() + clock.offset };
  const r = await startTestReceiver({ port, inbox: { origin, signInPerMinute: 1000, pageDir, now: () => clock.now(), ...inbox } });
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  const requests: PageReceiver['requests'] = [];
  const consoleLines: string[] = [];
  return {
    ...r,
    origin,
    clock,
    browser,
    requests,
    consoleLines,
    addStaff: async (name) => {
      const token = newToken();
      await r.db.staff.add(name, hashToken(token), clock.now() + 3_600_000);
      return token;
    },
    newPage: async ({ languages, width = 1280 } = {}) => {
      // Each page in a context of its own: no cookie or IndexedDB from another page.
      const page = await (await browser.createBrowserContext()).newPage();
      await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
      await page.setViewport({ width, height: 900 });
      page.on('request', (request: HTTPRequest) => {
        // A data: URL (the QR code's image) is made in the page; it is not a request to anyone.
        if (!request.url().startsWith('data:')) requests.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' });
      });
      page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => consoleLines.push(`pageerror: ${String(error)}`));
      if (languages) {
        // DevTools scripts run whatever the page's policy says; the page itself gets no inline script.
        // A string, not a function: tsx would wrap a function in a __name() helper the page lacks.
        const list = JSON.stringify(languages);
        await page.evaluateOnNewDocument(
          `Object.defineProperty(navigator, 'languages', { get: () => ${list} }); Object.defineProperty(navigator, 'language', { get: () => ${list}[0] });`,
        );
      }
      return page;
    },
    close: async () => {
      await browser.close();
      await r.dispose();
    },
  };
}

/** An element in the inbox's shadow root. */
export function inInbox(selector: string): string {
  return `safe-inbox >>> ${selector}`;
}

/** Waits until the inbox's main heading reads `text`. */
export async function waitForHeading(page: Page, text: string | RegExp): Promise<void> {
  await waitForHeadingOrThrow(page, text).catch(async (error: unknown) => {
    throw new Error(`the heading "${String(text)}" did not appear; the page shows:\n${await inboxText(page)}`, { cause: error });
  });
}

async function waitForHeadingOrThrow(page: Page, text: string | RegExp): Promise<void> {
  await page.waitForFunction(
    (wanted: string, isPattern: boolean) => {
      const h1 = document.querySelector('safe-inbox')?.shadowRoot?.querySelector('h1');
      // A receipt in a heading keeps its groups together with no-break spaces.
      const got = h1?.textContent?.trim().replace(/\u00a0/g, ' ') ?? '';
      return isPattern ? new RegExp(wanted).test(got) : got === wanted;
    },
    { timeout: 30_000 },
    typeof text === 'string' ? text : text.source,
    typeof text !== 'string',
  );
}

/** The text of the inbox's shadow root, as shown. */
export function inboxText(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('safe-inbox')?.shadowRoot?.querySelector('.page') as HTMLElement | null)?.innerText ?? '');
}

/** Runs axe-core (WCAG 2.2 A and AA and best practices) on the whole page; returns the violations as lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
