import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { before, describe, it, test } from 'node:test';
import { cldrData } from '../../helpers/cldr.js';
import {
  cldrLocale,
  formatDay,
  formatDayCldr,
  formatMonthCldr,
  formatPartialDate,
  formatWeekdayTime,
  formatWeekdayTimeCldr,
  languageName,
  loadCldrNames,
  monthName,
  regionName,
  weekdayName,
} from '../../../src/widgets/shared/cldr-names.js';
import hotlines from '../../../src/data/hotlines.json' with { type: 'json' };
import { destinations } from '../../../src/data/offer-rules/destinations.js';

const locales = ['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk'] as const;
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const feb18 = new Date(Date.UTC(2019, 1, 18));
// Tuesday 8 December 2026, 09:00 UTC.
const tue9 = new Date(Date.UTC(2026, 11, 8, 9, 0));

// Real words from CLDR 48 (its patterns keep "2019 г." together with a narrow no-break space), checked against each language's own spelling.
const expected: Record<(typeof locales)[number], { feb: string; day: string; weekdayTime: string; ae: string; kz: string; km: string; month: string }> = {
  en: { feb: 'February', day: 'February 18, 2019', weekdayTime: 'Tue 09:00', ae: 'United Arab Emirates', kz: 'Kazakhstan', km: 'Khmer', month: 'February 2019' },
  ru: { feb: 'февраль', day: '18 февраля 2019\u202fг.', weekdayTime: 'вт 09:00', ae: 'ОАЭ', kz: 'Казахстан', km: 'кхмерский', month: 'февраль 2019\u202fг.' },
  kk: { feb: 'ақпан', day: '2019\u202fж. 18 ақпан', weekdayTime: 'сс 09:00', ae: 'Біріккен Араб Әмірліктері', kz: 'Қазақстан', km: 'кхмер тілі', month: '2019\u202fж. ақпан' },
  ky: { feb: 'февраль', day: '2019-ж., 18-февраль', weekdayTime: 'шейш. 09:00', ae: 'Бириккен Араб Эмираттары', kz: 'Казакстан', km: 'кмерче', month: '2019-ж., февраль' },
  uz: { feb: 'fevral', day: '18-fevral, 2019', weekdayTime: 'Sesh, 09:00', ae: 'Birlashgan Arab Amirliklari', kz: 'Qozogʻiston', km: 'xmer', month: 'fevral, 2019' },
  'uz-Cyrl': { feb: 'феврал', day: '18 феврал, 2019', weekdayTime: 'сеш, 09:00', ae: 'Бирлашган Араб Амирликлари', kz: 'Қозоғистон', km: 'хмерча', month: 'феврал, 2019' },
  tg: { feb: 'Феврал', day: '18 Феврал 2019', weekdayTime: 'Сшб 09:00', ae: 'Аморатҳои Муттаҳидаи Араб', kz: 'Қазоқистон', km: 'кхмерӣ', month: 'Феврал 2019' },
  tk: { feb: 'fewral', day: '18 fewral 2019', weekdayTime: 'siş 09:00', ae: 'Birleşen Arap Emirlikleri', kz: 'Gazagystan', km: 'khmer dili', month: 'fewral 2019' },
};

// First in the file: until a language's names are fetched, only English's are in the page.
test("fetches one language's names when asked, and writes English ones until then", async () => {
  assert.equal(regionName('KZ', 'kk'), 'Kazakhstan');
  assert.equal(formatDayCldr(feb18, 'kk'), 'February 18, 2019');
  await loadCldrNames('kk-KZ');
  assert.equal(regionName('KZ', 'kk'), 'Қазақстан');
  assert.equal(formatDayCldr(feb18, 'kk'), '2019\u202fж. 18 ақпан');
  assert.equal(regionName('KZ', 'ru'), 'Kazakhstan', 'Russian names are not fetched with Kazakh ones');
});

