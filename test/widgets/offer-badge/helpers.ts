import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import { labelledOffers } from '../../fixtures/offers/index.js';
import type { LabelledOffer } from '../../fixtures/offers/index.js';
import { waitUntil } from '../../helpers/fixture.js';

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
  await waitUntil(() => el.hasAttribute('level'), message, 5000);
  await el.updateComplete;
}

/** Opens the explanation as a person would (a click on the badge) and waits until it shows. */
export async function openExplanation(el: SafeOfferBadge): Promise<void> {
  badgeButton(el).click();
  await waitUntil(() => dialog(el).open && !!shadow(el).querySelector('[part="title"]'), 'the explanation is open');
}
