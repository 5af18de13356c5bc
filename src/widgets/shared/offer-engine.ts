/**
 * The offer-check engine and its bundled rules, as the one module the offer widgets `import()`
 * after their first render (see `loadOfferEngine` in prepare-rules.ts). It is most of an offer
 * widget's bytes — the rules in eight languages, the concept lexicons, the compiler and the
 * matcher — and no first screen needs it: the text box, the questions, the pending badge and the
 * quiz's start show without it. The words for its results (flag titles and explanations, advice)
 * come with it: nothing shows them before there is a result.
 */
export { checkOffer, prepareOfferRules } from '../../sdk/offer-check/check.js';
export { adviceText, evidenceLabel, flagExplanation, flagTitle } from './flag-messages.js';