describe('CLDR names and dates', () => {
  before(() => Promise.all(locales.map((locale) => loadCldrNames(locale))));

  for (const locale of locales) {
    const want = expected[locale];
    it(`writes names and dates in ${locale} from the shipped data`, () => {
      assert.equal(monthName(1, locale).toLowerCase(), want.feb.toLowerCase());
      assert.equal(formatDayCldr(feb18, locale), want.day);
      assert.equal(formatMonthCldr(feb18, locale), want.month);
      assert.equal(formatWeekdayTimeCldr(tue9, locale, { timeZone: 'UTC' }), want.weekdayTime);
      assert.equal(regionName('AE', locale), want.ae);
      assert.equal(regionName('kz', locale), want.kz);
      assert.equal(languageName('km', locale), want.km);
    });

    it(`gives the same words through Intl where the runtime has ${locale}`, () => {
      // Node ships full ICU: whichever source is used, the words must be CLDR's (ICU may write a
      // plain space where the CLDR JSON has a no-break one).
      const same = (actual: string, wanted: string) => assert.equal(spaces(actual), spaces(wanted));
      same(formatDay(feb18, locale), want.day);
      same(formatWeekdayTime(tue9, locale, { timeZone: 'UTC' }), want.weekdayTime);
      same(formatPartialDate('2019-02-18', locale), want.day);
      same(formatPartialDate('2019-02', locale), want.month);
      assert.equal(formatPartialDate('2019', locale), '2019');
    });

    it(`never falls back to a bare code or an "M02" month in ${locale}`, () => {
      for (const [code, name] of Object.entries(cldrData[locale].regions)) {
        assert.notEqual(name, code);
        assert.equal(regionName(code, locale), name);
      }
      assert.doesNotMatch(formatDayCldr(feb18, locale), /M0?2/);
      for (let d = 0; d < 7; d++) assert.ok(weekdayName(d, locale, 'short').length > 0 && weekdayName(d, locale).length > 0);
    });
  }

  it('keeps the genitive month for dates and the nominative one standing alone', () => {
    assert.equal(monthName(1, 'ru', 'format'), 'февраля');
    assert.equal(monthName(1, 'ru', 'standalone'), 'февраль');
  });

  it('maps locale tags onto the shipped locales', () => {
    assert.equal(cldrLocale('uz-Cyrl-UZ'), 'uz-Cyrl');
    assert.equal(cldrLocale('uz-Latn'), 'uz');
    assert.equal(cldrLocale('ru_KZ'), 'ru');
    assert.equal(cldrLocale('fr'), 'en');
  });

  it('keeps unknown codes readable: Intl or English before the bare code', () => {
    assert.equal(regionName('FR', 'ru'), 'Франция');
    assert.equal(regionName('ZZZ', 'kk'), 'ZZZ');
    assert.equal(formatPartialDate('soon', 'kk'), 'soon');
  });

  it('has a name for every country and language the data uses, in every locale', () => {
    const regions = new Set<string>(destinations.flatMap((r) => (r.country ? [r.country] : [])));
    const languages = new Set<string>();
    JSON.stringify(hotlines, (key, value: unknown) => {
      if (key === 'countries' && Array.isArray(value)) value.forEach((c: string) => regions.add(c));
      if (key === 'languages' && Array.isArray(value)) value.forEach((c: string) => languages.add(c));
      return value;
    });
    for (const locale of locales) {
      for (const r of regions) assert.ok(cldrData[locale].regions[r], `${locale} has a name for ${r}`);
      for (const l of languages) assert.ok(cldrData[locale].languages[l], `${locale} has a name for ${l}`);
    }
  });

  it('ships each language in a module of its own, with the names of every code in English', () => {
    for (const locale of locales) {
      assert.deepEqual(Object.keys(cldrData[locale].regions), Object.keys(cldrData.en.regions), `${locale} names the same countries`);
      assert.deepEqual(Object.keys(cldrData[locale].languages), Object.keys(cldrData.en.languages), `${locale} names the same languages`);
    }
  });

  it('is what scripts/cldr-names.ts makes from the pinned CLDR packages', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cldr-names.ts', '--check'], { stdio: 'pipe' });
  });
});
