// `npm run shots`: pictures of every screen as a person sees it, to look at before a screen is called
// done. Every Storybook story and the demo page at 320, 360 and 1280 px in the eight locales, a walk
// through the report form (each step, "Check your report", the receipt with the follow-up code, the
// follow-up view with a case worker's reply and an answer, and the failure screen) and
// the offer check's result, as PNG files in .cache/shots/ with an index.html that shows them in order.
//   npm run shots                       build, then shoot everything
//   npm run shots -- --no-build         reuse dist/ and dist/storybook
//   npm run shots -- --only=report,offer --locales=kk,tg --widths=320   (refreshes only those groups)
//   npm run shots -- --no-build --only=stories --stories=hotline,exit   (only those story files)
//   npm run shots -- --no-build --only=first-screen --locales=kk,tg,ru --widths=320
//   npm run shots -- --index            rewrite index.html from the PNGs already there
// Groups: stories, demo, report, offer, first-screen (the finder's static first screen, with the
// finder's chunk held back, then the finder's own that replaces it; both heights in heights.json,
// and in jumps.json where each call link was before and after the hand-over, with the page at the
// top and scrolled to the first line). Debian's Chromium only; nothing is downloaded.
import { spawn, execFileSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { decryptReport, encryptReply } from '../src/sdk/index.js';
import type { EncryptedReport } from '../src/sdk/index.js';
import { openReportStore } from '../src/server/index.js';
import type { ReportStore } from '../src/server/index.js';

const allLocales = ['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk'];
const allWidths = [320, 360, 1280];
const allGroups = ['stories', 'demo', 'report', 'offer', 'first-screen'] as const;
type Group = (typeof allGroups)[number];

const out = '.cache/shots';
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',');
const locales = option('locales') ?? allLocales;
const widths = (option('widths') ?? allWidths.map(String)).map(Number);
const groups = (option('only') ?? [...allGroups]) as Group[];
// Story titles to shoot, by part of their name ("hotline", "exit"); all when not given.
const storyFilter = option('stories');
const parallel = 2;

// An offer with the signs the issue's screens must explain: free visa, passport kept, pay up front.
const riskyOffer = [
  'Срочно! Работа в Дубае для девушек 18-25 лет, хостес в ресторане, зарплата 3000$ в месяц.',
  'Виза и билет бесплатно, жильё даём. Опыт и знание языка не нужны.',
  'Паспорт отдать менеджеру по приезду для оформления. Оплата за оформление 500$ заранее.',
  'Пишите только в Telegram @dubai_job_fast или WhatsApp +971 50 123 4567.',
].join('\n');

