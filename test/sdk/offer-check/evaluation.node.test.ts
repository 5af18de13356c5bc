// The labelled set (test/fixtures/offers): prints precision and recall per level, and fails if a
// legitimate offer is rated high or a clearly-high offer is rated low.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer, offerLanguages, offerLevels } from '../../../src/sdk/index.js';
import type { OfferLevel } from '../../../src/sdk/index.js';
import { afterFixesOffers, firstLookOffers, freshHoldoutOffers, holdoutOffers, labelledOffers, tuningOffers } from '../../fixtures/offers/index.js';

const results = labelledOffers.map((offer) => ({ offer, result: checkOffer(offer.text) }));

test('the labelled set has at least 80 offers, every language with every level, and legitimate ones', () => {
  assert.ok(labelledOffers.length >= 80, `${labelledOffers.length} offers`);
  assert.equal(new Set(labelledOffers.map((o) => o.id)).size, labelledOffers.length, 'ids are unique');
  for (const lang of offerLanguages) {
    for (const level of offerLevels) {
      assert.ok(labelledOffers.some((o) => o.lang === lang && o.level === level), `no ${level} offer in ${lang}`);
    }
  }
  assert.ok(labelledOffers.filter((o) => o.legit).length >= 25);
  assert.ok(labelledOffers.filter((o) => o.legit).every((o) => o.level !== 'high'));
});

function table(subset: typeof results): string[] {
  const rows: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  rows.push(`${'level'.padEnd(8)}${pad('labelled', 9)}${pad('rated', 7)}${pad('agree', 7)}${pad('precision', 11)}${pad('recall', 8)}`);
  for (const level of offerLevels) {
    const labelled = subset.filter((r) => r.offer.level === level).length;
    const rated = subset.filter((r) => r.result.level === level).length;
    const agree = subset.filter((r) => r.offer.level === level && r.result.level === level).length;
    const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
    rows.push(`${level.padEnd(8)}${pad(labelled, 9)}${pad(rated, 7)}${pad(agree, 7)}${pad(pct(agree, rated), 11)}${pad(pct(agree, labelled), 8)}`);
  }
  return rows;
}

test('precision and recall per level (printed)', () => {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const rows = table(results);
  const heldOut = results.filter((r) => holdoutOffers.includes(r.offer));
  const fresh = results.filter((r) => freshHoldoutOffers.includes(r.offer));
  const afterFixes = results.filter((r) => afterFixesOffers.includes(r.offer));
  const firstLook = results.filter((r) => firstLookOffers.includes(r.offer));
  const matrix = offerLevels.map((want) => `${want.padEnd(8)}${offerLevels.map((got) => pad(results.filter((r) => r.offer.level === want && r.result.level === got).length, 7)).join('')}`);
  const language = results.filter((r) => r.result.language === r.offer.lang).length;
  const disagreements = results
    .filter((r) => r.result.level !== r.offer.level)
    .map((r) => `  ${firstLookOffers.includes(r.offer) ? '(first look) ' : holdoutOffers.includes(r.offer) ? '(held out) ' : freshHoldoutOffers.includes(r.offer) ? '(fresh hold-out) ' : afterFixesOffers.includes(r.offer) ? '(after fixes) ' : ''}${r.offer.id}: labelled ${r.offer.level}, rated ${r.result.level} (${r.result.flags.map((f) => f.id).join(', ') || 'no flags'})`);
  console.log(
    [
      '',
      `Labelled set: ${results.length} offers`,
      ...rows,
      '',
      `${'↓label'.padEnd(8)}${offerLevels.map((l) => pad(l, 7)).join('')}  ← rated`,
      ...matrix,
      '',
      `language detected correctly: ${language}/${results.length}`,
      '',
      `per language: exact level, high rated high, medium or high rated at least medium`,
      ...offerLanguages.map((lang) => {
        const sub = results.filter((r) => r.offer.lang === lang);
        const high = sub.filter((r) => r.offer.level === 'high');
        const risky = sub.filter((r) => r.offer.level !== 'low');
        return `${lang.padEnd(8)}${pad(`${sub.filter((r) => r.result.level === r.offer.level).length}/${sub.length}`, 7)}${pad(`${high.filter((r) => r.result.level === 'high').length}/${high.length}`, 7)}${pad(`${risky.filter((r) => r.result.level !== 'low').length}/${risky.length}`, 7)}`;
      }),
      `held-out offers (written after tuning, never tuned on): ${heldOut.length}, agree ${heldOut.filter((r) => r.result.level === r.offer.level).length}`,
      ...table(heldOut),
      '',
      `fresh hold-out (labelled before the engine saw it; see docs/offer-check.md for its first look): ${fresh.length}, agree ${fresh.filter((r) => r.result.level === r.offer.level).length}`,
      ...table(fresh),
      '',
      `hold-out after the fixes (never tuned on; the honest measure): ${afterFixes.length}, agree ${afterFixes.filter((r) => r.result.level === r.offer.level).length}`,
      ...table(afterFixes),
      '',
      `first-look batches A–H (issue 14; their first-look figures are in docs/offer-check.md): ${firstLook.length}, agree ${firstLook.filter((r) => r.result.level === r.offer.level).length}`,
      ...table(firstLook),
      '',
      `disagreements:`,
      ...(disagreements.length ? disagreements : ['  none']),
      '',
    ].join('\n'),
  );
  // The bar is for the offers the rules were tuned on; the hold-outs are measured, not required.
  const tuned = results.filter((r) => tuningOffers.includes(r.offer));
  const agreement = tuned.filter((r) => r.result.level === r.offer.level).length / tuned.length;
  assert.ok(agreement >= 0.85, `agreement on the tuning offers ${agreement}`);
});

test('no legitimate offer is rated high', () => {
  const wrong = results.filter((r) => r.offer.legit && r.result.level === 'high').map((r) => r.offer.id);
  assert.deepEqual(wrong, []);
});

test('no clearly-high offer is rated low', () => {
  const wrong = results.filter((r) => r.offer.clear && r.result.level === 'low').map((r) => r.offer.id);
  assert.deepEqual(wrong, []);
});

test('the language of every offer is detected', () => {
  const wrong = results.filter((r) => r.result.language !== r.offer.lang).map((r) => `${r.offer.id}: ${r.result.language}`);
  assert.deepEqual(wrong, []);
});

test('every flag of a high offer shows where the text says it', () => {
  for (const { offer, result } of results) {
    if (result.level !== ('high' as OfferLevel)) continue;
    for (const flag of result.flags) assert.ok(flag.evidence.length > 0, `${offer.id}: ${flag.id} has no evidence`);
  }
});
