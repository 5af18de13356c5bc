import { expect } from 'chai';
import { formatDay, formatWeekdayTime, languageName, loadCldrNames, regionName, runtimeHasDates } from '../../../src/widgets/shared/cldr-names.js';
import type { CldrLocale } from '../../../src/widgets/shared/cldr-names.js';

// In Chromium, whose Intl lacks much of kk, ky, uz, uz-Cyrl, tg and tk: the words are still CLDR's.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const feb18 = new Date(Date.UTC(2019, 1, 18));
const tue9 = new Date(Date.UTC(2026, 11, 8, 9, 0));

const expected: Record<CldrLocale, { day: string; weekdayTime: string; ae: string; km: string }> = {
  en: { day: 'February 18, 2019', weekdayTime: 'Tue 09:00', ae: 'United Arab Emirates', km: 'Khmer' },
  ru: { day: '18 февраля 2019 г.', weekdayTime: 'вт 09:00', ae: 'ОАЭ', km: 'кхмерский' },
  kk: { day: '2019 ж. 18 ақпан', weekdayTime: 'сс 09:00', ae: 'Біріккен Араб Әмірліктері', km: 'кхмер тілі' },
  ky: { day: '2019-ж., 18-февраль', weekdayTime: 'шейш. 09:00', ae: 'Бириккен Араб Эмираттары', km: 'кмерче' },
  uz: { day: '18-fevral, 2019', weekdayTime: 'Sesh, 09:00', ae: 'Birlashgan Arab Amirliklari', km: 'xmer' },
  'uz-Cyrl': { day: '18 феврал, 2019', weekdayTime: 'сеш, 09:00', ae: 'Бирлашган Араб Амирликлари', km: 'хмерча' },
  tg: { day: '18 Феврал 2019', weekdayTime: 'Сшб 09:00', ae: 'Аморатҳои Муттаҳидаи Араб', km: 'кхмерӣ' },
  tk: { day: '18 fewral 2019', weekdayTime: 'siş 09:00', ae: 'Birleşen Arap Emirlikleri', km: 'khmer dili' },
};

describe('CLDR names and dates in Chromium', () => {
  before(() => Promise.all(Object.keys(expected).map((locale) => loadCldrNames(locale))));

  for (const [locale, want] of Object.entries(expected) as [CldrLocale, (typeof expected)[CldrLocale]][]) {
    it(`writes ${locale} names and dates in ${locale}, whatever this browser's Intl has`, () => {
      expect(spaces(formatDay(feb18, locale))).to.equal(spaces(want.day));
      expect(spaces(formatWeekdayTime(tue9, locale, { timeZone: 'UTC' }))).to.equal(spaces(want.weekdayTime));
      expect(regionName('AE', locale)).to.equal(want.ae);
      expect(languageName('km', locale)).to.equal(want.km);
    });
  }

  it('does not trust Intl for a locale whose months it cannot name', () => {
    for (const locale of Object.keys(expected) as CldrLocale[]) {
      const month = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(feb18);
      if (/M0?2|February/.test(month) && locale !== 'en') expect(runtimeHasDates(locale), `${locale}: Intl writes "${month}"`).to.equal(false);
    }
  });
});
