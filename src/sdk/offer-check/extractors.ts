/**
 * Extractors: the signals that need a little arithmetic rather than a word list: pay with its
 * currency and period, age limits, contact channels, and bank-card numbers. They read normalised
 * text (see normalize.ts) and return spans in it. Every scan is linear: numbers are read by hand,
 * and the few RegExps are anchored, bounded and free of nested quantifiers.
 */
import { payReferences } from '../../data/wages/pay-references.js';
import type { ExtractorSignal } from './rule-schema.js';
import { isClauseEnd, isWordUnit } from './normalize.js';

/** The letters of normalised text: lower-case Latin and Cyrillic with their extensions (see `textRe`). */
const LETTERS = 'a-z\\u00c0-\\u024f\\u0400-\\u052f';

/**
 * A RegExp over normalised text, written with `\p{L}` (a letter) and `\p{N}` (a digit) for
 * reading, compiled without Unicode property tables: normalised text is lower case and folded, so
 * its letters are Latin and Cyrillic. A `u` RegExp full of `\p{L}` takes a browser tens of
 * milliseconds to compile — one long task on the first check a person makes.
 */
export function textRe(source: string, flags: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escape = source.slice(i, i + 5);
      if (escape === '\\p{L}' || escape === '\\p{N}') {
        const range = escape === '\\p{L}' ? LETTERS : '0-9';
        out += inClass ? range : `[${range}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return new RegExp(out, flags);
}

/** A stretch of normalised text, `[start, end)`. */
export type Span = readonly [number, number];

/** Pay the text mentions. */
export interface PayMention {
  /** The amount in US dollars a month, roughly (see `usdPerUnit`). */
  usdPerMonth: number;
  /** The ISO 4217 code of the currency written. */
  currency: string;
  /** The period written, or `month` when none was. */
  period: 'hour' | 'day' | 'week' | 'month' | 'year';
  /** Whether a period was written ("в месяц", "/day"); a sum without one may be a price. */
  periodWritten: boolean;
  /** How many times the typical full-time wage of the country of its currency it is, or NaN (see `payReferences`). */
  localRatio: number;
  span: Span;
}

/** What the extractors found. */
export interface Extracted {
  signals: Map<ExtractorSignal, Span[]>;
  pay: PayMention[];
}

/** Monthly pay, in US dollars, from which pay is "high" for work that asks no experience. */
export const HIGH_PAY_USD_PER_MONTH = 2500;
/** Monthly pay, in US dollars, from which pay is implausible for almost any job offered this way. */
export const VERY_HIGH_PAY_USD_PER_MONTH = 5000;

/**
 * Rough rates, US dollars per unit, mid-2025. They only decide whether pay is far above what such
 * work pays; a rate that is 20% off changes nothing that matters here.
 */
export const usdPerUnit: Readonly<Record<string, number>> = {
  USD: 1, EUR: 1.1, GBP: 1.3, RUB: 0.012, KZT: 0.002, UZS: 0.00008, KGS: 0.0115, TJS: 0.1, TMT: 0.29, TRY: 0.025,
  AED: 0.27, SAR: 0.27, QAR: 0.27, KRW: 0.0007, PLN: 0.27, JPY: 0.0067, CNY: 0.14, ILS: 0.28,
};

const perMonth = { hour: 168, day: 22, week: 4.33, month: 1, year: 1 / 12 } as const;

/**
 * Full-time months for comparing with a country's wage: 8 hours a day, 22 working days a month — a
 * conversion that favours the offer (many offers mean six days a week).
 */
const localPerMonth = { hour: 176, day: 22, week: 4.33, month: 1, year: 1 / 12 } as const;

/** Pay from this many times a country’s typical full-time wage is above what unskilled work pays there. */
export const LOCAL_PAY_ABOVE = 2;
/** … and from this many times, far above what almost any job offered this way pays. */
export const LOCAL_PAY_FAR_ABOVE = 5;

/** How many times the reference wage of the country that pays in `currency` a monthly sum is; NaN when there is none. */
export function localPayRatio(monthly: number, currency: string): number {
  const ref = payReferences[currency];
  if (!ref) return Number.NaN;
  return monthly / (ref.amount * localPerMonth[ref.period]);
}

// "2-3 часа в день", "2–3 hours a day", "kuniga 2-3 soat": a short working day, which makes a monthly sum worth more per hour.
export const hoursOfDay = textRe(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?: ?[-–—] ?(\d{1,2}))? ?(?:час\p{L}*|ч|hours?|hrs?|h|soat\p{L}*|соат\p{L}*|сагат\p{L}*|саат\p{L}*|sagat\p{L}*)(?![\p{L}\p{N}])`,
  'g',
);
export const dayWord = textRe(String.raw`(?<![\p{L}])(?:день|дня|day|daily|kun\p{L}*|кун\p{L}*|руз\p{L}*|gun\p{L}*|gün\p{L}*)(?![\p{L}])`, '');

// "7:00–22:00", "с 8.00 до 23.00", "7:00 dan 22:00 gacha": a working day given by the clock.
const clockRange = /(?<![0-9])([01]?[0-9]|2[0-4])[:.]([0-5][0-9])[^0-9\n.;!?]{1,8}?([01]?[0-9]|2[0-4])[:.]([0-5][0-9])(?![0-9])/g;

/** Hours from which a working day given by the clock is excessive: beyond the twelve-hour shifts of 2/2 and rotation work. */
export const LONG_DAY_HOURS = 13;

/**
 * Hours from which a working day given by the clock, with six working days a week in its sentence, is
 * excessive: 72 hours a week, as "12 hours a day, 6 days a week" written out (rule `excessive-hours`).
 */
export const LONG_SHIFT_HOURS = 12;

/** The first clock range of at least `hours` (`LONG_DAY_HOURS` unless given) the text states, or undefined. */
function longDay(text: string, hours = LONG_DAY_HOURS): Span | undefined {
  if (!/[0-9][:.][0-5][0-9]/.test(text)) return undefined;
  clockRange.lastIndex = 0;
  for (const m of text.matchAll(clockRange)) {
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    const minutes = (to - from + 24 * 60) % (24 * 60);
    if (minutes >= hours * 60) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

/** `hoursOfDay`, tried at one place: at each number that may start a match, in turn. */
const hoursOfDayAt = new RegExp(hoursOfDay.source, 'y');
/** How an hour word of `hoursOfDay` starts. */
const hourWordStarts = ['ч', 'h', 'soat', 'соат', 'сагат', 'саат', 'sagat'];
/**
 * The furthest an hour word of `hoursOfDay` starts after a match's first digit: one more digit,
 * " - ", two digits and a space.
 */
const HOUR_WORD_REACH = 9;

/** Whether an hour word of `hoursOfDay` starts within `HOUR_WORD_REACH` units after `at`. */
function hourWordNear(text: string, at: number): boolean {
  for (let q = at + 1; q <= at + HOUR_WORD_REACH && q < text.length; q++) {
    const u = text.charCodeAt(q);
    // ч, h, s, с
    if (u !== 0x447 && u !== 0x68 && u !== 0x73 && u !== 0x441) continue;
    for (const word of hourWordStarts) if (text.startsWith(word, q)) return true;
  }
  return false;
}

/** A unit of `\p{L}` as `textRe` writes it (normalised text is lower case, Latin and Cyrillic). */
const isTextLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x52f);

/** A unit of `\p{L}` or `\p{N}` as `textRe` writes them (normalised text is lower case, Latin and Cyrillic). */
const isTextWordUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x52f);

/**
 * The shortest working day of four hours or less the text states, with its span, or undefined:
 * the first match of `hoursOfDay` (as `matchAll` finds them, left to right, none overlapping) of
 * at most four hours with a day word near it. A match starts at a digit that follows no letter or
 * digit and has an hour word a few units on, so the RegExp is tried only there, not over the
 * whole text: nearly every posting has an "с", "s" or "h", and many a number.
 */
/**
 * Whether a sentence ends at `i` of the (lower-cased) text: a line break, or a full stop, `!` or `?`
 * before a space — not the dot of a short abbreviation ("2–3 ч. в день").
 */
function sentenceEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a) return true;
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
  const next = text.charCodeAt(i + 1);
  if (next !== 0x20 && next !== 0x0a && next !== 0x09 && next !== 0xa0) return false;
  let letters = 0;
  while (i - letters > 0 && isTextWordUnit(text.charCodeAt(i - letters - 1)) && !isDigit(text.charCodeAt(i - letters - 1))) letters += 1;
  return letters === 0 || letters > 3;
}

