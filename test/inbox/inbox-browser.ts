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
import { totpCode } from '../server/inbox-helpers.js';
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

/** `origins`: other web origins allowed to send reports and follow-ups, such as a page with the report form. */
export async function startPageReceiver(inbox: { publicKey?: JsonWebKey } = {}, origins: readonly string[] = []): Promise<PageReceiver> {
  const pageDir = await inboxPageDir();
  const probe = await startTestReceiver({ port: 0 });
  const port = probe.port;
  await probe.dispose();
  const origin = `http://localhost:${port}`;
  const clock = { offset: 0, now: () => Date.now() + clock.offset };
  const r = await startTestReceiver({ port, ...(origins.length > 0 ? { origins } : {}), inbox: { origin, signInPerMinute: 1000, pageDir, now: () => clock.now(), ...inbox } });
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

/** Types `text` into a field of the inbox, replacing what was there. */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  const field = await page.waitForSelector(inInbox(selector), { timeout: 30_000 });
  await field!.click({ count: 3 });
  await field!.type(text);
}

/** Clicks an element of the inbox. */
export async function click(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(inInbox(selector), { timeout: 30_000 });
  await element!.click();
}

/** Clicks (from the keyboard) the enabled button whose text contains `text`. */
export async function clickButton(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t: string) => [...(document.querySelector('safe-inbox')?.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent?.includes(t) && !b.disabled),
    { timeout: 30_000 },
    text,
  );
  await page.evaluate((t: string) => {
    const button = [...document.querySelector('safe-inbox')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes(t) && !b.disabled)!;
    button.focus();
  }, text);
  // Pressed from the keyboard, as a worker without a mouse would.
  await page.keyboard.press('Enter');
}

/** Waits until the inbox shows `text`. */
export async function waitForText(page: Page, text: string): Promise<void> {
  try {
    await page.waitForFunction(
      (t: string) => ((document.querySelector('safe-inbox')?.shadowRoot?.querySelector('.page') as HTMLElement | null)?.innerText ?? '').includes(t),
      { timeout: 30_000 },
      text,
    );
  } catch (error) {
    throw new Error(`"${text}" did not appear; the page shows:\n${await inboxText(page)}`, { cause: error });
  }
}

/**
 * Enrols `name` in `page` with a password and an authenticator code, and waits for the reports list
 * (`heading` in the page's language). Returns the authenticator's secret, for signing in again.
 */
export async function enrolWithPassword(page: Page, r: PageReceiver, name: string, password: string, heading = 'Reports'): Promise<string> {
  const token = await r.addStaff(name);
  await page.goto(`${r.origin}/inbox/#enrol=${token}`);
  await waitForHeading(page, new RegExp(name));
  const secret = await page.$eval(inInbox('#totp-secret'), (input) => (input as HTMLInputElement).value);
  await fill(page, '#new-password', password);
  await fill(page, '#new-code', totpCode(secret, r.clock.now()));
  await page.keyboard.press('Enter');
  await waitForHeading(page, heading);
  return secret;
}
