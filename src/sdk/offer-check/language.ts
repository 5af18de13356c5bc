/**
 * Which of the eight languages an offer is mostly written in: first by the letters only one or two
 * of them have (Kazakh `ә ұ і`, Uzbek `ў oʻ gʻ`, Tajik `ӣ ӯ ҷ`, Turkmen `ý ň ž`), then, for text
 * typed without those letters, by a few very common words. All rules run on every text whatever
 * its language, because offers mix languages; the language is reported for the widget and for
 * statistics.
 */
import type { LetterCounts } from './normalize.js';
import { isWordUnit } from './normalize.js';
import type { OfferLanguage } from './types.js';

/** How many of `letters` the text holds; the letters as arrays of strings made once (iterating a string made a string per letter). */
const m = (marks: Record<string, number>, letters: readonly string[]): number => {
  let n = 0;
  for (const l of letters) n += marks[l] ?? 0;
  return n;
};
const letters = (s: string): readonly string[] => [...s];
const TG_ONLY = letters('ӣӯҷ');
const UZ_ONLY = letters('ў');
const KK_ONLY = letters('әұіһ');
const KK_KY = letters('ңөү');
const KQ = letters('қғ');
const H = letters('ҳ');
const TK_ONLY = letters('ýňž');
const TK_OR_KK = letters('äşçöü');
const KK_LATIN = letters('ğñūı');

// Common words after normalisation (ә→а, ұ→у, ү→у, ө→о, қ→к, ғ→г, ң→н, і→и, ў→у, ҳ→х, ӣ→и, ӯ→у, ҷ→ч),
// in each script a language is typed in: Russian and Tajik also in Latin letters ("rabota v Dubae",
// "kor dar Maskav"), Kazakh and Kyrgyz typed on a Russian keyboard without their own letters.
// Words two languages share (ва, uchun) count for both; words that are also English ("to", "my",
// "do") are left out of the others' lists.
const markerWords: Record<OfferLanguage, readonly string[]> = {
  ru: [
    'и', 'в', 'на', 'для', 'работа', 'работу', 'не', 'от', 'по', 'что', 'мы', 'вы', 'требуются', 'требуется', 'зарплата', 'опыт',
    'с', 'из', 'за', 'или', 'без', 'вас', 'нас', 'нужны', 'можно',
    'v', 'dlya', 'ot', 'po', 'chto', 'vy', 'ne', 'bez', 'rabota', 'rabotu', 'raboty', 'zarplata', 'opyt', 'trebuyutsya', 'nuzhny',
    'devushki', 'devushek', 'mesyats', 'den', 'oformlenie', 'iz', 'za', 'potom', 'ili', 'nuzhno', 'vas', 'nas', 'est', 'kak', 'zhile',
  ],
  kk: ['жане', 'жумыс', 'ушин', 'керек', 'жок', 'айлык', 'жалакы', 'тегин', 'шетелде', 'бизге', 'сиз', 'емес', 'кажет', 'береміз', 'беремиз', 'болады', 'жумыска', 'тажирибе', 'jane', 'jumys', 'zhumys', 'ushin', 'kerek', 'tegin', 'aylyq', 'zhalaqy'],
  ky: ['жана', 'жумуш', 'учун', 'жок', 'айлык', 'акысыз', 'чет', 'бизге', 'сиз', 'болот', 'керек', 'менен', 'эмес', 'берилет', 'иштоо', 'тажрыйба', 'жумушка', 'кыздар', 'jumush', 'menen', 'kerek', 'aylyk'],
  'uz-Cyrl': ['ва', 'учун', 'иш', 'ишга', 'керак', 'билан', 'хам', 'ойлик', 'маош', 'бепул', 'ёки', 'еки', 'булади', 'беради', 'йук', 'эмас', 'бор', 'тажриба', 'ишчи', 'кизлар'],
  tg: [
    'ва', 'барои', 'кор', 'дар', 'бо', 'аз', 'мешавад', 'маош', 'ройгон', 'лозим', 'хорича', 'мекунад', 'шумо', 'нест', 'хаст', 'ки', 'то',
    'dar', 'bo', 'az', 'baroi', 'kor', 'meshavad', 'mekunad', 'mekunem', 'shumo', 'nest', 'hast', 'lozim', 'ki', 'kori', 'memonad', 'oxiri', 'korfarmo',
    'ba', 'ast', 'boyad', 'roygon', 'moh', 'mekunand', 'mekuned', 'medorand', 'medihem', 'medihand', 'medihed', 'megirem', 'megirand',
  ],
  uz: [
    'va', 'uchun', 'bilan', 'ish', 'ishga', 'kerak', 'oylik', 'maosh', 'yoki', 'ham', 'bepul', 'chet',
    'agentlik', 'xizmati', 'oldindan', 'yarmi', 'kuniga', 'oyiga', 'beriladi', 'ishlash', 'kartaga', 'pul', 'tajriba', 'talab', 'qilinadi', 'emas', 'bor', 'ishchi', 'ishchilar', 'qizlar', 'shartnoma', 'hujjat', 'hujjatlar', 'rubl',
  ],
  tk: ['ucin', 'bilen', 'ise', 'gerek', 'hem', 'aylyk', 'mugt', 'daşary', 'dasary', 'yurt', 'yurtda', 'we', 'edilyar', 'berilyar', 'tejribe', 'gyzlar', 'karta', 'onunden', 'tolemeli', 'gecirmeli'],
  en: ['the', 'and', 'for', 'with', 'you', 'our', 'to', 'of', 'is', 'are', 'job', 'work', 'salary', 'we', 'your', 'will', 'in', 'a', 'per', 'be', 'costs'],
};

