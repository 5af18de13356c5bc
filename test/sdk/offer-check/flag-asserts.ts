// The assertions the families' tests share: which flags a text gets, with the text and every flag
// it did get in the message, so a failure reads as what the engine saw.
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import type { OfferCheckResult } from '../../../src/sdk/index.js';

const ids = (r: OfferCheckResult) => r.flags.map((f) => f.id);
const show = (text: string) => `${text}: ${ids(checkOffer(text)).join(', ') || 'no flags'}`;

/** The text gets none of `flags`. */
export const lacks = (text: string, ...flags: string[]): void => {
  for (const id of flags) assert.ok(!ids(checkOffer(text)).includes(id), `${id} in ${show(text)}`);
};

/** The text gets every one of `flags`. */
export const has = (text: string, ...flags: string[]): void => {
  for (const id of flags) assert.ok(ids(checkOffer(text)).includes(id), `no ${id} in ${show(text)}`);
};
