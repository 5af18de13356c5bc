import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledHotlineData, bundledHotlineDirectory, countriesWithEmergencyNumbers, emergencyNumbersFor } from '../../../src/sdk/hotlines/bundled.js';
import { hotlineTopics } from '../../../src/sdk/hotlines/schema.js';
import type { HotlineDirectory, HotlineQuery } from '../../../src/sdk/hotlines/directory.js';
import { bundledPartsDirectory, loadEmergencySource, loadParts, missingParts } from '../../../src/widgets/shared/hotline-parts.js';

// Issue 19, step 2: the finder fetches the bundled data a country at a time. Fetching only the
// countries shown must change nothing a person sees: the same lines in the same order, the same
// emergency numbers, every entry whole with its sources.

const whole = bundledHotlineDirectory();
const countries = whole.countries();
const at = new Date('2026-11-23T10:00:00Z');

/** What a person sees of a query: each line's id, score and reasons, in order. */
const seen = (directory: HotlineDirectory, query: HotlineQuery) =>
  directory.query({ openAt: at, ...query }).map((r) => ({ id: r.hotline.id, score: r.score, reasons: r.reasons.map((reason) => reason.code), channels: r.channels.map((c) => c.index) }));

test('before any part arrives, every country is listed and nothing else is known', async () => {
  // Alone in this process: no part has been fetched yet.
  assert.deepEqual(missingParts(['KZ', 'TJ']), ['KZ', 'TJ']);
  assert.deepEqual(bundledPartsDirectory().countries(), countries);
  assert.deepEqual(bundledPartsDirectory().query({ country: 'KZ' }), []);
  assert.equal(bundledPartsDirectory().origin.kind, 'bundled');
});

test('a country and a home country, over the parts fetched so far, rank exactly as over the whole file', async () => {
  for (const country of countries) {
    for (const from of ['', ...countries]) {
      await loadParts(missingParts([country, from]));
      // Over the parts fetched so far: these two countries' and those of the loops before (the
      // first rounds hold little more than their own), as on a page where the person chose a few.
      const only = bundledPartsDirectory();
      for (const need of [undefined, ...hotlineTopics]) {
        const query: HotlineQuery = { country, ...(from ? { from } : {}), ...(need ? { need } : {}) };
        assert.deepEqual(seen(only, query), seen(whole, query), JSON.stringify(query));
      }
      assert.deepEqual(only.emergencyNumbers(country), whole.emergencyNumbers(country), country);
    }
  }
});

test('with every part, the data is the bundled file: every entry whole, none twice, and every line of every country ranked the same', async () => {
  await loadParts(missingParts('all'));
  assert.deepEqual(missingParts('all'), []);
  const all = bundledPartsDirectory();
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.deepEqual(byId(all.data.hotlines), byId(bundledHotlineData.hotlines));
  const byCountry = <T extends { country: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.country < b.country ? -1 : 1));
  assert.deepEqual(byCountry(all.data.emergency), byCountry(bundledHotlineData.emergency));
  const { hotlines: _h, emergency: _e, ...header } = all.data;
  const { hotlines: _wh, emergency: _we, ...wholeHeader } = bundledHotlineData;
  assert.deepEqual(header, wholeHeader);
  assert.deepEqual(seen(all, {}), seen(whole, {}));
  assert.deepEqual(all.countries(), countries);
});

test("the report form's emergency numbers, from their own part, are the SDK's for every country", async () => {
  const source = await loadEmergencySource();
  assert.deepEqual(source.countries(), countriesWithEmergencyNumbers());
  for (const country of [...countries, 'DE', 'kz']) assert.deepEqual(source.emergencyNumbers(country), emergencyNumbersFor(country), country);
});
