/**
 * Prepares the offer-check rules in the page's idle time, once per page, so that a person's first
 * check does not freeze the page while hundreds of patterns compile (about half a second on a
 * slow phone). Each slice does at most what the idle period allows; a check started earlier
 * simply finishes what it needs itself.
 */
import { prepareOfferRules } from '../../sdk/offer-check/check.js';

/** The longest slice, in milliseconds, even when the browser offers a longer idle period. */
const MAX_SLICE_MS = 12;

let done: Promise<void> | undefined;

/** Starts preparing the rules when the page is idle; resolves when they are ready. Safe to call often. */
export function prepareRulesWhenIdle(): Promise<void> {
  done ??= new Promise<void>((resolve) => {
    const step = (deadline?: IdleDeadline): void => {
      const budget = deadline ? Math.max(1, Math.min(deadline.timeRemaining(), MAX_SLICE_MS)) : 8;
      if (prepareOfferRules(budget)) resolve();
      else schedule();
    };
    const schedule = (): void => {
      // requestIdleCallback is missing in Safari; a timeout then leaves room for input and paint.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 2000 });
      else setTimeout(step, 16);
    };
    schedule();
  });
  return done;
}