/** `text.slice(from, to)` from the last sentence end in it on: what of it stands in the sentence of `to`. */
function sameSentenceBefore(text: string, from: number, to: number): string {
  for (let k = to - 1; k >= from; k--) if (sentenceEndAt(text, k)) return text.slice(k + 1, to);
  return text.slice(from, to);
}

/** `text.slice(from, to)` up to its first sentence end: what of it stands in the sentence of `from`. */
function sameSentenceAfter(text: string, from: number, to: number): string {
  for (let k = from; k < to && k < text.length; k++) if (sentenceEndAt(text, k)) return text.slice(from, k);
  return text.slice(from, to);
}

export function shortDay(text: string): { hours: number; span: Span } | undefined {
  const n = text.length;
  let from = 0;
  for (let at = 0; at < n; at++) {
    const c = text.charCodeAt(at);
    if (c < 0x30 || c > 0x39 || at < from || (at > 0 && isTextWordUnit(text.charCodeAt(at - 1))) || !hourWordNear(text, at)) continue;
    hoursOfDayAt.lastIndex = at;
    const m = hoursOfDayAt.exec(text);
    if (!m) continue;
    const end = at + m[0].length;
    from = end;
    const top = Number(m[2] ?? m[1]);
    if (top < 1 || top > 4) continue;
    // The day word in the same sentence: "ай сайын 5-і күні. Алдымен 1 сағаттық тест" is a one-hour
    // test after a pay date, not a working day of one hour.
    if (!dayWord.test(sameSentenceBefore(text, Math.max(0, at - 16), at)) && !dayWord.test(sameSentenceAfter(text, end, end + 16))) continue;
    return { hours: top, span: [at, end] };
  }
  return undefined;
}

const symbolCurrency: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₸': 'KZT', '₺': 'TRY', '₩': 'KRW', '¥': 'JPY' };

