// Every labelled offer's result — level, score, flag ids, evidence spans with their signals,
// reassurances, advice, destinations and language — against a recorded snapshot, so that a change
// meant only to make the engine faster cannot change what it finds. A change that is meant to
// change results rewrites the snapshot (`UPDATE_OFFER_SNAPSHOT=1`), and the diff shows every offer
// it moved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkOffer } from '../../../src/sdk/index.js';
import type { OfferCheckResult } from '../../../src/sdk/index.js';
import { labelledOffers } from '../../fixtures/offers/index.js';

const snapshotFile = fileURLToPath(new URL('../../fixtures/offers/results-snapshot.txt', import.meta.url));

const spans = (evidence: OfferCheckResult['flags'][number]['evidence']) =>
  evidence.map((e) => `${e.start}-${e.end}${e.signal ? `:${e.signal}` : ''}`).join(',');

/** One line per offer: compact enough to review as a diff. */
function line(id: string, r: OfferCheckResult): string {
  const flags = r.flags.map((f) => `${f.id}[${f.strength}](${spans(f.evidence)})`).join(' ');
  const reassurances = r.reassurances.map((s) => `${s.id}(${spans(s.evidence)})`).join(' ');
  return `${id} ${r.level} ${r.score} ${r.language} | ${flags} | ${reassurances} | ${r.advice.join(',')} | ${r.destinations.join(',')}`;
}

test('every labelled offer gives the recorded result', () => {
  const lines = labelledOffers.map((o) => line(o.id, checkOffer(o.text)));
  if (process.env.UPDATE_OFFER_SNAPSHOT === '1') writeFileSync(snapshotFile, `${lines.join('\n')}\n`);
  // Only the final line break is dropped: a line may end in a space (an offer with no destinations).
  const recorded = readFileSync(snapshotFile, 'utf8').replace(/\n+$/, '').split('\n');
  assert.equal(lines.length, recorded.length, 'the same offers');
  const changed = lines.filter((l, i) => l !== recorded[i]).map((l) => `  now ${l}\n  was ${recorded[lines.indexOf(l)]}`);
  assert.deepEqual(changed, [], `${changed.length} offers changed`);
});