let shots = 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function startDemo(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('safe-migration-kit demo:')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the demo server stopped (${code}): ${seen}`)));
  });
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Lets Lit finish rendering every element on the page, including ones inside shadow roots. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
    for (let i = 0; i < 3; i++) {
      await Promise.all(all(document).map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
}

async function shoot(page: Page, file: string, selector?: string): Promise<void> {
  const path = join(out, file);
  mkdirSync(dirname(path), { recursive: true });
  await settle(page);
  const element = selector ? await page.$(selector) : null;
  if (element) await element.screenshot({ path: path as `${string}.png` });
  else await page.screenshot({ path: path as `${string}.png`, fullPage: true });
  shots++;
}

async function setLocale(page: Page, locale: string): Promise<void> {
  await page.select('#page-lang', locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, {}, locale);
  await settle(page);
}

/** The report form's heading, as the person reads it. */
const heading = (page: Page) =>
  page.$eval('#demo-report', (form) => form.shadowRoot?.querySelector('[data-heading]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/**
 * Answers the form's current step as a person would: a choice in every group (the one that shows
 * more, where there is one), two ticks, and words in every empty box.
 */
async function answerStep(page: Page, anonymous: boolean): Promise<void> {
  await page.$eval(
    '#demo-report',
    (form, anonymous) => {
      const root = form.shadowRoot!;
      const preferred: Record<string, string> = { dangerNow: 'unknown', contactMode: anonymous ? 'anonymous' : 'contact', leaveMessage: 'no' };
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => !r.closest('[hidden]'));
      for (const name of new Set(radios.map((r) => r.name))) {
        const group = radios.filter((r) => r.name === name);
        // The contact question's radios carry no value: "Yes, it is safe to contact me" is the last.
        const wanted =
          group.find((r) => r.value === preferred[name]) ??
          (name === 'contactMode' ? group[anonymous ? 0 : group.length - 1] : undefined) ??
          group.find((r) => r.value === 'telegram');
        if (wanted) {
          if (!wanted.checked) wanted.click();
        } else if (!group.some((r) => r.checked)) group[0]!.click();
      }
      const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((b) => b.id !== 'consent' && !b.checked);
      boxes.slice(0, 2).forEach((b) => b.click());
      const words: Record<string, string> = {
        description: 'Нам обещали работу на стройке в Москве. Паспорта забрали в первый день, зарплату не платят третий месяц, выходить не разрешают.',
        city: 'Москва',
        'place-details': 'Стройка у рынка «Садовод»',
        'when-text': 'С марта',
        'people-count': '12',
        address: '@safe_contact_42',
        'safe-times': 'После 20:00',
        'code-word': 'Алма',
      };
      for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], input:not([type]), textarea')) {
        if (field.value || field.closest('[hidden]')) continue;
        field.value = words[field.id] ?? 'Алматы';
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      for (const select of root.querySelectorAll<HTMLSelectElement>('select')) {
        if (select.value || select.id === 'emergency-country' || select.options.length < 2) continue;
        select.value = [...select.options].find((o) => o.value === 'RU')?.value ?? select.options[1]!.value;
        select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }
    },
    anonymous,
  );
  await settle(page);
}

const click = (page: Page, part: string) =>
  page.$eval('#demo-report', (form, part) => form.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)?.click(), part);
const hasPart = (page: Page, part: string) => page.$eval('#demo-report', (form, part) => !!form.shadowRoot!.querySelector(`[part="${part}"]`), part);

async function waitForHeadingChange(page: Page, from: string, timeout = 30000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const now = await heading(page);
    if (now && now !== from) return now;
    if (Date.now() - start > timeout) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Steps named by their first question's field, so a file name says which step it is in any language.
const stepNames: Record<string, string> = {
  dangerNow: 'danger',
  reporterRole: 'who',
  description: 'what-happened',
  checkbox: 'signs',
  country: 'where-and-when',
  'people-count': 'people',
  contactMode: 'contact',
};
const stepName = (page: Page) =>
  page.$eval('#demo-report', (form) => {
    const field = form.shadowRoot!.querySelector<HTMLInputElement>('form input, form textarea, form select, input, textarea, select');
    return field ? field.name || field.id || field.type : 'step';
  });

/** Walks the report form from the first question to the receipt (or, with `fail`, the failure screen). */
async function walkReport(page: Page, origin: string, locale: string, width: number, fail: boolean): Promise<void> {
  await page.setViewport({ width, height: 800 });
  await page.goto(`${origin}/docs/demo/`, { waitUntil: 'networkidle0' });
  await setLocale(page, locale);
  if (fail) {
    await page.$eval('#demo-report', (form) => {
      (form as HTMLElement & { deliveryOptions: unknown }).deliveryOptions = { retries: 0, backoff: () => 0, timeout: 2000, deadline: 4000 };
    });
  }
  await page.$eval('#demo-report', (form) => form.scrollIntoView());
  const dir = `report-form/${locale}/${width}`;
  let n = 1;
  const name = (what: string) => `${dir}/${String(n++).padStart(2, '0')}-${what}.png`;
  let anonymous = false;
  for (let step = 0; step < 12 && !(await hasPart(page, 'send-button')); step++) {
    const before = await heading(page);
    // Twice: an answer can open more questions (contact details after "Yes, it is safe").
    await answerStep(page, anonymous);
    await answerStep(page, anonymous);
    const key = await stepName(page);
    if (!fail) await shoot(page, name(stepNames[key] ?? `step-${slug(key)}`), '#demo-report');
    await click(page, 'continue-button');
    const after = await waitForHeadingChange(page, before, 1500);
    if (after === before) {
      // The step refused the answers: show what the person sees, then take the plainest way on.
      if (!fail) await shoot(page, name(`${stepNames[key] ?? 'step'}-refused`), '#demo-report');
      anonymous = true;
      await answerStep(page, anonymous);
      await click(page, 'continue-button');
      await waitForHeadingChange(page, before, 1500);
    }
  }
  const check = await heading(page);
  if (!fail) await shoot(page, name('check-answers'), '#demo-report');
  await page.$eval('#demo-report', (form) => form.shadowRoot!.querySelector<HTMLInputElement>('#consent')?.click());
  if (fail) {
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url().endsWith('/reports') && request.method() === 'POST' ? request.abort('connectionrefused') : request.continue()));
  }
  await click(page, 'send-button');
  await waitForHeadingChange(page, check);
  // Past "Sending…" (a status region) to the receipt or the failure screen.
  await page.waitForFunction(() => !document.querySelector('#demo-report')?.shadowRoot?.querySelector('[role="status"] [data-heading]'), { timeout: 30000 });
  await shoot(page, fail ? `${dir}/99-failed.png` : name('sent'), '#demo-report');
  if (!fail) await followUp(page, dir, name);
}

const caseWorkerReply = 'Мы получили ваше сообщение. Вам безопасно позвонить нам вечером: номер горячей линии есть на этой странице.';
let demoStore: Promise<ReportStore> | undefined;

/**
 * A case worker's reply to the report just sent, written into the demo's database as the inbox page
 * would send it: encrypted with the reply key found in the report, opened with the demo's private key.
 */
async function replyAsCaseWorker(receipt: string): Promise<void> {
  demoStore ??= openReportStore('.cache/demo/reports.sqlite');
  const db = await demoStore;
  const row = await db.report(receipt);
  if (!row) throw new Error(`no report ${receipt} in the demo database`);
  const report = await decryptReport(JSON.parse(row.body) as EncryptedReport, JSON.parse(readFileSync('.cache/demo/private.jwk', 'utf8')) as JsonWebKey);
  const reply = await encryptReply(caseWorkerReply, report.followUp!.replyKey);
  await db.followUp.add(receipt, { from: 'organisation', author: 'demo', kind: 'encrypted', body: JSON.stringify(reply) });
}

/** From the receipt to the follow-up view: empty, with the case worker's reply, and after an answer. */
async function followUp(page: Page, dir: string, name: (what: string) => string): Promise<void> {
  const read = (selector: string) => page.$eval('#demo-report', (form, selector) => form.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '', selector);
  const code = await read('[part="follow-up-code"]');
  if (!code) return;
  await replyAsCaseWorker(await read('[part="receipt"]'));
  await page.$eval('#demo-report', (form) => [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button.secondary')].at(-1)!.click());
  await page.waitForFunction(() => !!document.querySelector('#demo-report')?.shadowRoot?.querySelector('[part="follow-up-link"]'));
  await click(page, 'follow-up-link');
  await settle(page);
  await shoot(page, name('follow-up'), '#demo-report');
  const type = (id: string, value: string) =>
    page.$eval(
      '#demo-report',
      (form, id, value) => {
        const field = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      },
      id,
      value,
    );
  await type('follow-up-code', code.toLowerCase());
  await click(page, 'follow-up-show-button');
  await page.waitForFunction(() => !!document.querySelector('#demo-report')?.shadowRoot?.querySelector('[part="follow-up-messages"]'), { timeout: 30000 });
  await shoot(page, name('follow-up-replies'), '#demo-report');
  await type('follow-up-answer', 'Спасибо. Я позвоню в четверг после девяти.');
  await click(page, 'follow-up-send-button');
  // The demo receiver limits follow-up requests to six a minute per address, as a real one does, and
  // every locale's reporter here comes from one address: from the second locale on, the answer is
  // refused for a while, kept, and sent again after Retry-After (18 and 30 s were seen).
  await page.waitForFunction(() => (document.querySelector('#demo-report')?.shadowRoot?.querySelectorAll('[part="follow-up-messages"] li').length ?? 0) >= 2, { timeout: 90000 });
  await shoot(page, name('follow-up-answered'), '#demo-report');
}

async function offerCheck(page: Page, origin: string, locale: string, width: number): Promise<void> {
  await page.setViewport({ width, height: 800 });
  await page.goto(`${origin}/docs/demo/`, { waitUntil: 'networkidle0' });
  await setLocale(page, locale);
  const dir = `offer-check/${locale}/${width}`;
  await page.$eval(
    'safe-offer-check',
    (el, text) => {
      const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="textarea"]')!;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    riskyOffer,
  );
  await shoot(page, `${dir}/01-pasted.png`, 'safe-offer-check');
  await page.$eval('safe-offer-check', (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="check-button"]')!.click());
  await page.waitForFunction(() => !!document.querySelector('safe-offer-check')?.shadowRoot?.querySelector('[part~="result"]'), { timeout: 15000 });
  await shoot(page, `${dir}/02-result.png`, 'safe-offer-check');
}

async function demo(page: Page, origin: string, locale: string): Promise<void> {
  await page.setViewport({ width: widths[0]!, height: 800 });
  await page.goto(`${origin}/docs/demo/`, { waitUntil: 'networkidle0' });
  await setLocale(page, locale);
  for (const width of widths) {
    await page.setViewport({ width, height: 800 });
    await shoot(page, `demo/${locale}/${width}.png`);
  }
}

/**
 * A page as the demo embeds the finder, in `locale`: one module script and the element, with the
 * page's own text below it (so that the page can be scrolled to the lines at every width).
 */
const firstScreenPage = (locale: string) => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>first screen</title><script type="module" src="/dist/cdn/safe-migration-kit.js"></script></head>
<body><safe-hotline-finder country="KZ" need="trafficking" limit="3"></safe-hotline-finder><div id="page-below" style="block-size:1600px"></div></body></html>`;

/** The heights of the static first screen and of the finder's own, per shot, for `first-screen/heights.json`. */
const firstScreenHeights: Record<string, { static: number; own: number }> = {};

/** Where one link to call was on the static screen and where the finder's own link to the same address is after the hand-over (viewport px). */
interface LinkJump {
  href: string;
  /** `emergency` or `line <n>`. */
  where: string;
  before: { top: number; left: number };
  after: { top: number; left: number } | null;
}

/** For each shot and each way the page stood (`top`: not scrolled; `scrolled`: the first line at the top of the window), the jumps, for `first-screen/jumps.json`. */
const firstScreenJumps: Record<string, Record<string, { scrollY: [number, number]; links: LinkJump[] }>> = {};

/** Each call link of the finder (static or own) with its place, the same address's n-th link matched to the n-th. */
const callLinks = (page: Page) =>
  page.$eval('safe-hotline-finder', (el) => {
    const root = el.shadowRoot!;
    const seen = new Map<string, number>();
    return [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => {
      const href = a.getAttribute('href')!;
      const n = (seen.get(href) ?? 0) + 1;
      seen.set(href, n);
      const line = a.closest('[part="result"]');
      const box = a.getBoundingClientRect();
      return {
        key: `${href}#${n}`,
        href,
        where: line ? `line ${[...root.querySelectorAll('[part="result"]')].indexOf(line) + 1}` : 'emergency',
        top: Math.round(box.top * 10) / 10,
        left: Math.round(box.left * 10) / 10,
      };
    });
  });

/**
 * The finder's static first screen (src/widgets/hotline-finder/first-screen.ts) as the loader paints
 * it, the finder's chunk held back on the network, then the finder's own first screen that replaces
 * it; and where each call link was before and after the hand-over, with the page not scrolled
 * (`top`) and scrolled to the first line (`scrolled`: the shots are of the first).
 */
async function firstScreen(page: Page, origin: string, locale: string, width: number, scrolled = false): Promise<void> {
  await page.setViewport({ width, height: 800 });
  const held: { continue(): Promise<void> }[] = [];
  let holding = true;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url().endsWith('/first-screen-shot.html')) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: firstScreenPage(locale) });
    else if (holding && /\/chunks\/hotline-finder-[\w-]{8}\.js$/.test(request.url())) held.push(request);
    else void request.continue();
  });
  await page.goto(`${origin}/first-screen-shot.html`, { waitUntil: 'domcontentloaded' });
  const finder = 'safe-hotline-finder';
  await page.waitForFunction(() => !!document.querySelector('safe-hotline-finder')?.shadowRoot?.querySelector('[data-safe-first-screen]'), { timeout: 30000 });
  const height = () => page.$eval(finder, (el) => Math.round(el.getBoundingClientRect().height));
  const painted = await height();
  if (!scrolled) await shoot(page, `first-screen/${locale}/${width}-1-static.png`, finder);
  // As the person left it: at the top, or with the first line at the top of the window.
  await settle(page);
  await page.$eval(finder, (el, scrolled) => {
    const line = el.shadowRoot!.querySelector('[part="result"]');
    window.scrollTo(0, scrolled && line ? window.scrollY + line.getBoundingClientRect().top : 0);
  }, scrolled);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const before = await callLinks(page);
  holding = false;
  await Promise.all(held.splice(0).map((request) => request.continue()));
  await page.waitForFunction(() => {
    const root = document.querySelector('safe-hotline-finder')?.shadowRoot;
    return !!root && !root.querySelector('[data-safe-first-screen]') && !!root.querySelector('a[href^="tel:"]');
  }, { timeout: 30000 });
  await settle(page);
  const scrollAfter = await page.evaluate(() => window.scrollY);
  const after = new Map((await callLinks(page)).map((link) => [link.key, link]));
  (firstScreenJumps[`${locale}/${width}`] ??= {})[scrolled ? 'scrolled' : 'top'] = {
    scrollY: [scrollBefore, scrollAfter],
    links: before.map(({ key, href, where, top, left }) => {
      const own = after.get(key);
      return { href, where, before: { top, left }, after: own ? { top: own.top, left: own.left } : null };
    }),
  };
  if (scrolled) return;
  await shoot(page, `first-screen/${locale}/${width}-2-finder.png`, finder);
  firstScreenHeights[`${locale}/${width}`] = { static: painted, own: await height() };
}