// Currency words after a number, as they are after normalisation (ё→е, ў→у, ң→н, ӣ→и …).
/** A currency (and a multiplier) right after a number; exported for the property test of `mayFollowWithCurrency`. */
export const currencyAfter =
  textRe(String.raw`[^\p{L}\p{N}$€£₽₸₺₩¥]{0,2}(?:(?<mult>k|к|тыс\p{L}*|т\.|млн|mln|million\p{L}*|миллион\p{L}*|ming|минг|мын|мин|хазор|mun|thousand\p{L}*)[^\p{L}\p{N}$€£₽₸₺₩¥]{0,2})?(?<cur>[$€£₽₸₺₩¥]|usd|у\.?е\.?|доллар\p{L}*|долл\.?|dollar\p{L}*|бакс\p{L}*|eur|euro\p{L}*|евро|yevro|rub\p{L}*|руб\p{L}*|р\.|kzt|тенге|тг|tenge|uzs|сум|so'?m|kgs|сом|tjs|сомони|somoni|tmt|манат|manat|лир\p{L}*|lira|tl|try|aed|дирхам\p{L}*|dirham\p{L}*|дирхам|sar|риял\p{L}*|riyal\p{L}*|qar|krw|вон|won|gbp|фунт\p{L}*|funt\p{L}*|pound\p{L}*|pln|zl|злот\p{L}*|zlot\p{L}*|jpy|иен\p{L}*|йен\p{L}*|cny|юан\p{L}*|yuan|ils|шекел\p{L}*|shekel\p{L}*)(?![\p{L}\p{N}])`, 'y');

/**
 * Whether `currencyAfter` may match at `at`: after at most two units that are neither a letter, a
 * digit nor a currency sign, it needs a letter or a sign (a multiplier or the currency). False only
 * where the RegExp cannot match: after a phone number's group, an age range or a year it is not run.
 * Every unit from U+0080 on counts as one that may start a match.
 */
export function mayFollowWithCurrency(text: string, at: number): boolean {
  for (let j = at; j < at + 3 && j < text.length; j++) {
    const u = text.charCodeAt(j);
    if (u >= 0x80 || (u >= 0x61 && u <= 0x7a) || u === 0x24) return true;
    if (u >= 0x30 && u <= 0x39) return false;
  }
  return false;
}

/**
 * Words read by their start (a prefix), or as a whole (an exact word), in order: the first entry
 * that fits gives the answer. Replaces a chain of `^(…)` RegExps tried one after the other on each
 * word (a property test keeps the chains as its oracle).
 */
type WordTable<T> = readonly (readonly [T, readonly string[], readonly string[]])[];

function readWord<T>(table: WordTable<T>, word: string): T | undefined {
  for (const [answer, prefixes, exact] of table) {
    for (const prefix of prefixes) if (word.startsWith(prefix)) return answer;
    for (const whole of exact) if (word === whole) return answer;
  }
  return undefined;
}

/** The currency of a word `currencyAfter` found: [code, prefixes, whole words]. */
const currencyWords: WordTable<string> = [
  ['USD', ['usd', 'у.е', 'уе', 'доллар', 'долл', 'dollar', 'бакс'], []],
  ['EUR', ['eur', 'евро', 'yevro'], []],
  ['RUB', ['rub', 'руб'], ['р']],
  ['KZT', ['kzt', 'тенге', 'тг', 'tenge'], []],
  ['UZS', ['uzs', 'сум', 'som', "so'm"], []],
  ['KGS', [], ['kgs', 'сом']],
  ['TJS', ['tjs', 'сомони', 'somoni'], []],
  ['TMT', ['tmt', 'манат', 'manat'], []],
  ['TRY', ['лир', 'lira', 'try'], ['tl']],
  ['AED', ['aed', 'дирхам', 'dirham'], []],
  ['SAR', ['sar', 'риял', 'riyal'], []],
  ['QAR', ['qar'], []],
  ['KRW', ['krw', 'вон', 'won'], []],
  ['GBP', ['gbp', 'фунт', 'funt', 'pound'], []],
  ['PLN', ['pln', 'zl', 'злот', 'zlot'], []],
  ['JPY', ['jpy', 'иен', 'йен'], []],
  ['CNY', ['cny', 'юан', 'yuan'], []],
  ['ILS', ['ils', 'шекел', 'shekel'], []],
];

/** The ISO code of a currency word or sign (a full stop after it dropped); exported for its property test. */
export function currencyCode(word: string): string | undefined {
  const w = word.charCodeAt(word.length - 1) === 0x2e ? word.slice(0, -1) : word;
  if (symbolCurrency[w]) return symbolCurrency[w];
  return readWord(currencyWords, w);
}

/** The currency signs `currencyAfter` and `currencyBefore` read. */
const isCurrencySign = (c: number) => c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x20bd || c === 0x20b8 || c === 0x20ba || c === 0x20a9 || c === 0xa5;
/** White space as `\s` reads it. */
const isReSpace = (c: number) =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const currencyCodesBefore = new Set(['usd', 'eur', 'gbp', 'aed', 'rub', 'kzt', 'uzs', 'krw', 'pln']);

/**
 * A currency written just before a number, in `before` (the few units before it): a sign at its
 * end or before one white-space unit (`/([$€£₽₸₺₩¥])\s?$/u`), else a code that follows no letter
 * or digit, then at most two units that are neither (`currencyBefore`); with where it starts in
 * `before`. Written by hand (the RegExps ran at every number with a Latin letter a few units
 * before it); exported for the property test, which keeps the RegExps as its oracle.
 */