/**
 * A word's hash: its UTF-16 units, base 0x10001, in 32-bit integer arithmetic (no string is made
 * per word, and no floating-point remainder per letter, which cost more than the look-up itself).
 * A collision only costs a comparison: each bucket keeps its words.
 */
const hashOf = (text: string, start: number, end: number): number => {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 0x10001) + text.charCodeAt(i)) | 0;
  return h;
};

/** Marker words by hash: the word (to rule out a collision) and the languages it marks. */
const markerIndex = new Map<number, { word: string; langs: OfferLanguage[] }[]>();
for (const [lang, words] of Object.entries(markerWords) as [OfferLanguage, readonly string[]][]) {
  for (const w of words) {
    const h = hashOf(w, 0, w.length);
    const bucket = markerIndex.get(h) ?? [];
    const known = bucket.find((e) => e.word === w);
    if (known) known.langs.push(lang);
    else bucket.push({ word: w, langs: [lang] });
    markerIndex.set(h, bucket);
  }
}

/** Marker words are counted in the first few thousand characters: enough to tell a language. */
const MARKER_SCAN = 4000;

function sameWord(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

function countMarkerWords(text: string, candidates: readonly OfferLanguage[]): Map<OfferLanguage, number> {
  const counts = new Map<OfferLanguage, number>(candidates.map((l) => [l, 0]));
  let i = 0;
  const n = Math.min(text.length, MARKER_SCAN);
  while (i < n) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const s = i;
    while (i < n && isWordUnit(text.charCodeAt(i))) i += 1;
    if (i - s > 8) continue;
    const bucket = markerIndex.get(hashOf(text, s, i));
    if (!bucket) continue;
    for (const { word, langs } of bucket) {
      if (word.length !== i - s || !sameWord(text, s, word)) continue;
      for (const l of langs) {
        const c = counts.get(l);
        if (c !== undefined) counts.set(l, c + 1);
      }
    }
  }
  return counts;
}

function best(counts: Map<OfferLanguage, number>, fallback: OfferLanguage): OfferLanguage {
  let top = fallback;
  let topCount = counts.get(fallback) ?? 0;
  for (const [lang, count] of counts) {
    if (count > topCount) {
      top = lang;
      topCount = count;
    }
  }
  return top;
}

/** The language `text` (already normalised, with `letters` counted from the original) is mostly in. */
export function detectLanguage(letters: LetterCounts, text: string): OfferLanguage | 'und' {
  const { latin, cyrillic, marks } = letters;
  if (latin + cyrillic === 0) return 'und';
  if (cyrillic >= latin) {
    const tgOnly = m(marks, TG_ONLY);
    const uzOnly = m(marks, UZ_ONLY);
    const kkOnly = m(marks, KK_ONLY);
    const kkKy = m(marks, KK_KY);
    const kq = m(marks, KQ);
    const h = m(marks, H);
    const scores: [OfferLanguage, number][] = [
      ['tg', 3 * tgOnly + h + (kq > 0 && tgOnly > 0 ? kq : 0)],
      ['uz-Cyrl', 3 * uzOnly + h + (kq > 0 && uzOnly > 0 ? kq : 0) + (h > 0 && tgOnly === 0 ? kq : 0)],
      // қ and ғ alone are Uzbek and Tajik letters too: they count for Kazakh only beside a letter
      // Kazakh has and those two lack (a Cyrillic Uzbek offer without ў is otherwise read as Kazakh).
      ['kk', 3 * kkOnly + (kkOnly > 0 || kkKy > 0 ? kkKy + kq : 0)],
      ['ky', kkOnly + kq + h === 0 ? 2 * kkKy : 0],
    ];
    scores.sort((a, b) => b[1] - a[1]);
    const [lettersSay, score] = scores[0]!;
    if (score >= 4) return lettersSay;
    if (score >= 2) {
      // One or two such letters may be a name's ("«Ак-Кеңеш Аудит»", "Қазон"): a text whose common
      // words are plainly Russian stays Russian.
      const counts = countMarkerWords(text, ['ru', lettersSay]);
      return counts.get('ru')! >= 5 && counts.get('ru')! >= 3 * counts.get(lettersSay)! ? 'ru' : lettersSay;
    }
    // Typed on a Russian keyboard: decide by common words.
    return best(countMarkerWords(text, ['ru', 'kk', 'ky', 'uz-Cyrl', 'tg']), 'ru');
  }
  const tkOnly = m(marks, TK_ONLY);
  const tkOrKk = m(marks, TK_OR_KK);
  const kkLatin = m(marks, KK_LATIN);
  const uzApostrophe = (marks["o'"] ?? 0) + (marks["g'"] ?? 0);
  if (tkOnly >= 1 && tkOnly + tkOrKk >= 2 && tkOnly >= kkLatin) return 'tk';
  if (kkLatin >= 2 && kkLatin > tkOnly) return 'kk';
  if (uzApostrophe >= 2) {
    // Tajik typed in Latin letters writes ӯ as o' too ("xo'rok", "jo'i"): its common words decide.
    // So does an English offer that names the sum ("4,000,000 so'm"): o' is then the currency's.
    const counts = countMarkerWords(text, ['uz', 'tg', 'en']);
    const [uz, tg, en] = [counts.get('uz')!, counts.get('tg')!, counts.get('en')!];
    if (en >= 5 && en >= 3 * (uz + tg)) return 'en';
    return tg > uz ? 'tg' : 'uz';
  }
  return best(countMarkerWords(text, ['en', 'uz', 'tk', 'ru', 'tg', 'kk', 'ky']), 'en');
}
