import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { byCountryName, countryName, formatNumber, languageName, partialDate } from '../../../src/widgets/shared/formats.js';
import { problemText } from '../../../src/widgets/report-form/messages.js';
import { loadCldrNames } from '../../../src/widgets/shared/cldr-names.js';

describe('shared formats', () => {
  it('writes numbers in the element’s locale, not the browser’s', () => {
    assert.equal(formatNumber(10000, 'ru'), '10\u00a0000');
    assert.equal(formatNumber(10000, 'en'), '10,000');
  });

  it('gives the report form’s limits in the form’s locale', () => {
    const text = problemText({ field: 'people-count', kind: 'too-big' }, '', 'the organisation', 'ru');
    assert.match(text, /10\u00a0000/);
    assert.doesNotMatch(text, /10,000/);
  });

  it('shows a date as precise as its source, and text that is not a date as it came', () => {
    assert.equal(partialDate('2021-09-08', 'en'), 'September 8, 2021');
    assert.equal(partialDate('2021-09', 'en'), 'September 2021');
    assert.equal(partialDate('2021', 'en'), '2021');
    assert.equal(partialDate('not a date', 'en'), 'not a date');
    assert.equal(partialDate('2021', 'not a locale!'), '2021');
  });

  it('names countries and languages, and falls back to the code when it cannot', async () => {
    assert.equal(countryName('KZ', 'en'), 'Kazakhstan');
    // A locale nothing knows gets the English name; a code nothing can name is shown as given.
    assert.equal(countryName('KZ', 'not a locale!'), 'Kazakhstan');
    assert.equal(countryName('XQ', 'en'), 'XQ');
    // Names in the reader's language where browsers lack them (issue 13): shipped from CLDR, one
    // language at a time, fetched with the language's messages (English until they arrive).
    await Promise.all([loadCldrNames('kk'), loadCldrNames('uz')]);
    assert.equal(countryName('KZ', 'kk'), 'Қазақстан');
    assert.equal(countryName('AE', 'uz'), 'Birlashgan Arab Amirliklari');
    assert.equal(partialDate('2019-02-18', 'kk').includes('ақпан'), true);
    assert.equal(languageName('ru', 'en'), 'Russian');
    assert.equal(languageName('??', 'en'), '??');
    assert.deepEqual(byCountryName(['UZ', 'KG', 'KZ'], 'en').map((c) => c.code), ['KZ', 'KG', 'UZ']);
  });
});