/** One line per shot: how far the first line's call link and the furthest link moved, and the scroll. */
function jumpSummary(): string[] {
  return Object.entries(firstScreenJumps).flatMap(([shot, ways]) =>
    Object.entries(ways).map(([way, { scrollY, links }]) => {
      const moved = (link: LinkJump) => (link.after ? Math.round(link.after.top - link.before.top) : NaN);
      const first = links.find((link) => link.where === 'line 1');
      const most = links.reduce<LinkJump | undefined>((m, link) => (!m || Math.abs(moved(link)) > Math.abs(moved(m)) ? link : m), undefined);
      return `${shot} ${way}: line 1 ${first ? `${first.before.top} -> ${first.after?.top} (${moved(first)})` : 'none'}, most ${most ? `${most.where} ${moved(most)}` : 'none'}, scrollY ${scrollY.join(' -> ')}`;
    }),
  );
}

interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: string;
}

async function story(page: Page, origin: string, entry: StoryEntry, index: number, locale: string): Promise<void> {
  await page.setViewport({ width: widths[0]!, height: 800 });
  const url = `${origin}/dist/storybook/iframe.html?id=${entry.id}&viewMode=story&globals=locale:${locale}`;
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForFunction((l) => document.documentElement.lang === l && !!document.querySelector('#storybook-root')?.children.length, { timeout: 15000 }, locale);
  await new Promise((r) => setTimeout(r, 300));
  for (const width of widths) {
    await page.setViewport({ width, height: 800 });
    const n = String(index + 1).padStart(2, '0');
    await shoot(page, `stories/${slug(entry.title)}/${locale}/${width}/${n}-${slug(entry.name)}.png`);
  }
}