export function currencyBeforeNumber(before: string): { currency: string; at: number } | undefined {
  const n = before.length;
  const last = n > 0 ? before.charCodeAt(n - 1) : -1;
  if (isCurrencySign(last)) return { currency: symbolCurrency[before[n - 1]!]!, at: n - 1 };
  if (n >= 2 && isReSpace(last) && isCurrencySign(before.charCodeAt(n - 2))) return { currency: symbolCurrency[before[n - 2]!]!, at: n - 2 };
  // The code ends at p, and only units that are neither a letter nor a digit follow it.
  for (let p = n; p >= n - 2 && p >= 3; p--) {
    if (p < n && isTextWordUnit(before.charCodeAt(p))) break;
    const code = before.slice(p - 3, p);
    if (currencyCodesBefore.has(code) && (p === 3 || !isTextWordUnit(before.charCodeAt(p - 4)))) return { currency: code.toUpperCase(), at: p - 3 };
  }
  return undefined;
}


/** A multiplier after a number that follows its currency: "$3k", "$2,5 млн". */
const multiplierAfter = textRe(String.raw`[^\p{L}\p{N}]{0,1}(k|к|тыс\p{L}*|млн|mln|million\p{L}*|миллион\p{L}*)(?![\p{L}\p{N}])`, 'y');

/** The factor of a multiplier word ("k", "тыс", "млн"), or 1 without one. */
export function multiplier(word: string | undefined): number {
  if (!word) return 1;
  return word.startsWith('млн') || word.startsWith('mln') || word.startsWith('million') || word.startsWith('миллион') ? 1e6 : 1e3;
}

// A period within the few words after the currency: "в день", "/day", "kuniga", "күніне", "günde"
// — never past a closing bracket, which ends the sum's phrase ("(~1 700 €), sagatlaýyn 8 sagat").
const periodAfter =
  textRe(String.raw`[^\p{L}\p{N}\n.;!?)\]]{0,4}(?:(?:в|за|per|a|an|in|each|every|дар|har)[^\p{L}\p{N}\n]{1,2})?(?:(?:як|one)[^\p{L}\p{N}\n]{1,2})?(?<p>час\p{L}*|hour\p{L}*|hr|h|soat\p{L}*|соат\p{L}*|сагат\p{L}*|саат\p{L}*|sagat\p{L}*|день|дня|сутки|смен\p{L}*|day|days|daily|shift|kun\p{L}*|кун\p{L}*|руз\p{L}*|gun\p{L}*|недел\p{L}*|нед|week\p{L}*|hafta\p{L}*|хафта\p{L}*|апта\p{L}*|жума\p{L}*|hepde\p{L}*|месяц\p{L}*|мес|month\p{L}*|oy\p{L}*|ой\p{L}*|ай\p{L}*|мох\p{L}*|ay\p{L}*|год|года|year\p{L}*|annual\p{L}*|yil\p{L}*|йил\p{L}*|жыл\p{L}*|сол\p{L}*|yyl\p{L}*|brutto|gross|net|нетто|брутто)(?![\p{L}\p{N}])`, 'y');

// A period written before the sum, as Turkic and Tajik put it and Russian often does: "kuniga
// 300 000 so'm", "күніне 25 000 – 40 000 ₸", "рӯзе 300 сомонӣ", "в день 5000 руб", "daily $80"
// (folded: ү → у, ӯ → у, ý → y). The sum may be the top of a range whose bottom stands between.
/** The period words `periodBefore` reads (folded: ү → у, ӯ → у, ý → y). */
const periodWordsBefore = 'день|сутки|смену|час|неделю|месяц|day|shift|hour|week|month|daily|hourly|weekly|monthly|ежедневно|ежемесячно|kuniga|kunlik|soatiga|haftasiga|oyiga|кунига|кунлик|соатига|хафтасига|ойига|кунине|кунуно|кунуне|саатына|сагатына|аптасына|айына|рузе|рузона|соате|мохе|мохона|gunune|gundelik|sagadyna|hepdede|ayda'.split('|');
/** Exported for the property test of `mayEndPeriodBefore`. */
export const periodBefore = textRe(
  String.raw`(?<![\p{L}\p{N}])(?:(?:в|за|per|a|each|every)[^\p{L}\p{N}
]{1,2})?(?<p>${periodWordsBefore.join('|')})[^\p{L}\p{N}
.;!?]{0,4}(?:\d[\d .,]*[^\p{L}\p{N}
.;!?]{0,3}[-–—][^\p{L}\p{N}
.;!?]{0,3})?[$€£₽₸₺₩¥]?[^\p{L}\p{N}
.;!?]{0,2}$`,
  '',
);

/** `periodWordsBefore` by their last unit, for `mayEndPeriodBefore`. */
const periodWordsByLast = new Map<number, string[]>();
for (const word of periodWordsBefore) {
  const last = word.charCodeAt(word.length - 1);
  const list = periodWordsByLast.get(last);
  if (list) list.push(word);
  else periodWordsByLast.set(last, [word]);
}
/** 1 for a unit that one of `periodWordsBefore` spells. */
const periodWordUnits = new Uint8Array(0x530);
for (const word of periodWordsBefore) for (let k = 0; k < word.length; k++) periodWordUnits[word.charCodeAt(k)] = 1;

/**
 * Whether `periodBefore` may match `text.slice(from, to)`: what may follow its period word — spaces
 * and punctuation, a sum and a dash, a currency sign — holds none of the period words' letters, so
 * the word must end at the last such letter before `to`. False only where the RegExp cannot match;
 * it spares slicing and running it at most sums (a property test holds the two together).
 */
