/**
 * The offer check's limits, in a module of their own: a widget's first screen needs them (the text
 * box's `maxlength`) long before the engine and its rules have loaded.
 */

/** The longest text checked, in UTF-16 code units: about twenty pages; job offers are 1–5 KB. */
export const maxOfferLength = 50_000;
