/**
 * The all-in-one IIFE's data loaders. In the IIFE build scripts/iife-parts.mjs puts its own module
 * here, whose loaders fetch the offer engine with its rules and the whole hotline file from the IIFE's folder
 * (src/cdn/iife-parts.ts); everywhere else (the type-check, the tests of the entry) the data is
 * bundled already, and they resolve at once.
 */

/** Fetches the offer-check engine with its rules once (src/cdn/iife-engine.ts). */
export function loadOfferEngine(): Promise<void> {
  return Promise.resolve();
}

/** Fetches the whole bundled hotline file once, for the SDK's hotline functions. */
export function loadHotlineData(): Promise<void> {
  return Promise.resolve();
}