export function mayEndPeriodBefore(text: string, from: number, to: number): boolean {
  let p = to - 1;
  while (p >= from) {
    const u = text.charCodeAt(p);
    if (u < 0x530 && periodWordUnits[u] === 1) break;
    p -= 1;
  }
  if (p < from) return false;
  const words = periodWordsByLast.get(text.charCodeAt(p));
  if (words === undefined) return false;
  for (const word of words) {
    const at = p + 1 - word.length;
    if (at >= from && text.startsWith(word, at)) return true;
  }
  return false;
}

/** The period a period word names: [period, prefixes, whole words], in order. */
const periodWords: WordTable<PayMention['period']> = [
  ['hour', ['час', 'hour', 'soat', 'соат', 'сагат', 'саат', 'sagat', 'sagad'], ['hr', 'h']],
  ['day', ['день', 'дня', 'сутки', 'смен', 'day', 'daily', 'shift', 'kun', 'кун', 'руз', 'gun', 'ежеднев'], []],
  ['week', ['недел', 'нед', 'week', 'hafta', 'хафта', 'апта', 'жума', 'hepde'], []],
  ['year', ['год', 'year', 'annual', 'yil', 'йил', 'жыл', 'сол', 'yyl'], []],
];

/** The period a period word names, `month` for the others; exported for its property test. */
export function periodOf(word: string): PayMention['period'] {
  return readWord(periodWords, word) ?? 'month';
}

/** Words after a sum that name no period: "brutto", "net". */
const grossOrNet = new Set(['brutto', 'gross', 'net', 'нетто', 'брутто']);

interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** Digits in the token, separators not counted. */
  digits: number;
  /** The token had group separators or a decimal part. */
  grouped: boolean;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Reads every number in the text: `3000`, `3 000`, `3,000`, `1.500`, `2 000 000`, `12.50`. */
function readNumbers(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39 || (i > 0 && isDigit(text.charCodeAt(i - 1)))) continue;
    const start = i;
    // The value is read digit by digit (no string is made); past 15 digits it is not a number we use.
    let value = 0;
    let count = 0;
    while (i < n && (c = text.charCodeAt(i)) >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      count += 1;
      i += 1;
    }
    let grouped = false;
    let decimal = false;
    for (;;) {
      const sep = text.charCodeAt(i);
      // Thousands groups: "3 000", "3,000", "1.500", "2 000 000"; only after a lead of 1–3 digits.
      if ((sep === 0x20 || sep === 0x2c || sep === 0x2e || sep === 0x27) && (grouped || count <= 3)) {
        let j = i + 1;
        while (j < n && j - i <= 4 && isDigit(text.charCodeAt(j))) j += 1;
        const run = j - i - 1;
        if (run === 3 && !(j < n && isDigit(text.charCodeAt(j)))) {
          for (let k = i + 1; k < j; k++) value = value * 10 + (text.charCodeAt(k) - 0x30);
          count += 3;
          grouped = true;
          i = j;
          continue;
        }
        if ((sep === 0x2c || sep === 0x2e) && (run === 1 || run === 2) && !decimal) {
          let fraction = 0;
          for (let k = i + 1; k < j; k++) fraction = fraction * 10 + (text.charCodeAt(k) - 0x30);
          value += fraction / (run === 1 ? 10 : 100);
          decimal = true;
          i = j;
        }
      }
      break;
    }
    found.push({ value: count > 15 ? Number.NaN : value, start, end: i, digits: count, grouped: grouped || decimal });
    // The loop's i += 1 would skip the character after the number: it is not a digit, but check it.
    i -= 1;
  }
  return found;
}

/**
 * Whether the numbers could hold a card number: sixteen digits together, or groups of four (or
 * eight, twelve) joined by one space or dash: the quick test before `findCards`.
 */
function mayHoldCard(text: string, numbers: readonly NumberToken[]): boolean {
  let digits = 0;
  let end = -2;
  for (const t of numbers) {
    if (t.grouped || t.digits % 4 !== 0) {
      digits = 0;
      continue;
    }
    const joined = digits > 0 && t.start === end + 1 && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x2d);
    digits = joined ? digits + t.digits : t.digits;
    end = t.end;
    if (digits >= 16) return true;
  }
  return false;
}

/** Whether a currency could stand just before a number: a Latin letter (a code: usd, eur…) or a symbol. */
function currencyMayPrecede(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const c = text.charCodeAt(k);
    if ((c >= 0x61 && c <= 0x7a) || c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0x20bd || c === 0x20b8 || c === 0x20ba || c === 0x20a9 || c === 0xa5) return true;
  }
  return false;
}

// --- ages ---

/** Words for the people wanted, before a bare range ("девушки 18-25"), as they are after normalisation. */
const personWord =
  textRe(String.raw`^(?:girls?|ladies|women|boys|men|guys|candidates|applicants|девушк\p{L}*|девушек|девочк\p{L}*|девочек|женщин\p{L}*|парн\p{L}*|мужчин\p{L}*|кандидат\p{L}*|qizlar\p{L}*|ayollar\p{L}*|yigitlar\p{L}*|erkaklar\p{L}*|кыздар\p{L}*|жигиттер\p{L}*|аялдар\p{L}*|духтарон\p{L}*|писарон\p{L}*|занон\p{L}*|gyzlar\p{L}*|yigitler\p{L}*|ayallar\p{L}*)$`, '');
