import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileOfferRules, offerFlagIds, offerLanguages, offerQuestions, offerReassuranceIds, offerRuleSet } from '../../../src/sdk/index.js';
import { offerRuleSetSchema } from '../../../src/sdk/offer-check/rule-schema.js';
import type { FlagRule } from '../../../src/sdk/index.js';

test('the bundled rules pass their schema and compile, every RegExp included', () => {
  assert.ok(offerRuleSetSchema.safeParse(offerRuleSet).success);
  const rules = compileOfferRules(offerRuleSet, { eager: true });
  assert.ok(rules.patternCount > 1000, `${rules.patternCount} patterns`);
});

test('every flag names an ILO dimension, an indicator and at least one piece of advice', () => {
  const flags = offerRuleSet.rules.filter((r): r is FlagRule => r.kind === 'flag');
  assert.ok(flags.length >= 25);
  for (const flag of flags) assert.ok(flag.advice.length > 0, `${flag.id} has no advice`);
});

test('every flag written as patterns has them in every language (Uzbek Cyrillic comes from the bridge)', () => {
  const written = offerLanguages.filter((l) => l !== 'uz-Cyrl');
  for (const rule of offerRuleSet.rules) {
    if (rule.kind !== 'flag' || !rule.patterns) continue;
    for (const lang of written) assert.ok((rule.patterns[lang] ?? []).length > 0, `${rule.id} has no ${lang} patterns`);
  }
});

test('every question maps each answer to a rule that exists', () => {
  const ids = new Set(offerRuleSet.rules.map((r) => r.id));
  assert.equal(offerQuestions.length, 10);
  for (const q of offerQuestions) {
    for (const effect of Object.values(q.effects)) {
      if ('flag' in effect) assert.ok(ids.has(effect.flag), effect.flag);
      if ('reassurance' in effect) assert.ok(ids.has(effect.reassurance), effect.reassurance);
    }
  }
});

test('the exported flag and reassurance ids are those of the bundled rules, each once', () => {
  assert.equal(new Set(offerFlagIds).size, offerFlagIds.length);
  assert.ok(offerFlagIds.includes('passport-retention') && offerFlagIds.includes('recruited-by-partner'));
  assert.ok(offerReassuranceIds.includes('no-fees-stated') && !offerReassuranceIds.includes('passport-retention'));
  assert.equal(offerFlagIds.length + offerReassuranceIds.length + offerRuleSet.rules.filter((r) => r.kind === 'cue').length, offerRuleSet.rules.length);
});
