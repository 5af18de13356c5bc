/**
 * The bundled offer-check rules: concepts, cues, reassurances, flags (in that order, because a rule's `when`
 * may only refer to rules before it) and negations. A TypeScript module, not JSON, so that Node,
 * the browser tests and Rollup load it without a JSON plugin.
 */
import type { OfferRuleSet } from '../../sdk/offer-check/rule-schema.js';
import { concepts } from './concepts.js';
import { cues } from './cues.js';
import { flags } from './flags.js';
import { negators } from './negators.js';
import { reassurances } from './reassurances.js';

export const offerRuleSet: OfferRuleSet = {
  version: '2025.1',
  rules: [...concepts, ...cues, ...reassurances, ...flags],
  negators,
};

/** The id of every flag in the bundled rules: each is also the message id of its explanation. */
export const offerFlagIds: readonly string[] = offerRuleSet.rules.filter((r) => r.kind === 'flag').map((r) => r.id);

/** The id of every reassurance in the bundled rules: each is also a message id. */
export const offerReassuranceIds: readonly string[] = offerRuleSet.rules.filter((r) => r.kind === 'reassurance').map((r) => r.id);