/** Words before an age that make it an upper bound ("до 25", "under 30"). */
const maxBefore = new Set(['до', 'under', 'below', 'younger', 'моложе', 'то', 'max', 'maximum', 'максимум', 'up']);
/** Endings of the word after an age that make it an upper bound ("25 yoshgacha", "30 жашка"). */
const maxAfter = ['gacha', 'гача', 'дейин', 'чейин', 'cenli', 'ченли', 'ке', 'ка', 'га', 'ге', 'кача', 'кадар'];
/** The second word after an age that makes it an upper bound ("25 ёшга дейин"). */
const maxAfterSecond = new Set(['дейин', 'чейин', 'cenli', 'ченли', 'gacha']);
/** Words before an age that make it a lower bound ("от 18", "older than"). */
const minBefore = new Set(['от', 'с', 'from', 'over', 'older', 'старше', 'аз', 'min', 'minimum', 'минимум', 'не']);
/** Endings of the word after an age that make it a lower bound ("18 yoshdan"). */
const minAfter = ['dan', 'дан', 'ден', 'тан', 'тен', 'den', 'tan', 'ten'];
const endsWithAny = (word: string, endings: readonly string[]) => endings.some((e) => word.endsWith(e));

/** Whether the words around an age (the one before, the two after) make it an upper bound; exported for the property test. */
export function ageIsMax(prev: string, next: string, next2: string): boolean {
  return maxBefore.has(prev) || endsWithAny(next, maxAfter) || endsWithAny(next2, maxAfter) || maxAfterSecond.has(next2);
}

/** Whether the words around an age make it a lower bound (a "+" after it aside); exported for the property test. */
export function ageIsMin(prev: string, next: string): boolean {
  return minBefore.has(prev) || endsWithAny(next, minAfter);
}
const rangeJoin = textRe(String.raw`^[^\p{L}\p{N}]{0,3}(?:-|до|to|and|и|то|gacha|dan|ден|дан|тан|тен|бен|пен|мен|den|dan|ila|bilan|ga|[\p{L}]{2,9}(?:dan|дан|ден|тан|тен|den|tan|ten))?[^\p{L}\p{N}]{0,3}$`, '');

/** The words next to a position, within its clause, normalised and without digits. */
function wordsAround(text: string, start: number, end: number, count: number): { before: string[]; after: string[]; afterEnd: number } {
  const before: string[] = [];
  let i = start - 1;
  while (before.length < count && i >= 0) {
    while (i >= 0 && !isWordUnit(text.charCodeAt(i))) {
      if (isClauseEnd(text.charCodeAt(i))) return { before, ...wordsAfter(text, end, count) };
      i -= 1;
    }
    const e = i + 1;
    while (i >= 0 && isWordUnit(text.charCodeAt(i))) i -= 1;
    if (e > i + 1) before.push(text.slice(i + 1, e));
  }
  return { before, ...wordsAfter(text, end, count) };
}

/** The words after `end`, within its clause (see `wordsAround`). */
function wordsAfter(text: string, end: number, count: number): { after: string[]; afterEnd: number } {
  const words: string[] = [];
  let j = end;
  let afterEnd = end;
  while (words.length < count && j < text.length) {
    while (j < text.length && !isWordUnit(text.charCodeAt(j))) {
      if (isClauseEnd(text.charCodeAt(j))) return { after: words, afterEnd };
      j += 1;
    }
    const s = j;
    while (j < text.length && isWordUnit(text.charCodeAt(j))) j += 1;
    if (j > s) {
      words.push(text.slice(s, j));
      afterEnd = j;
    }
  }
  return { after: words, afterEnd };
}

function findAges(text: string, numbers: NumberToken[], used: Set<NumberToken>, signals: Signals): void {
  const candidates = numbers.filter((t) => !used.has(t) && !t.grouped && t.digits === 2 && t.value >= 14 && t.value <= 70);
  const paired = new Set<NumberToken>();
  for (let k = 0; k < candidates.length; k++) {
    const a = candidates[k]!;
    if (paired.has(a)) continue;
    const b = candidates[k + 1];
    const aw = wordsAround(text, a.start, a.end, 2);
    if (b && b.start - a.end <= 14 && a.value < b.value && rangeJoin.test(text.slice(a.end, b.start))) {
      const bw = wordsAround(text, b.start, b.end, 2);
      const join = text.slice(a.end, b.start);
      // "Girls 18-25" and a bare "18–25" at the end of a clause are ages too.
      const bare = /^ ?- ?$/.test(join) && a.value >= 16 && b.value <= 45;
      const context =
        [...aw.before, ...bw.after, ...join.split(nonLetters)].some((w) => startsWithAgeWord(w)) ||
        (bare && (aw.before.some((w) => personWord.test(w)) || bw.after.length === 0));
      if (context) {
        paired.add(b);
        const tail = bw.after[0] !== undefined && startsWithAgeWord(bw.after[0]) ? text.indexOf(bw.after[0], b.end) + bw.after[0].length : b.end;
        const span: Span = [a.start, tail];
        if (b.value <= 30) add(signals, 'age-young', span);
        if (a.value < 18) add(signals, 'age-minor', span);
        continue;
      }
    }
    const context = [...aw.before, ...aw.after].some((w) => startsWithAgeWord(w)) || text.charCodeAt(a.end) === 0x2b;
    if (!context) continue;
    const prev = aw.before[0] ?? '';
    const next = aw.after[0] ?? '';
    const next2 = aw.after[1] ?? '';
    const span: Span = [a.start, next && startsWithAgeWord(next) ? text.indexOf(next, a.end) + next.length : a.end];
    const isMax = ageIsMax(prev, next, next2);
    const isMin = ageIsMin(prev, next) || text.charCodeAt(a.end) === 0x2b;
    if (isMax && !isMin && a.value <= 30) add(signals, 'age-young', span);
    if (isMin && !isMax && a.value < 18) add(signals, 'age-minor', span);
  }
}

