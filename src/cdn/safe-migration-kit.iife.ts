// The all-in-one script for sites that cannot use modules: `<script src=".../safe-migration-kit.iife.js">`.
// It defines every element at once and exposes the SDK as `window.SafeMigrationKit`. The
// translations, the hotline data and the offer-check engine with its rules are not in it: it
// fetches them from its own folder when they are needed (src/cdn/iife-parts.ts), so the SDK's
// functions that need them wait for `ready()`.
import '../widgets/index.js';
import { hotlineData } from '../data/hotlines.js';
import { SafeError } from '../sdk/errors.js';
import * as hotlines from '../sdk/hotlines/bundled.js';
import * as offers from '../sdk/offer-check/check.js';
import * as compiler from '../sdk/offer-check/compile.js';
import { OfferCheckError } from '../sdk/offer-check/errors.js';
import type { CheckOfferOptions, OfferItem } from '../sdk/offer-check/check.js';
import type { OfferRuleSet } from '../sdk/offer-check/rule-schema.js';
import { loadHotlineData, loadOfferEngine } from './iife-data.js';

export * from '../sdk/index.js';

// The engine part takes these classes from here rather than bundling copies (scripts/iife-parts.mjs).
(globalThis as Record<symbol, unknown>)[Symbol.for('safe-migration-kit.shared')] = Object.freeze({ SafeError, OfferCheckError });

let loading: Promise<void> | undefined;

/**
 * Fetches the offer-check engine with its rules and the whole bundled hotline data from the IIFE's
 * folder, once; resolves when the SDK's functions that read them can be used: `checkOffer`,
 * `checkOffers`, `compileOfferRules`, `bundledOfferRules`, `prepareOfferRules`, `offerRuleSet`,
 * `offerFlagIds`, `offerReassuranceIds`, `bundledHotlineData`, `bundledHotlineDirectory`,
 * `emergencyNumbersFor` and `countriesWithEmergencyNumbers`. Only the IIFE has it: the npm package
 * and the module build bundle that data. A failed fetch rejects, and the next call tries again.
 */
export function ready(): Promise<void> {
  loading ??= Promise.all([loadOfferEngine(), loadHotlineData()]).then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function need(loaded: unknown, caller: string): void {
  if (loaded === undefined) throw new SafeError('cdn/not-ready', `${caller}: what it needs has not been fetched yet; await SafeMigrationKit.ready() first`);
}

/** The same as the SDK's, once `ready()` has resolved (or a widget on the page has loaded the engine). */
export function checkOffer(text: string, options?: CheckOfferOptions): ReturnType<typeof offers.checkOffer> {
  need(offers.checkOffer, 'checkOffer');
  return offers.checkOffer(text, options);
}

/** The same as the SDK's, once `ready()` has resolved. */
export function checkOffers(items: Iterable<string | OfferItem>, options?: Pick<CheckOfferOptions, 'rules'>): ReturnType<typeof offers.checkOffers> {
  need(offers.checkOffers, 'checkOffers');
  return offers.checkOffers(items, options);
}

/** The same as the SDK's, once `ready()` has resolved. */
export function compileOfferRules(input: OfferRuleSet | unknown, options?: { eager?: boolean }): ReturnType<typeof compiler.compileOfferRules> {
  need(compiler.compileOfferRules, 'compileOfferRules');
  return compiler.compileOfferRules(input, options);
}

/** The same as the SDK's, once `ready()` has resolved. */
export function bundledOfferRules(): ReturnType<typeof offers.bundledOfferRules> {
  need(offers.bundledOfferRules, 'bundledOfferRules');
  return offers.bundledOfferRules();
}

/** The same as the SDK's, once `ready()` has resolved. */
export function prepareOfferRules(budgetMs?: number): boolean {
  need(offers.prepareOfferRules, 'prepareOfferRules');
  return offers.prepareOfferRules(budgetMs);
}

/** The same as the SDK's, once `ready()` has resolved. */
export function bundledHotlineDirectory(): ReturnType<typeof hotlines.bundledHotlineDirectory> {
  need(hotlineData, 'bundledHotlineDirectory');
  return hotlines.bundledHotlineDirectory();
}

/** The same as the SDK's, once `ready()` has resolved. */
export function emergencyNumbersFor(country: string): ReturnType<typeof hotlines.emergencyNumbersFor> {
  need(hotlineData, 'emergencyNumbersFor');
  return hotlines.bundledHotlineDirectory().emergencyNumbers(country);
}

/** The same as the SDK's, once `ready()` has resolved. */
export function countriesWithEmergencyNumbers(): string[] {
  need(hotlineData, 'countriesWithEmergencyNumbers');
  return hotlineData.emergency.filter((e) => e.numbers.length > 0).map((e) => e.country).sort();
}

/** The bundled hotline data itself, once `ready()` has resolved (`undefined` before). */
export { hotlineData as bundledHotlineData };
