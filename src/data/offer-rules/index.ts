/**
 * The bundled offer-check rules: cues, reassurances, flags (in that order, because a rule's `when`
 * may only refer to rules before it) and negations. A TypeScript module, not JSON, so that Node,
 * the browser tests and Rollup load it without a JSON plugin.
 */
import type { OfferRuleSet } from '../../sdk/offer-check/rule-schema.js';
import { cues } from './cues.js';
import { flags } from './flags.js';
import { negators } from './negators.js';
import { reassurances } from './reassurances.js';

export const offerRuleSet: OfferRuleSet = {
  version: '2025.1',
  rules: [...cues, ...reassurances, ...flags],
  negators,
};
