import { expect } from 'chai';
import '../../../src/widgets/index.js';
import type { SafeReportForm } from '../../../src/widgets/index.js';
import { fixture, waitUntil } from '../../helpers/fixture.js';
import { onPhoneIn, settled } from './support.js';
import { backToFirstEntry } from '../report-form/helpers.js';
import type { SafeLocale } from './support.js';

// Walks the report form as a person would, for the layout tests of each of its screens.

const box = () => `rfl${Math.random().toString(36).slice(2, 12)}`;

export async function mountForm(locale: SafeLocale, failing: boolean): Promise<SafeReportForm> {
  // The last form may still be taking its steps out of history (after a send): start from the page's entry.
  await backToFirstEntry();
  await onPhoneIn(locale);
  const name = box();
  const url = `${location.origin}/__test/reports/${name}`;
  if (failing) await fetch(`${url}/faults`, { method: 'PUT', body: JSON.stringify(['503', '503', '503']) });
  const el = await fixture<SafeReportForm>(`<safe-report-form endpoint="${url}" org-name="Hope Line" country="KZ" telegram="hope_line" email="help@example.org"></safe-report-form>`);
  el.deliveryOptions = { retries: 0, backoff: () => 0, timeout: 3000, deadline: 5000 };
  await el.updateComplete;
  return el;
}

export const root = (el: SafeReportForm) => el.shadowRoot!;
export const heading = (el: SafeReportForm) => root(el).querySelector('[data-heading]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const part = (el: SafeReportForm, name: string) => root(el).querySelector<HTMLButtonElement>(`[part="${name}"]`);

/** Answers the current step: the choice that shows more, two ticks, words in every box. */
async function answer(el: SafeReportForm): Promise<void> {
  const preferred: Record<string, string> = { dangerNow: 'unknown', contactMode: 'contact', channel: 'telegram', leaveMessage: 'no' };
  const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => !r.closest('[hidden]'));
  for (const name of new Set(radios.map((r) => r.name))) {
    const group = radios.filter((r) => r.name === name);
    // The contact question's radios carry no value: "Yes, it is safe to contact me" is the last.
    const wanted = group.find((r) => r.value === preferred[name]) ?? (name === 'contactMode' ? group[group.length - 1] : undefined);
    if (wanted) {
      if (!wanted.checked) wanted.click();
    } else if (!group.some((r) => r.checked)) group[0]!.click();
    await el.updateComplete;
  }
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    .filter((b) => b.id !== 'consent' && !b.checked)
    .slice(0, 2)
    .forEach((b) => b.click());
  const words: Record<string, string> = {
    description: 'Нам обещали работу на стройке. Паспорта забрали в первый день, зарплату не платят третий месяц.',
    'people-count': '12',
    address: '@safe_contact_42',
  };
  for (const field of root(el).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea')) {
    if (field.value || field.closest('[hidden]')) continue;
    field.value = words[field.id] ?? 'Алматы';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const country = root(el).querySelector<HTMLSelectElement>('select#country');
  if (country && !country.value) {
    country.value = 'KZ';
    country.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

async function next(el: SafeReportForm): Promise<void> {
  const before = heading(el);
  part(el, 'continue-button')!.click();
  await waitUntil(() => heading(el) !== before, `the form leaves "${before}"`, 3000);
  await settled();
}

export async function toCheckPage(el: SafeReportForm, each?: (step: number) => Promise<void>): Promise<void> {
  for (let step = 1; !part(el, 'send-button'); step++) {
    expect(step, 'the form reaches "Check your report" within 10 steps').to.be.below(10);
    // Twice: an answer can open more questions (contact details after "Yes, it is safe").
    await answer(el);
    await answer(el);
    await each?.(step);
    await next(el);
  }
}

export async function send(el: SafeReportForm): Promise<void> {
  root(el).querySelector<HTMLInputElement>('#consent')!.click();
  await el.updateComplete;
  const before = heading(el);
  part(el, 'send-button')!.click();
  await waitUntil(() => heading(el) !== before && !part(el, 'send-button') && !root(el).querySelector('[role="status"] [data-heading]'), 'the form has sent or failed', 15000);
  // Once sent, the form takes its steps out of history; let that land before the next page or test.
  if (part(el, 'receipt')) await waitUntil(() => history.state === null, 'history is back at the page’s entry', 3000);
  await settled();
}