const nonLetters = textRe(String.raw`[^\p{L}]+`, '');
/** Age words, whole: "лет", "years", "yo". */
const ageWords = new Set(['лет', 'year', 'years', 'yrs', 'yo', 'age', 'ages', 'aged', 'y']);
/** Age words by their stem, followed by letters only: "года", "yoshda", "жаста", "возраста". */
const ageStems = ['год', 'yosh', 'еш', 'жас', 'жаш', 'сол', 'yas', 'возраст'];

/**
 * Whether a word is an age word: one of `ageWords`, or one of `ageStems` followed by letters only.
 * Written by hand (two RegExps ran on each word next to a two-digit number); exported for the
 * property test, which keeps the RegExps as its oracle.
 */
export function startsWithAgeWord(word: string): boolean {
  if (ageWords.has(word)) return true;
  for (const stem of ageStems) {
    if (!word.startsWith(stem)) continue;
    let i = stem.length;
    while (i < word.length && isTextLetter(word.charCodeAt(i))) i++;
    if (i === word.length) return true;
  }
  return false;
}

// --- contacts and cards ---

const messengerHosts = textRe(String.raw`(?:t\.me|telegram\.me|wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com)\/[\p{L}\p{N}_+?=/-]{2,64}`, 'g');
const handle = textRe(String.raw`@[a-z][a-z0-9_]{3,31}(?![\p{L}\p{N}@])`, 'g');
const topLevelDomains = /\.(?:uz|kz|kg|tj|tm|ru|com|org|net|gov|edu|ae|kr|tr|pl|de|uk|info|biz|jobs|work)(?![a-z0-9-])/g;

const isHostUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
const isMailboxUnit = (c: number) => isHostUnit(c) || c === 0x5f || c === 0x25 || c === 0x2b;

/** Walks left from `i` while `ok` holds; returns the first offset that is still inside. */
function walkLeft(text: string, i: number, ok: (c: number) => boolean, limit: number): number {
  let k = i;
  while (k > 0 && i - k < limit && ok(text.charCodeAt(k - 1))) k -= 1;
  return k;
}

/**
 * E-mail addresses and websites, found from their anchors (each "@", each ".com"-like ending) and
 * read outwards by hand: a RegExp with a look-behind would be tried at every position.
 */
function findAddresses(text: string, signals: Signals): void {
  const emailEnds: number[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const start = walkLeft(text, at, isMailboxUnit, 64);
    let end = at + 1;
    while (end < text.length && end - at < 255 && isHostUnit(text.charCodeAt(end))) end += 1;
    while (end > at + 1 && text.charCodeAt(end - 1) === 0x2e) end -= 1;
    const domain = text.slice(at + 1, end);
    if (start === at || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}$/.test(domain) || isWordUnit(text.charCodeAt(end))) continue;
    emailEnds.push(end);
    if (!freeMail.has(domain)) add(signals, 'official-contact', [start, end]);
  }
  for (const m of text.matchAll(topLevelDomains)) {
    const end = m.index + m[0].length;
    if (emailEnds.includes(end)) continue;
    let start = walkLeft(text, m.index, isHostUnit, 190);
    if (start === m.index) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    if (text.charCodeAt(start - 1) === 0x40 || isWordUnit(text.charCodeAt(start - 1))) continue;
    if (before.endsWith('//')) start -= before.endsWith('https://') ? 8 : before.endsWith('http://') ? 7 : 0;
    const host = text.slice(start, end).replace(/^https?:\/\//, '').replace(/^www\./, '');
    if (notOfficialSite.test(host)) continue;
    add(signals, 'official-contact', [start, end]);
  }
}

const freeMail = new Set(['gmail.com', 'mail.ru', 'yandex.ru', 'ya.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'rambler.ru', 'proton.me', 'protonmail.com']);
const notOfficialSite = /^(?:.*\.)?(?:t\.me|telegram\.me|wa\.me|whatsapp\.com|instagram\.com|facebook\.com|fb\.com|vk\.com|ok\.ru|tiktok\.com|youtube\.com|gmail\.com|mail\.ru|yandex\.ru|bit\.ly|linktr\.ee)$/;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card numbers: 16 digits, alone or in groups of four, that pass the Luhn check. */
function findCards(text: string, signals: Signals): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && isWordUnit(text.charCodeAt(i - 1)))) {
      i += 1;
      continue;
    }
    const start = i;
    let digits = '';
    let end = i;
    while (i < n && digits.length <= 19) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        digits += text[i];
        i += 1;
        end = i;
      } else if ((c === 0x20 || c === 0x2d) && isDigit(text.charCodeAt(i + 1)) && digits.length % 4 === 0) {
        i += 1;
      } else break;
    }
    if (digits.length === 16 && !isWordUnit(text.charCodeAt(end)) && luhn(digits)) add(signals, 'personal-card', [start, end]);
    if (i === start) i += 1;
  }
}

/** The extractors' signals of one text, with their spans. */
type Signals = Map<ExtractorSignal, Span[]>;

