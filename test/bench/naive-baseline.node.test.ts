import { test } from 'node:test';
import assert from 'node:assert/strict';
import { naiveCheck, naivePatternSource, naivePatterns } from '../../bench/naive-baseline.js';
import { checkOffer, offerRuleSet } from '../../src/sdk/index.js';

// The bench's naive baseline must really look for every pattern: a baseline that matched nothing
// would be fast for the wrong reason.

const patterns = naivePatterns();

test('every pattern of every rule and negator, in every language, is one RegExp', () => {
  let count = 0;
  for (const rule of offerRuleSet.rules) for (const list of Object.values(rule.patterns ?? {})) count += list?.length ?? 0;
  for (const byLanguage of Object.values(offerRuleSet.negators)) for (const list of Object.values(byLanguage)) count += list?.length ?? 0;
  assert.equal(patterns.length, count);
  assert.ok(patterns.every((p) => p.re.flags === 'giu'));
});

test('each plain-word pattern finds its own words in a sentence, in any case', () => {
  let tried = 0;
  for (const rule of offerRuleSet.rules) {
    for (const list of Object.values(rule.patterns ?? {})) {
      for (const pattern of list ?? []) {
        if (!/^[\p{L}\p{N} ]+$/u.test(pattern)) continue;
        tried += 1;
        assert.ok(new RegExp(naivePatternSource(pattern), 'giu').test(`Текст. ${pattern.toUpperCase()}, конец.`), `${rule.id}: "${pattern}"`);
      }
    }
  }
  assert.ok(tried > 200, `${tried} plain-word patterns`);
  const entertainment = patterns.filter((p) => p.rule === 'entertainment-job');
  const spans = naiveCheck('Hostess work in Dubai, free tickets!', entertainment).get('entertainment-job') ?? [];
  assert.ok(spans.length > 0 && spans.every(([start, end]) => start === 0 && end === 7), JSON.stringify(spans));
});

test('the pattern language becomes word-bounded RegExps: stems, gaps, numbers, apostrophes, groups', () => {
  const re = (pattern: string) => new RegExp(naivePatternSource(pattern), 'iu');
  assert.ok(re('билет*').test('бесплатные билеты'));
  assert.ok(!re('билет').test('билеты'));
  assert.ok(re('free ~ ticket').test('free air ticket'));
  assert.ok(re('# (usd|$)').test('3000 USD') && re('# (usd|$)').test('3000 $') && !re('# usd').test('x3000 usd'));
  assert.ok(re("to'lov").test('to’lov') && re("to'lov").test('tolov'));
  assert.ok(re('(is )?not required').test('not required'));
});

test('it does no normalisation: spaced-out and look-alike letters that the engine reads, it misses', () => {
  const text = 'П р е д о п л а т а 200$. Прeдоплaтa 100$.';
  assert.ok(checkOffer(text).flags.some((f) => f.id === 'recruitment-fee'));
  // Only the fee patterns: compiling all of them for one sentence takes seconds.
  const fee = patterns.filter((p) => p.rule === 'recruitment-fee');
  assert.ok(fee.length > 10);
  assert.ok(!naiveCheck(text, fee).has('recruitment-fee'));
});
