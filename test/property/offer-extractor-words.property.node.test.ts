import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ageIsMax, ageIsMin, currencyBeforeNumber, currencyCode, multiplier, periodOf, startsWithAgeWord, textRe } from '../../src/sdk/offer-check/extractors.js';
import { normalizeText } from '../../src/sdk/offer-check/normalize.js';
import { labelledOffers } from '../fixtures/offers/index.js';

// The extractors read currency, period, multiplier and age words by hand (prefix tables, sets,
// endings) where they ran a RegExp, or a chain of them, on each word. The oracles below are those
// RegExps, kept here only; each pair must agree on the words of every labelled offer, and on random
// and hostile words made of the words themselves, their near misses, letters of every script the
// extractors read, digits, apostrophes, full stops, signs and white space.

/** The extractors' own RegExp builder (`\p{L}`, `\p{N}` over normalised text), for the old RegExps. */
const re = (source: string, flags = ''): RegExp => textRe(source, flags);

const symbolCurrency: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₸': 'KZT', '₺': 'TRY', '₩': 'KRW', '¥': 'JPY' };

function oldCurrencyCode(word: string): string | undefined {
  const w = word.replace(/\.$/, '');
  if (symbolCurrency[w]) return symbolCurrency[w];
  if (/^(usd|у\.?е|доллар|долл|dollar|бакс)/.test(w)) return 'USD';
  if (/^(eur|евро|yevro)/.test(w)) return 'EUR';
  if (/^(rub|руб|р$)/.test(w)) return 'RUB';
  if (/^(kzt|тенге|тг|tenge)/.test(w)) return 'KZT';
  if (/^(uzs|сум|so'?m)/.test(w)) return 'UZS';
  if (/^(kgs|сом)$/.test(w)) return 'KGS';
  if (/^(tjs|сомони|somoni)/.test(w)) return 'TJS';
  if (/^(tmt|манат|manat)/.test(w)) return 'TMT';
  if (/^(лир|lira|tl$|try)/.test(w)) return 'TRY';
  if (/^(aed|дирхам|dirham)/.test(w)) return 'AED';
  if (/^(sar|риял|riyal)/.test(w)) return 'SAR';
  if (/^qar/.test(w)) return 'QAR';
  if (/^(krw|вон|won)/.test(w)) return 'KRW';
  if (/^(gbp|фунт|funt|pound)/.test(w)) return 'GBP';
  if (/^(pln|zl|злот|zlot)/.test(w)) return 'PLN';
  if (/^(jpy|иен|йен)/.test(w)) return 'JPY';
  if (/^(cny|юан|yuan)/.test(w)) return 'CNY';
  if (/^(ils|шекел|shekel)/.test(w)) return 'ILS';
  return undefined;
}

const oldMultiplier = (word: string | undefined): number => {
  if (!word) return 1;
  if (/^(млн|mln|million|миллион)/.test(word)) return 1e6;
  return 1e3;
};

function oldPeriodOf(word: string): string {
  if (/^(час|hour|hr$|h$|soat|соат|сагат|саат|sagat|sagad)/.test(word)) return 'hour';
  if (/^(день|дня|сутки|смен|day|daily|shift|kun|кун|руз|gun|ежеднев)/.test(word)) return 'day';
  if (/^(недел|нед|week|hafta|хафта|апта|жума|hepde)/.test(word)) return 'week';
  if (/^(год|year|annual|yil|йил|жыл|сол|yyl)/.test(word)) return 'year';
  return 'month';
}

const currencyBefore = re(String.raw`(?<![\p{L}\p{N}])(usd|eur|gbp|aed|rub|kzt|uzs|krw|pln)[^\p{L}\p{N}]{0,2}$`);

/** What the extractor did with the few units before a number. */
function oldCurrencyBefore(before: string): { currency: string; at: number } | undefined {
  const symbol = before.match(/([$€£₽₸₺₩¥])\s?$/u)?.[1];
  const code = before.match(currencyBefore)?.[1];
  const currency = symbol ? symbolCurrency[symbol] : code ? code.toUpperCase() : undefined;
  if (!currency) return undefined;
  return { currency, at: before.search(symbol ? /[$€£₽₸₺₩¥]\s?$/u : currencyBefore) };
}

const ageWord = re(String.raw`^(?:лет|год\p{L}*|years?|yrs|yo|yosh\p{L}*|еш\p{L}*|жас\p{L}*|жаш\p{L}*|сол\p{L}*|yas\p{L}*|возраст\p{L}*|age[sd]?|y)$`);
const ageStem = re(String.raw`^(?:yosh|еш|жас|жаш|yas)\p{L}*$`);
const oldAgeWord = (word: string) => ageWord.test(word) || ageStem.test(word);
const maxBefore = /^(?:до|under|below|younger|моложе|то|max|maximum|максимум|up)$/u;
const maxAfter = /(?:gacha|гача|дейин|чейин|cenli|ченли|ке|ка|га|ге|кача|гача|кадар)$/u;
const minBefore = /^(?:от|с|from|over|older|старше|аз|min|minimum|минимум|не)$/u;
const minAfter = /(?:dan|дан|ден|тан|тен|den|tan|ten)$/u;
const oldIsMax = (prev: string, next: string, next2: string) => maxBefore.test(prev) || maxAfter.test(next) || maxAfter.test(next2) || /^(?:дейин|чейин|cenli|ченли|gacha)$/u.test(next2);
const oldIsMin = (prev: string, next: string) => minBefore.test(prev) || minAfter.test(next);

/** The words the tables and RegExps name, so that random words often start, end or are one of them. */
const named = [
  'usd', 'у.е', 'уе', 'у', 'доллар', 'долл', 'dollar', 'бакс', 'eur', 'евро', 'yevro', 'rub', 'руб', 'р', 'kzt', 'тенге', 'тг', 'tenge', 'uzs', 'сум',
  'som', "so'm", 'so', 'kgs', 'сом', 'tjs', 'сомони', 'somoni', 'tmt', 'манат', 'manat', 'лир', 'lira', 'tl', 'try', 'aed', 'дирхам', 'dirham', 'sar',
  'риял', 'riyal', 'qar', 'krw', 'вон', 'won', 'gbp', 'фунт', 'funt', 'pound', 'pln', 'zl', 'злот', 'zlot', 'jpy', 'иен', 'йен', 'cny', 'юан', 'yuan',
  'ils', 'шекел', 'shekel', 'млн', 'mln', 'million', 'миллион', 'k', 'к', 'тыс', 'час', 'hour', 'hr', 'h', 'soat', 'соат', 'сагат', 'саат', 'sagat',
  'sagad', 'день', 'дня', 'сутки', 'смен', 'day', 'daily', 'shift', 'kun', 'кун', 'руз', 'gun', 'ежеднев', 'недел', 'нед', 'week', 'hafta', 'хафта',
  'апта', 'жума', 'hepde', 'год', 'year', 'annual', 'yil', 'йил', 'жыл', 'сол', 'yyl', 'лет', 'years', 'yrs', 'yo', 'yosh', 'еш', 'жас', 'жаш', 'yas',
  'возраст', 'age', 'ages', 'aged', 'y', 'до', 'under', 'below', 'younger', 'моложе', 'то', 'max', 'maximum', 'максимум', 'up', 'gacha', 'гача',
  'дейин', 'чейин', 'cenli', 'ченли', 'ке', 'ка', 'га', 'ге', 'кача', 'кадар', 'от', 'с', 'from', 'over', 'older', 'старше', 'аз', 'min', 'minimum',
  'минимум', 'не', 'dan', 'дан', 'ден', 'тан', 'тен', 'den', 'tan', 'ten',
];
/** Units around them: letters inside and outside the extractors' letter class, digits, marks, signs, white space of every kind. */
const units = ['a', 's', 'z', 'а', 'я', 'ә', 'ş', 'ü', 'ý', 'ß', 'A', 'Я', 'α', '中', '1', '0', "'", '.', '-', ',', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '$', '€', '£', '₽', '₸', '₺', '₩', '¥', '+', '/'];

const piece = fc.oneof(fc.constantFrom(...named), fc.constantFrom(...units));
const word = fc.array(piece, { minLength: 0, maxLength: 4 }).map((p) => p.join(''));
/** What stands before a number: up to six units, as the extractor slices them. */
const before = fc.array(piece, { minLength: 0, maxLength: 5 }).map((p) => p.join('').slice(-6));

/** Every word (runs of letters and digits) and every six-unit stretch before a digit of the labelled offers, normalised. */
const offerWords: string[] = [];
const offerBefores: string[] = [];
for (const offer of labelledOffers) {
  const { text } = normalizeText(offer.text);
  for (const m of text.matchAll(/[\p{L}\p{N}']+\.?/gu)) offerWords.push(m[0], m[0].replace(/\.$/, ''));
  for (let i = 0; i < text.length; i++) if (/[0-9]/.test(text[i]!)) offerBefores.push(text.slice(Math.max(0, i - 6), i));
}

test('currency, multiplier, period and age words read by hand agree with the RegExps on every word of the labelled offers', () => {
  assert.ok(offerWords.length > 10_000 && offerBefores.length > 1_000, 'the labelled offers give words and numbers to read');
  for (const w of offerWords) {
    assert.equal(currencyCode(w), oldCurrencyCode(w), `currency of ${JSON.stringify(w)}`);
    assert.equal(multiplier(w), oldMultiplier(w), `multiplier of ${JSON.stringify(w)}`);
    assert.equal(periodOf(w), oldPeriodOf(w), `period of ${JSON.stringify(w)}`);
    assert.equal(startsWithAgeWord(w), oldAgeWord(w), `age word ${JSON.stringify(w)}`);
    assert.equal(ageIsMax(w, '', ''), oldIsMax(w, '', ''), `upper bound before: ${JSON.stringify(w)}`);
    assert.equal(ageIsMax('', w, ''), oldIsMax('', w, ''), `upper bound after: ${JSON.stringify(w)}`);
    assert.equal(ageIsMax('', '', w), oldIsMax('', '', w), `upper bound second after: ${JSON.stringify(w)}`);
    assert.equal(ageIsMin(w, ''), oldIsMin(w, ''), `lower bound before: ${JSON.stringify(w)}`);
    assert.equal(ageIsMin('', w), oldIsMin('', w), `lower bound after: ${JSON.stringify(w)}`);
  }
  for (const b of offerBefores) assert.deepEqual(currencyBeforeNumber(b), oldCurrencyBefore(b), `before ${JSON.stringify(b)}`);
});

test('currency, multiplier, period and age words read by hand agree with the RegExps on random words', () => {
  fc.assert(
    fc.property(word, word, word, (a, b, c) => {
      assert.equal(currencyCode(a), oldCurrencyCode(a));
      assert.equal(multiplier(a), oldMultiplier(a));
      assert.equal(multiplier(a === '' ? undefined : a), oldMultiplier(a === '' ? undefined : a));
      assert.equal(periodOf(a), oldPeriodOf(a));
      assert.equal(startsWithAgeWord(a), oldAgeWord(a));
      assert.equal(ageIsMax(a, b, c), oldIsMax(a, b, c));
      assert.equal(ageIsMin(a, b), oldIsMin(a, b));
    }),
    { numRuns: 20_000 },
  );
});

test('a currency before a number, read by hand, agrees with the RegExps on random and hostile stretches', () => {
  fc.assert(
    fc.property(before, (b) => {
      assert.deepEqual(currencyBeforeNumber(b), oldCurrencyBefore(b));
    }),
    { numRuns: 20_000 },
  );
  // Hostile: every run of up to five pieces of a small alphabet of the cases that matter, cut to six units.
  const alphabet = ['usd', 'eur', 'pln', 'u', 's', 'd', 'x', 'ü', '1', ' ', '\u00a0', '.', '$', '€', '\n'];
  let checked = 0;
  const grow = (s: string, pieces: number): void => {
    const b = s.slice(-6);
    assert.deepEqual(currencyBeforeNumber(b), oldCurrencyBefore(b), `before ${JSON.stringify(b)}`);
    checked += 1;
    if (pieces === 5) return;
    for (const a of alphabet) grow(s + a, pieces + 1);
  };
  grow('', 0);
  assert.ok(checked > 10_000);
});
