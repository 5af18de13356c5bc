// The first-look figures (scripts/first-look.ts): counted as issue 14 defines them, on a batch of
// four offers rated by a stand-in check whose answers are fixed, so each figure is known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstLookFigures, formatFigures } from '../../../scripts/first-look.js';
import { checkOffer } from '../../../src/sdk/index.js';
import type { OfferCheckResult, OfferLevel } from '../../../src/sdk/index.js';
import type { LabelledOffer } from '../../fixtures/offers/types.js';

const offers: LabelledOffer[] = [
  { id: 'a', lang: 'en', level: 'low', legit: true, text: 'rated high' },
  { id: 'b', lang: 'ru', level: 'medium', text: 'rated low' },
  { id: 'c', lang: 'ru', level: 'high', clear: true, text: 'rated low' },
  { id: 'd', lang: 'kk', level: 'high', text: 'rated high' },
];

/** A real result of the engine with its level and language replaced as the text says. */
function stand(text: string): OfferCheckResult {
  const real = checkOffer('Office assistant in Almaty, 300 000 ₸ a month, contract from day one.');
  const level = text.replace('rated ', '') as OfferLevel;
  return { ...real, level, language: text === 'rated high' ? 'en' : 'ru' };
}

test('each figure counts what the issue defines', () => {
  const f = firstLookFigures(offers, stand);
  assert.equal(f.offers, 4);
  assert.equal(f.exact, 1, 'only d is rated as labelled');
  assert.deepEqual([f.highsRatedHigh, f.highs], [1, 2]);
  assert.deepEqual([f.mediumOrHighRatedAtLeastMedium, f.mediumOrHigh], [1, 3]);
  assert.equal(f.legitimateRatedHigh, 1);
  assert.equal(f.clearHighRatedLow, 1);
  assert.deepEqual([f.overCalls, f.underCalls], [1, 2]);
  assert.equal(f.languageRight, 3, 'd is Kazakh, read as English');
  assert.deepEqual(f.perLanguage.ru, { offers: 2, exact: 0, highs: 1, highsRatedHigh: 0 });
  assert.equal(f.confusion.high.low, 1);
  assert.equal(f.misses.length, 4, 'three levels and one language');
});

test('the printed lines carry the figures and the targets', () => {
  const lines = formatFigures(firstLookFigures(offers, stand));
  assert.match(lines[0]!, /exact 1\/4 \(25\.0%\) \(target 0\.85\); high recall 1\/2 \(50\.0%\)/);
  assert.match(lines[1]!, /ru 0\/2 0\/1/);
  assert.match(lines[2]!, /high: low 1, medium 0, high 1/);
});
