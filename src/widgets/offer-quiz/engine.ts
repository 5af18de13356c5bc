/**
 * The SDK's public API that the quiz uses, in one place. Importing these names from
 * `src/sdk/index.ts` would be the same API, but Rollup keeps every module the index imports that
 * has top-level code (the report client, the hotline directory and their schemas): 28 KB more
 * (gzip) on a learner's phone. So they come from the modules that define them. `checkOffer` is
 * here as a type only: the engine and its rules load after the quiz's first screen
 * (`loadOfferEngine`), and the quiz passes the loaded function to `answerKey`.
 */
export { SafeError } from '../../sdk/errors.js';
export { maxOfferLength } from '../../sdk/offer-check/limits.js';
export { offerLanguages, offerLevels } from '../../sdk/offer-check/types.js';
export type { checkOffer } from '../../sdk/offer-check/check.js';
export type { OfferCheckResult, OfferDimension, OfferFlag, OfferLanguage, OfferLevel } from '../../sdk/offer-check/types.js';