async function runAll(browser: Browser, jobs: ((page: Page) => Promise<void>)[], label: string): Promise<void> {
  let next = 0;
  let done = 0;
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (;;) {
        const job = jobs[next++];
        if (!job) return;
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        // tsx keeps function names with a `__name` helper that the functions sent to the page call.
        await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
        try {
          await job(page);
        } catch (error) {
          failures.push(String(error instanceof Error ? error.message : error));
        } finally {
          await context.close();
        }
        done++;
        if (done % 10 === 0 || done === jobs.length) process.stdout.write(`  ${label}: ${done}/${jobs.length}\n`);
      }
    }),
  );
  for (const f of failures) console.error(`  ${label} failed: ${f}`);
}

/** Every PNG in the folder, from this run and earlier ones (a run with --only refreshes its groups). */
function onDisk(dir = out): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? onDisk(join(dir, e.name)) : e.name.endsWith('.png') ? [relative(out, join(dir, e.name))] : [],
  );
}

const groupDirs: Record<Group, string> = { report: 'report-form', offer: 'offer-check', demo: 'demo', stories: 'stories', 'first-screen': 'first-screen' };

function writeIndex(): void {
  const order: Group[] = ['report', 'offer', 'demo', 'first-screen', 'stories'];
  const names: Record<Group, string> = { report: 'Report form, step by step', offer: 'Offer check result', demo: 'Demo page', stories: 'Stories', 'first-screen': "The finder's static first screen, then its own" };
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const files = onDisk().map((file) => file.split(sep).join('/'));
  const groupOf = (file: string) => order.find((g) => file.startsWith(`${groupDirs[g]}/`));
  // Walk order: each locale in the project's order, each width from the phone up, each screen in turn.
  const rank = (file: string) => {
    const parts = file.replace(/\.png$/, '').split('/');
    const locale = parts.find((p) => allLocales.includes(p)) ?? '';
    return [allLocales.indexOf(locale), ...parts.map((p) => (/^\d+$/.test(p) ? p.padStart(5, '0') : p))].join('/');
  };
  const sections = order
    .map((g) => {
      const mine = files.filter((f) => groupOf(f) === g).sort((a, b) => {
        const [ga, gb] = [a.split('/').slice(0, g === 'stories' ? 2 : 1).join('/'), b.split('/').slice(0, g === 'stories' ? 2 : 1).join('/')];
        return ga.localeCompare(gb) || rank(a).localeCompare(rank(b), 'en', { numeric: true });
      });
      if (mine.length === 0) return '';
      const figures = mine
        .map((f) => `<figure><a href="${escape(f)}"><img loading="lazy" src="${escape(f)}" alt=""></a><figcaption><code>${escape(f)}</code></figcaption></figure>`)
        .join('\n');
      return `<section id="${g}"><h2>${names[g]} (${mine.length})</h2>\n${figures}</section>`;
    })
    .join('\n');
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>safe-migration-kit screens</title>
<style>body{font:14px system-ui;margin:1rem}figure{display:inline-block;vertical-align:top;margin:0 1rem 2rem 0;max-width:100%}
img{border:1px solid #999;max-width:100%}img[src*="/1280"]{width:640px}figcaption{max-width:420px}</style>
<h1>Screens (${files.length})</h1><p>${order.map((g) => `<a href="#${g}">${names[g]}</a>`).join(' · ')}</p>
${sections}</html>\n`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--index')) {
    writeIndex();
    console.log(`${out}/index.html rewritten`);
    return;
  }
  if (!process.argv.includes('--no-build') || !existsSync('dist/cdn') || (groups.includes('stories') && !existsSync('dist/storybook/index.json'))) {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (groups.includes('stories')) execFileSync('npm', ['run', 'build-storybook', '--silent'], { stdio: 'inherit' });
  }
  for (const group of groups) if (group !== 'stories' || !storyFilter) rmSync(join(out, groupDirs[group]), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const port = await freePort();
  const server = await startDemo(port);
  const origin = `http://127.0.0.1:${port}`;
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  const started = Date.now();
  try {
    if (groups.includes('report')) {
      const jobs = locales.flatMap((l) => widths.flatMap((w) => [(p: Page) => walkReport(p, origin, l, w, false), (p: Page) => walkReport(p, origin, l, w, true)]));
      await runAll(browser, jobs, 'report form');
    }
    if (groups.includes('offer')) await runAll(browser, locales.flatMap((l) => widths.map((w) => (p: Page) => offerCheck(p, origin, l, w))), 'offer check');
    if (groups.includes('demo')) await runAll(browser, locales.map((l) => (p: Page) => demo(p, origin, l)), 'demo');
    if (groups.includes('first-screen')) {
      const jobs = locales.flatMap((l) => widths.flatMap((w) => [(p: Page) => firstScreen(p, origin, l, w), (p: Page) => firstScreen(p, origin, l, w, true)]));
      await runAll(browser, jobs, 'first screen');
      writeFileSync(join(out, 'first-screen/heights.json'), `${JSON.stringify(firstScreenHeights, null, 1)}\n`);
      writeFileSync(join(out, 'first-screen/jumps.json'), `${JSON.stringify(firstScreenJumps, null, 1)}\n`);
      console.log('first screen heights (static / own, px):', Object.entries(firstScreenHeights).map(([k, v]) => `${k} ${v.static}/${v.own}`).join(', '));
      console.log(`call links at the hand-over (viewport top, px):\n  ${jumpSummary().join('\n  ')}`);
    }
    if (groups.includes('stories')) {
      const index = JSON.parse(readFileSync('dist/storybook/index.json', 'utf8')) as { entries: Record<string, StoryEntry> };
      const all = Object.values(index.entries).filter((e) => e.type === 'story');
      const entries = all.filter((e) => !storyFilter || storyFilter.some((f) => slug(e.title).includes(f)));
      for (const title of new Set(entries.map((e) => slug(e.title)))) rmSync(join(out, 'stories', title), { recursive: true, force: true });
      const numbered = entries.map((e) => ({ e, i: all.filter((o) => o.title === e.title).indexOf(e) }));
      await runAll(browser, numbered.flatMap(({ e, i }) => locales.map((l) => (p: Page) => story(p, origin, e, i, l))), 'stories');
    }
  } finally {
    await browser.close();
    await (await demoStore)?.close();
    server.kill('SIGINT');
  }
  writeIndex();
  console.log(`${shots} screens in ${((Date.now() - started) / 1000).toFixed(0)} s: ${out}/index.html`);
}

await main();
