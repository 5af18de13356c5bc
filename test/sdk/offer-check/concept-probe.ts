// What a concept reads, for the lexicon tests: one probe flag per concept, holding when the concept
// does, so that what a concept reads is what its probe quotes.
import { concepts } from '../../../src/data/offer-rules/concepts.js';
import { checkOffer, compileOfferRules, offerRuleSet } from '../../../src/sdk/index.js';
import type { OfferRule } from '../../../src/sdk/index.js';

const probes: OfferRule[] = concepts.map((c) => ({
  kind: 'flag',
  id: `probe-${c.id}`,
  dimension: 'deceptive-recruitment',
  strength: 'weak',
  indicator: `probe-${c.id}`,
  advice: ['ask-exact-job'],
  when: [{ all: [c.id] }],
}));
const rules = compileOfferRules({ ...offerRuleSet, version: 'probe', rules: [...offerRuleSet.rules, ...probes] }, { eager: true });

/** The stretches of `text` a concept reads. */
export function read(concept: string, text: string): string[] {
  const flag = checkOffer(text, { rules }).flags.find((f) => f.id === `probe-${concept}`);
  return flag ? flag.evidence.map((e) => e.text) : [];
}