/** Adds a span to a signal (a module-level function, not a closure per text). */
function add(signals: Signals, signal: ExtractorSignal, span: Span): void {
  const list = signals.get(signal);
  if (list) list.push(span);
  else signals.set(signal, [span]);
}

/** Runs every extractor over normalised text. */
export function extract(text: string): Extracted {
  const signals: Signals = new Map();

  const numbers = readNumbers(text);
  const pay: PayMention[] = [];
  const short = shortDay(text);
  if (short) add(signals, 'short-hours', short.span);
  const long = longDay(text);
  if (long) add(signals, 'long-day', long);
  const shift = long ?? longDay(text, LONG_SHIFT_HOURS);
  if (shift) add(signals, 'long-shift', shift);
  const used = new Set<NumberToken>();
  for (const token of numbers) {
    if (Number.isNaN(token.value) || token.value <= 0) continue;
    let currency: string | undefined;
    let mult = 1;
    let end = token.end;
    let start = token.start;
    let m: RegExpExecArray | null = null;
    if (mayFollowWithCurrency(text, token.end)) {
      currencyAfter.lastIndex = token.end;
      m = currencyAfter.exec(text);
    }
    if (m?.groups?.cur) {
      currency = currencyCode(m.groups.cur);
      mult = multiplier(m.groups.mult);
      end = token.end + m[0].length;
    }
    if (!currency && currencyMayPrecede(text, token.start)) {
      const before = text.slice(Math.max(0, token.start - 6), token.start);
      const found = currencyBeforeNumber(before);
      if (found) {
        currency = found.currency;
        start = token.start - (before.length - found.at);
      }
      if (currency) {
        // "$3k", "$3 000", "$2,5 млн": a multiplier may still follow the number.
        multiplierAfter.lastIndex = token.end;
        const am = multiplierAfter.exec(text);
        if (am) {
          mult = multiplier(am[1]);
          end = token.end + am[0].length;
        }
      }
    }
    if (!currency) continue;
    used.add(token);
    periodAfter.lastIndex = end;
    const pm = periodAfter.exec(text);
    // A period just inside an opening bracket belongs to the sum that follows it there: "брутто
    // 4800 zł (соатига 30,50 zł)" is a month's pay and its hourly rate, not 4800 zł an hour.
    const bracketed = pm !== null && pm[0].includes('(') && /^[^\p{L}\p{N}\n)]{0,3}\d/u.test(text.slice(end + pm[0].length, end + pm[0].length + 6));
    let period = pm?.groups?.p && !bracketed ? (periodOf(pm.groups.p) ?? 'month') : 'month';
    let periodWritten = !bracketed && pm?.groups?.p !== undefined && !grossOrNet.has(pm.groups.p);
    if (pm && !bracketed) end += pm[0].length;
    if (!periodWritten) {
      const from = Math.max(0, start - 48);
      const pb = mayEndPeriodBefore(text, from, start) ? periodBefore.exec(text.slice(from, start)) : null;
      if (pb?.groups?.p) {
        period = periodOf(pb.groups.p) ?? 'month';
        periodWritten = true;
      }
    }
    const sum = token.value * mult;
    const usdPerMonth = sum * (usdPerUnit[currency] ?? 0) * perMonth[period];
    const fullTime = short && period !== 'hour' ? 8 / short.hours : 1;
    const localRatio = localPayRatio(sum * localPerMonth[period] * fullTime, currency);
    const span: Span = [start, end];
    pay.push({ usdPerMonth, currency, period, periodWritten, localRatio, span });
    // Where the currency names a country with a sourced wage, "high" is measured against that
    // wage (£12.21 an hour is ordinary in the UK, 40,000 ₸ a day is not in Kazakhstan); elsewhere
    // (dollars, euros) against the rough dollar figures.
    const local = !Number.isNaN(localRatio);
    if (local ? localRatio >= LOCAL_PAY_ABOVE : usdPerMonth >= HIGH_PAY_USD_PER_MONTH) add(signals, 'pay-high', span);
    if (local ? localRatio >= LOCAL_PAY_FAR_ABOVE : usdPerMonth >= VERY_HIGH_PAY_USD_PER_MONTH) add(signals, 'pay-very-high', span);
    if (localRatio >= LOCAL_PAY_ABOVE) add(signals, 'pay-above-local', span);
    if (localRatio >= LOCAL_PAY_FAR_ABOVE) add(signals, 'pay-far-above-local', span);
    if (!periodWritten) add(signals, 'money-sum', span);
  }

  findAges(text, numbers, used, signals);

  // Cheap substring checks first: most postings have no links or handles.
  if (text.includes('me/') || text.includes('whatsapp.com/')) {
    for (const m of text.matchAll(messengerHosts)) {
      let start = m.index;
      if (isWordUnit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e) continue;
      if (text.slice(Math.max(0, start - 8), start).endsWith('://')) start = text.lastIndexOf('http', start);
      add(signals, 'messenger-contact', [start, m.index + m[0].length]);
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(handle)) {
      const prev = text.charCodeAt(m.index - 1);
      if (isWordUnit(prev) || prev === 0x40 || prev === 0x2e || prev === 0x5f || prev === 0x2d) continue;
      add(signals, 'messenger-contact', [m.index, m.index + m[0].length]);
    }
  }
  findAddresses(text, signals);
  if (mayHoldCard(text, numbers)) findCards(text, signals);
  return { signals, pay };
}
