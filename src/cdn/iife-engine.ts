/**
 * The offer-check engine with its rules, as the all-in-one IIFE fetches it from its folder after the
 * first screen (scripts/iife-parts.mjs builds this module as the part `iife/offer-engine.js`). The
 * IIFE carries none of it: the compiler, the matcher, the extractors and the rules in eight
 * languages. It shares the IIFE's error classes (`SafeError`, `OfferCheckError`), so that an error
 * it throws is an instance of those on `window.SafeMigrationKit`.
 */
export { bundledOfferRules, checkOffer, checkOffers, prepareOfferRules } from '../sdk/offer-check/check.js';
export { compileOfferRules } from '../sdk/offer-check/compile.js';
export { offerFlagIds, offerReassuranceIds, offerRuleSet } from '../data/offer-rules/index.js';
