import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import { labelledOffers } from '../../fixtures/offers/index.js';
import type { LabelledOffer } from '../../fixtures/offers/index.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

/** An offer of the labelled set, by id. */
export function offer(id: string): LabelledOffer {
  const found = labelledOffers.find((o) => o.id === id);
  if (!found) throw new Error(`no offer ${id} in test/fixtures/offers`);
  return found;
}

/** Offers the engine rates at their labelled level, one per level and language used here. */
export const offers = {
  en: { high: offer('en-high-dubai-hostess'), medium: offer('en-medium-uk-farm-cash'), low: offer('en-low-almaty-sales') },
  ru: { high: offer('ru-high-podmoskovye-brigade'), medium: offer('ru-medium-poland-agency-fee'), low: offer('ru-low-tashkent-accountant') },
} as const;

export const shadow = (el: SafeOfferBadge) => el.shadowRoot!;
export const badgeButton = (el: SafeOfferBadge) => shadow(el).querySelector<HTMLButtonElement>('[part="badge"]')!;
export const dialog = (el: SafeOfferBadge) => shadow(el).querySelector('dialog')!;
export const visibleLabel = (el: SafeOfferBadge) => shadow(el).querySelector('[part="label"]')?.textContent?.trim();

/** Waits until the badge has a result (its `level` attribute is set). */
export async function checked(el: SafeOfferBadge, message = 'the badge has checked its offer'): Promise<void> {
  await until(() => el.hasAttribute('level'), message);
  await el.updateComplete;
}

/** Opens the explanation as a person would (a click on the badge) and waits until it shows. */
export async function openExplanation(el: SafeOfferBadge): Promise<void> {
  badgeButton(el).click();
  await until(() => dialog(el).open && !!shadow(el).querySelector('[part="title"]'), 'the explanation is open');
}

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** Yields one task: unlike a timer, not slowed to once a second when the test page is hidden. */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/**
 * Waits until `check` returns true, a task at a time, or fails after `timeout` ms. The test runner
 * hides all but one of the pages it runs at once, and a hidden page runs timers once a second.
 */
export async function until(check: () => boolean, message: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting until ${message}`);
    await nextTask();
  }
}

/** The text of `element` that assistive technology gets: not aria-hidden, not visibility: hidden. */
export function exposedText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('[aria-hidden="true"]') || getComputedStyle(parent).visibility === 'hidden') continue;
    text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

export async function mountWithText(text: string, attributes = ''): Promise<SafeOfferBadge> {
  const el = await fixture<SafeOfferBadge>(`<safe-offer-badge ${attributes}></safe-offer-badge>`);
  el.text = text;
  await checked(el);
  return el;
}

/** Every test starts and ends in English, with its badges removed from the page. */
export function inEnglishEachTest(): void {
  const english = async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  };
  beforeEach(english);
  afterEach(async () => {
    cleanup();
    await english();
  });
}
