import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/report-form/report-form.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { exitNavigation } from '../../../src/widgets/exit-button/navigation.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture, sleep, waitUntil } from '../../helpers/fixture.js';

/** One POST that reached the test endpoint (test/helpers/report-endpoint.mjs). */
export interface LoggedRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  fault: string | null;
}

/** A private mailbox on the test endpoint, so parallel tests never see each other's reports. */
export class TestEndpoint {
  readonly name = `rf${Math.random().toString(36).slice(2, 12)}`;
  readonly url = `${location.origin}/__test/reports/${this.name}`;

  /** Makes the next POSTs fail, one fault each: "503", "500", "429", "drop", "slow:<ms>". */
  async faults(list: string[]): Promise<void> {
    const res = await fetch(`${this.url}/faults`, { method: 'PUT', body: JSON.stringify(list) });
    expect(res.status).to.equal(204);
  }

  async log(): Promise<LoggedRequest[]> {
    return (await fetch(`${this.url}/log`)).json() as Promise<LoggedRequest[]>;
  }
}

/** Every request the dev server saw whose URL or headers contain `needle`, and every request with a body. */
export async function requestsMentioning(needle: string): Promise<{ hits: unknown[]; withBody: string[] }> {
  const res = await fetch('/__test/requests/search', { method: 'POST', body: needle });
  return res.json() as Promise<{ hits: unknown[]; withBody: string[] }>;
}

/** Puts a form on the page that sends to `endpoint`, with fast retries. */
export async function mountForm(endpoint: TestEndpoint | undefined, attributes = '', inner = ''): Promise<SafeReportForm> {
  const endpointAttribute = endpoint ? `endpoint="${endpoint.url}"` : '';
  const el = await fixture<SafeReportForm>(
    `<safe-report-form ${endpointAttribute} org-name="Hope Line" ${attributes.includes('country=') ? '' : 'country="KZ"'} ${attributes}>${inner}</safe-report-form>`,
  );
  el.deliveryOptions = { retries: 1, backoff: () => 0, timeout: 3000, deadline: 20000 };
  await el.updateComplete;
  // The form loads its later steps and its sending code after its first screen; these tests expect
  // them there (steps-late.test.ts presses "Continue", and sending-late.test.ts "Send report",
  // before they have arrived).
  await el.stepsReady;
  await el.sendingReady;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: SafeReportForm, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: SafeReportForm, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const heading = (el: SafeReportForm) => $(el, '[data-heading]')?.textContent?.trim() ?? '';
export const progress = (el: SafeReportForm) => $(el, '[part="progress"]')?.textContent?.trim() ?? '';
export const text = (el: SafeReportForm) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** The element that has focus, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Ticks the radio or checkbox whose label reads `label` (by clicking it, as a person would). */
export async function choose(el: SafeReportForm, label: string): Promise<void> {
  const choice = $$(el, 'label.choice').find((l) => l.textContent!.trim() === label);
  if (!choice) throw new Error(`No choice labelled "${label}"; found: ${$$(el, 'label.choice').map((l) => l.textContent!.trim()).join(' | ')}`);
  choice.querySelector('input')!.click();
  await el.updateComplete;
}

/** Types into a field as an input event would deliver it. */
export async function fill(el: SafeReportForm, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  if (!field) throw new Error(`No field #${id} on "${heading(el)}"`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function pressContinue(el: SafeReportForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="continue-button"]')!.click();
  await el.updateComplete;
}

export async function pressBack(el: SafeReportForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
  await el.updateComplete;
}

export async function pressSend(el: SafeReportForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="send-button"]')!.click();
  await el.updateComplete;
}

/** Goes from the first step to "Check your report", writing `description` and answering nothing else. */
export async function writeShortReport(el: SafeReportForm, description: string): Promise<void> {
  await pressContinue(el); // danger
  await pressContinue(el); // role
  await fill(el, 'description', description);
  await pressContinue(el); // what
  await pressContinue(el); // signs
  await pressContinue(el); // where
  await pressContinue(el); // people
  await pressContinue(el); // contact
  expect(heading(el)).to.equal('Check your report');
}

/** Ticks consent on "Check your report" and sends. */
export async function agreeAndSend(el: SafeReportForm): Promise<void> {
  $<HTMLInputElement>(el, '#consent')!.click();
  await el.updateComplete;
  await pressSend(el);
}

export async function waitForView(el: SafeReportForm, headingText: string, timeout = 10000): Promise<void> {
  await waitUntil(() => heading(el) === headingText, `the heading reads "${headingText}" (now "${heading(el)}")`, timeout);
}

/** The tab's history length when this test page loaded: entries past it are this page's own. */
const historyLengthAtLoad = history.length;

/**
 * Goes back to the test page's own history entry, past the step entries an earlier test's form
 * added, so that each test starts as a fresh page would.
 */
export async function backToFirstEntry(): Promise<void> {
  // A Back the last test pressed may still be on its way: history.state changes when it lands.
  await sleep(100);
  // Never further back than this test page's own entries: the tab also holds the entries of the
  // test files that ran before it, and going into them would navigate the runner's page away.
  const n = Math.min((history.state as { safeReportStep?: number } | null)?.safeReportStep ?? 0, history.length - historyLengthAtLoad);
  if (n === 0) return;
  const done = new Promise((resolve) => window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }));
  history.go(-n);
  await done;
}

/**
 * Gives each test of the surrounding `describe` the page a fresh visit would: before it, a new
 * endpoint of its own, the exit button's navigation switched off (a quick exit would take the
 * runner's page away), the page in English and at its first history entry; after it, the elements
 * removed, navigation back, English again, and no Back still under way when the next test starts.
 * With `resetViewport`, the window is also put back to 800 × 600 for files whose tests resize it.
 */
export function freshFormPage(options: { resetViewport?: boolean } = {}): { readonly endpoint: TestEndpoint } {
  const realReplace = exitNavigation.replace;
  let endpoint: TestEndpoint | undefined;
  beforeEach(async () => {
    endpoint = new TestEndpoint();
    exitNavigation.replace = () => undefined;
    document.documentElement.lang = 'en';
    await useLocale('en');
    await backToFirstEntry();
  });
  afterEach(async () => {
    exitNavigation.replace = realReplace;
    cleanup();
    if (options.resetViewport) await setViewport({ width: 800, height: 600 });
    document.documentElement.lang = 'en';
    await useLocale('en');
    await backToFirstEntry();
  });
  return {
    get endpoint() {
      if (!endpoint) throw new Error('freshFormPage().endpoint is read inside a test, not while describing');
      return endpoint;
    },
  };
}
