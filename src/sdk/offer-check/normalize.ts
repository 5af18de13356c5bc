/**
 * Normalisation before matching, with a map from every normalised character back to the original
 * text so that evidence can be highlighted where the person wrote it.
 *
 * The steps, in order:
 * 1. per character: NFKC; drop zero-width and other format characters and stray combining marks;
 *    lower case with Turkic dotted/dotless i folded to `i` (`İ I ı` → `i`, never `i̇`); `ё` → `е`;
 *    every apostrophe (`ʻ ‘ ’ ʼ ´ \``) → `'`; every dash → `-`; runs of spaces → one space (or one
 *    line break when the run held one);
 * 2. spaced-out words ("п р е д о п л а т а", "p.a.s.s.p.o.r.t", four letters or more) are joined;
 * 3. per word, Latin/Cyrillic look-alikes are folded into the word's majority script ("прeдоплaтa"
 *    with Latin e and a), digits that stand in for letters too ("3арплата", "д0ход");
 * 4. a "skeleton" fold: letters a Russian or Latin keyboard lacks fall to their base letters (Kazakh
 *    `қ ғ ң ә ө ұ ү і һ`, Uzbek `ў ҳ`, Tajik `ӯ ӣ ҷ`, Latin diacritics `ş ç ä ö ü ý ň ñ ğ`), because
 *    people type both forms. Patterns go through the same steps, so they match either spelling.
 *
 * Each step is one linear pass.
 */

/** The normalised text and, for each of its UTF-16 code units, where it came from. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** `starts[i]`: offset in the original text of the character that produced `text[i]`. */
  readonly starts: Int32Array;
  /** `ends[i]`: offset in the original text just after that character. */
  readonly ends: Int32Array;
  /**
   * The text the patterns run on: `text` with every character that is neither a letter nor a digit
   * (`[^\p{L}\p{N}]`, decided by the Unicode tables once per text) turned into a space, except the
   * punctuation patterns may name (`MATCH_PUNCTUATION`) and sentence ends (`. ! ? ;` and line
   * breaks), which become a line break that patterns never cross. Same length and offsets as `text`. Patterns
   * can then test "not a letter or digit" with a small ASCII class instead of `[^\p{L}\p{N}]`,
   * which costs a V8 RegExp about fifteen times more to compile.
   */
  readonly matchView: string;
  /** Letter counts of the original text, for language detection. */
  readonly letters: LetterCounts;
  /** The words of `text`, with their clauses and sentences. */
  readonly words: TextWords;
}

/**
 * Punctuation kept in the match view because patterns may name it. All of it lies below U+0030,
 * so in the match view "not a letter or digit" is exactly "below U+0030": `[\n -/]`.
 */
export const MATCH_PUNCTUATION = "-./$%+&'#";
/** 1 for the units of `MATCH_PUNCTUATION` (all below U+0030), by unit: a byte read per punctuation mark instead of a set look-up. */
const matchPunctuation = new Uint8Array(0x30);
for (const c of MATCH_PUNCTUATION) matchPunctuation[c.charCodeAt(0)] = 1;

/** Letters counted while normalising (after lower-casing, before any folding). */
export interface LetterCounts {
  latin: number;
  cyrillic: number;
  /** Occurrences of each distinctive letter (`ә`, `ў`, `ý`, …) and of apostrophe letters (`o'`, `g'`). */
  marks: Record<string, number>;
}

const CP_APOSTROPHE = 0x27;
const CP_SPACE = 0x20;
const CP_NEWLINE = 0x0a;
const CP_DASH = 0x2d;

const apostrophes = new Set([0x27, 0x60, 0xb4, 0x2b9, 0x2bb, 0x2bc, 0x2bd, 0x2be, 0x2bf, 0x2c8, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07]);
const dashes = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const newlines = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

/** White space (`\s` in a `u` RegExp), without a RegExp call per character. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Letters whose count tells the languages apart; counted before any folding. */
const distinctiveLetters = 'әғқңөұүһіўҳӯӣҷýňäşžçöüğıñū';
/** For each distinctive letter, its slot (1-based) in the per-text counter array; 0 for others. */
const distinctive = new Uint8Array(0x530);
for (const [k, c] of [...distinctiveLetters].entries()) distinctive[c.charCodeAt(0)] = k + 1;
const SLOT_O_APOSTROPHE = distinctiveLetters.length + 1;
const SLOT_G_APOSTROPHE = distinctiveLetters.length + 2;

const formatOrMark = /^[\p{Cf}\p{M}]$/u;
const markOnly = /\p{M}/gu;

/** Lower-cases one character, folding Turkic dotted/dotless i and `ё`; cached for non-ASCII. */
const lowerCache = new Map<number, string>();
function lower(cp: number): string {
  const cached = lowerCache.get(cp);
  if (cached !== undefined) return cached;
  let s: string;
  if (cp === 0x130 || cp === 0x131 || cp === 0x49) s = 'i';
  else if (cp === 0x401 || cp === 0x451) s = 'е';
  else s = String.fromCodePoint(cp).toLowerCase().replace(markOnly, '');
  lowerCache.set(cp, s);
  return s;
}

/**
 * A base character and the marks after it as one string, NFKC with the marks left over dropped;
 * cached (up to `CLUSTER_CACHE` of them), as `nfkc` is: an emoji with its variation selector (❤️,
 * ☎️) or a letter with a stress mark comes back in many postings, and normalising it is a call into
 * the Unicode library and a RegExp. A pure function of the cluster, so the cache changes no result.
 */
const clusterCache = new Map<string, string>();
const CLUSTER_CACHE = 4096;
function clusterText(cluster: string): string {
  let s = clusterCache.get(cluster);
  if (s === undefined) {
    s = cluster.normalize('NFKC').replace(markOnly, '');
    if (clusterCache.size < CLUSTER_CACHE) clusterCache.set(cluster, s);
  }
  return s;
}

const nfkcCache = new Map<number, string>();
/**
 * NFKC of one character standing alone, or '' for a format character or a mark (dropped); cached,
 * so that a character off the fast path (ş, «, an emoji) costs one look-up, not a RegExp and a string.
 */
function nfkc(cp: number): string {
  let s = nfkcCache.get(cp);
  if (s === undefined) {
    const c = String.fromCodePoint(cp);
    s = formatOrMark.test(c) ? '' : c.normalize('NFKC');
    nfkcCache.set(cp, s);
  }
  return s;
}

/** ASCII punctuation that is kept as it is (not an apostrophe, a space or a control character). */
const plainPunctuation = new Uint8Array(0x80);
for (let c = 0x21; c < 0x7f; c++) {
  const letterOrDigit = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (!letterOrDigit && c !== 0x27 && c !== 0x60) plainPunctuation[c] = 1;
}

/** 0: not looked up yet, 1: a letter or digit, 2: neither. Filled lazily: a text uses few distinct characters. */
const wordTable = new Uint8Array(0x10000);
const wordCharRe = /^[\p{L}\p{N}]$/u;

/** Whether a UTF-16 code unit is a letter or a digit (`[\p{L}\p{N}]`); surrogates count as neither. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  let known = wordTable[c]!;
  if (known === 0) {
    known = c >= 0xd800 && c <= 0xdfff ? 2 : wordCharRe.test(String.fromCharCode(c)) ? 1 : 2;
    wordTable[c] = known;
  }
  return known === 1;
}

const isLetterUnit = (c: number): boolean => isWordUnit(c) && !(c >= 0x30 && c <= 0x39);

function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || c === 0x259;
}

function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x52f;
}

/** A lookup table for UTF-16 units below 0x530 (Latin and Cyrillic): 0 means "no mapping". */
const table = (list: string): Uint16Array => {
  const t = new Uint16Array(0x530);
  for (const p of list.split(' ').filter(Boolean)) t[p.charCodeAt(0)] = p.charCodeAt(1);
  return t;
};

/** Latin letters that look like Cyrillic ones (after lower-casing, so `B`→`b` stands for `В`). */
const latinToCyrillic = table('aа bв cс eе hн iи kк mм oо pр tт xх yу');
/** Cyrillic letters that look like Latin ones. */
const cyrillicToLatin = table('аa вb сc еe нh іi їi јj кk мm оo рp тt хx уy ѕs ԁd һh');
/** Digits that stand in for letters inside a word. */
const digitToCyrillic = table('0о 3з 6б');
const digitToLatin = table('0o');

/** Letters a Russian or plain Latin keyboard lacks, folded to the letter people type instead. */
const skeleton = table(
  'әа ғг қк ңн өо ұу үу һх іи їи ўу ҳх ӯу ӣи ҷч ҫс ' +
    'àa áa âa äa ãa åa āa ăa ąa əa ǝa çc ćc čc ďd èe ée êe ëe ēe ėe ęe ěe ğg ǵg ģg ìi íi îi ïi īi įi ıi ' +
    'ķk ľl ĺl łl ñn ńn ňn ņn òo óo ôo öo õo ōo őo øo ŕr řr śs šs şs șs ťt țt ţt ùu úu ûu üu ūu ůu űu ųu ' +
    'ýy ÿy žz źz żz',
);
const fold_ = (t: Uint16Array, c: number): number => (c < 0x530 ? t[c] || c : c);

/** The distinctive letters as strings made once: indexing `distinctiveLetters` made a new string of a non-Latin-1 letter each time. */
const distinctiveKeys = [...distinctiveLetters];

function marksOf(counts: Uint32Array): Record<string, number> {
  const marks: Record<string, number> = {};
  for (let k = 0; k < distinctiveKeys.length; k++) if (counts[k + 1]) marks[distinctiveKeys[k]!] = counts[k + 1]!;
  if (counts[SLOT_O_APOSTROPHE]) marks["o'"] = counts[SLOT_O_APOSTROPHE]!;
  if (counts[SLOT_G_APOSTROPHE]) marks["g'"] = counts[SLOT_G_APOSTROPHE]!;
  return marks;
}

let scratchBuffers: Buffers | undefined;

/** The letter counts of `normalizeText`, reused from one text to the next (`marksOf` reads them before it returns). */
const letterCounts = new Uint32Array(SLOT_G_APOSTROPHE + 1);

/**
 * The working buffers, reused from one text to the next: the engine is synchronous, so one text
 * is normalised at a time, and the results are copied out before returning.
 */
function scratch(capacity: number): Buffers {
  if (!scratchBuffers || scratchBuffers.units.length < capacity) scratchBuffers = new Buffers(Math.max(capacity, 4096));
  scratchBuffers.length = 0;
  return scratchBuffers;
}

/** Growable parallel buffers: the normalised units and, for each, its span in the original. */
class Buffers {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  grow(): void {
    const size = this.units.length * 2 + 16;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

const utf16 = new TextDecoder('utf-16le');
const fromUnits = (units: Uint16Array, length: number): string => utf16.decode(units.subarray(0, length));

/**
 * The state of the text being normalised, for the helpers of its first pass below: module-level,
 * not closures made per text (each text made four, and with tsx's keepNames each cost a
 * `defineProperty`); the engine normalises one text at a time.
 */
let nb: Buffers;
let nLatin = 0;
let nCyrillic = 0;

function pushLetter(c: number, start: number, end: number): void {
  let low: number;
  if (c >= 0x410 && c <= 0x42f) low = c + 32;
  else if (c >= 0x430 && c <= 0x44f) low = c;
  else if (c > 0xffff) {
    const s = String.fromCodePoint(c);
    nb.push(s.charCodeAt(0), start, end);
    nb.push(s.charCodeAt(1), start, end);
    return;
  } else {
    const s = lower(c);
    if (s.length !== 1) {
      for (let k = 0; k < s.length; k++) pushLetter(s.charCodeAt(k), start, end);
      return;
    }
    low = s.charCodeAt(0);
  }
  if (low === 0x451) low = 0x435;
  if (isLatin(low)) nLatin += 1;
  else if (isCyrillic(low)) nCyrillic += 1;
  if (low < 0x530 && distinctive[low]) letterCounts[distinctive[low]!]! += 1;
  nb.push(low, start, end);
}

function handleAscii(c: number, start: number, end: number): void {
  if (c >= 0x41 && c <= 0x5a) {
    nLatin += 1;
    nb.push(c === 0x49 ? 0x69 : c + 32, start, end);
  } else if (c >= 0x61 && c <= 0x7a) {
    nLatin += 1;
    nb.push(c, start, end);
  } else if (isSpace(c)) {
    pushSpace(c, start, end);
  } else if (c === 0x60 || c === CP_APOSTROPHE) {
    pushApostrophe(start, end);
  } else if (c < 0x20 || c === 0x7f) {
    // Control characters carry nothing to match.
  } else {
    nb.push(c, start, end);
  }
}

function pushApostrophe(start: number, end: number): void {
  const prev = nb.length > 0 ? nb.units[nb.length - 1]! : 0;
  // Uzbek oʻ and gʻ are letters of their own: count them for language detection.
  if (prev === 0x6f) letterCounts[SLOT_O_APOSTROPHE]! += 1;
  else if (prev === 0x67) letterCounts[SLOT_G_APOSTROPHE]! += 1;
  nb.push(CP_APOSTROPHE, start, end);
}

function pushSpace(c: number, start: number, end: number): void {
  const unit = newlines.has(c) ? CP_NEWLINE : CP_SPACE;
  const last = nb.length - 1;
  if (last >= 0 && (nb.units[last] === CP_SPACE || nb.units[last] === CP_NEWLINE)) {
    if (unit === CP_NEWLINE) nb.units[last] = CP_NEWLINE;
    nb.ends[last] = end;
    return;
  }
  nb.push(unit, start, end);
}

/**
 * Normalises `original` for matching; see the module comment for the steps. With `copy` false the
 * offset and word arrays are views of buffers the next call reuses: for the engine, which is done
 * with them before it normalises another text.
 */
/** The abbreviations of "approximately" whose dot ends no sentence, as normalised (lower case). */
const approximateWords = new Set(['approx', 'taxm', 'тахм', 'прибл', 'примерн', 'шамам', 'тақр', 'такр', 'takm']);

/** Whether the word that ends just before `dot` is an abbreviation of "approximately". */
function approximately(units: ArrayLike<number>, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 8 && isLetterUnit(units[start - 1]!)) start -= 1;
  if (start > 0 && isWordUnit(units[start - 1]!)) return false;
  let word = '';
  for (let k = start; k < dot; k++) word += String.fromCharCode(units[k]!);
  return approximateWords.has(word.toLowerCase());
}

export function normalizeText(original: string, copy = true): NormalizedText {
  const buf = scratch(original.length + 16);
  nb = buf;
  nLatin = 0;
  nCyrillic = 0;
  // Counted in slots (no string per letter), turned into `marks` at the end.
  const counts = letterCounts.fill(0);
  let latin = 0;
  let cyrillic = 0;

  // Pass 1: character by character. Plain Latin and Cyrillic letters, most of any offer, take the
  // first branch and are written straight into the buffers.
  const n = original.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const unit = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    if (next < 0x300 || (next < TABLE_SPAN ? combiningBelowTableSpan[next] === 0 : !isCombining(next))) {
      let low = -1;
      if (unit >= 0x61 && unit <= 0x7a) {
        low = unit;
        latin += 1;
      } else if (unit >= 0x430 && unit <= 0x44f) {
        low = unit;
        cyrillic += 1;
      } else if (unit >= 0x410 && unit <= 0x42f) {
        low = unit + 32;
        cyrillic += 1;
      } else if ((unit >= 0x41 && unit <= 0x5a && unit !== 0x49) || (unit >= 0x30 && unit <= 0x39)) {
        low = unit >= 0x41 ? unit + 32 : unit;
        if (unit >= 0x41) latin += 1;
      } else if (unit === CP_SPACE) {
        // A space after a space or a line break only widens that one.
        const last = buf.length - 1;
        if (last >= 0 && (buf.units[last] === CP_SPACE || buf.units[last] === CP_NEWLINE)) {
          buf.ends[last] = i + 1;
          i += 1;
          continue;
        }
        low = CP_SPACE;
      } else if (unit < 0x80 && plainPunctuation[unit]) {
        low = unit;
      }
      if (low >= 0) {
        if (buf.length === buf.units.length) buf.grow();
        buf.units[buf.length] = low;
        buf.starts[buf.length] = i;
        buf.ends[buf.length] = i + 1;
        buf.length += 1;
        i += 1;
        continue;
      }
    }
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    // A base character and the combining marks after it are one cluster, so NFKC can compose them
    // (и + ◌̆ → й); marks left over after NFKC (stress marks, "zalgo") are dropped.
    let clusterEnd = i;
    while (clusterEnd < n && isCombining(original.charCodeAt(clusterEnd))) clusterEnd += 1;
    if (clusterEnd === i) {
      if (cp < 0x80) {
        handleAscii(cp, start, i);
        continue;
      }
      if (cp >= 0x400 && cp <= 0x4ff && !(cp >= 0x483 && cp <= 0x489)) {
        pushLetter(cp, start, i);
        continue;
      }
    }
    if (apostrophes.has(cp)) {
      // Before NFKC, which turns ´ into a space and a combining accent.
      pushApostrophe(start, clusterEnd);
      i = clusterEnd;
      continue;
    }
    if (isSpace(cp)) {
      pushSpace(cp, start, clusterEnd);
      i = clusterEnd;
      continue;
    }
    let text: string;
    if (clusterEnd > i) {
      text = clusterText(original.slice(start, clusterEnd));
      i = clusterEnd;
    } else {
      text = nfkc(cp);
    }
    for (let k = 0; k < text.length; k++) {
      const c = text.codePointAt(k)!;
      if (c > 0xffff) k += 1;
      if (c < 0x80) handleAscii(c, start, i);
      else if (apostrophes.has(c)) pushApostrophe(start, i);
      else if (dashes.has(c)) buf.push(CP_DASH, start, i);
      else if (isSpace(c)) pushSpace(c, start, i);
      else pushLetter(c, start, i);
    }
  }

  // Passes 2 and 3 and the match view, in one pass over the units (see `fuse`); a run of
  // spaced-out letters, which is rare, sends the text the long way: joined first, then folded.
  let fused = fuse(buf.units, buf.length, true);
  let source = buf;
  if (!fused) {
    source = joinSpacedLetters(buf);
    fused = fuse(source.units, source.length, false)!;
  }
  const length = source.length;
  const { words } = fused;
  return {
    text: fromUnits(fused.text, length),
    matchView: fromUnits(fused.view, length),
    starts: copy ? source.starts.slice(0, length) : source.starts.subarray(0, length),
    ends: copy ? source.ends.slice(0, length) : source.ends.subarray(0, length),
    letters: { latin: latin + nLatin, cyrillic: cyrillic + nCyrillic, marks: marksOf(counts) },
    words: copy ? { starts: words.starts.slice(), clause: words.clause.slice(), sentence: words.sentence.slice() } : words,
  };
}

/** The words of a normalised text, for the matcher and for negation. */
export interface TextWords {
  /** Offset of each word's first unit. */
  readonly starts: Int32Array;
  /** The clause each word is in: clauses end at `. , ; : ! ? ( ) | •`, line breaks and spaced dashes. */
  readonly clause: Int32Array;
  /** The sentence each word is in: sentences end at `. ! ? ;` and line breaks. */
  readonly sentence: Int32Array;
}

/** Characters that end a clause for the purpose of reading a signal's neighbourhood. */
export function isClauseEnd(c: number): boolean {
  return c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2c || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2022 || c === 0x7c;
}

let fuseText = new Uint16Array(4096);
let fuseView = new Uint16Array(4096);
let fuseWords = new Int32Array(3 * 2048);

/**
 * Folds each word (look-alikes into its majority script, stand-in digits, the skeleton fold) as it
 * is found, writes the match view, and lists the words with their clause and sentence: one pass.
 * Returns undefined, having changed nothing, when `spaced` is on and the text has a run of at
 * least four spaced-out letters ("п р е д о п л а т а"), which must be joined before folding. The
 * arrays it returns are reused by the next call; the caller decodes or copies them first.
 */
function fuse(units: Uint16Array, n: number, spaced: boolean): { text: Uint16Array; view: Uint16Array; words: TextWords } | undefined {
  if (fuseText.length < n) {
    fuseText = new Uint16Array(n * 2);
    fuseView = new Uint16Array(n * 2);
  }
  // At most one word starts at every other unit.
  if (fuseWords.length < 3 * ((n >> 1) + 1)) fuseWords = new Int32Array(3 * ((n >> 1) + 1) * 2);
  const out = fuseText;
  const view = fuseView;
  const kind = kindTable();
  // Three columns of `cap` entries: word starts, clauses, sentences.
  const table = fuseWords;
  const cap = table.length / 3;
  let count = 0;
  let clause = 0;
  let sentence = 0;
  // Spaced-out letters: one-letter words with one or two separators between them.
  let run = 0;
  let lastSingleEnd = -10;
  let i = 0;
  while (i < n) {
    const u = units[i]!;
    if (!(u < TABLE_SPAN ? kind[u]! & K_WORD : isWordUnit(u))) {
      out[i] = u;
      // Sentence ends become line breaks, which patterns never cross: ". ", "!", "?", ";", a line break.
      if (u === CP_NEWLINE || u === 0x21 || u === 0x3f || u === 0x3b) {
        view[i] = CP_NEWLINE;
        sentence += 1;
      } else if (u === 0x2e) {
        const inWord = i + 1 < n && isWordUnit(units[i + 1]!);
        // An initial ("Dilshod A.") does not end a sentence: "(Dilshod A.) o'tkazasiz" goes on.
        // Nor does the dot of "approximately" ("oyiga taxm. 2 060 000 won", "в месяц прибл. 90 000").
        const initial = i >= 1 && isLetterUnit(units[i - 1]!) && (i < 2 || !isWordUnit(units[i - 2]!) || approximately(units, i));
        view[i] = inWord ? u : initial ? CP_SPACE : CP_NEWLINE;
        if (!inWord && !initial) sentence += 1;
      } else {
        view[i] = u < 0x30 && matchPunctuation[u] === 1 ? u : CP_SPACE;
      }
      // A dash between spaces ends a clause too ("Не ждите - оплатите визу").
      if (isClauseEnd(u) || (u === CP_DASH && i > 0 && units[i - 1] === CP_SPACE && units[i + 1] === CP_SPACE)) clause += 1;
      i += 1;
      continue;
    }
    // A word: [i, j).
    let j = i;
    let latAll = 0;
    let cyrAll = 0;
    let latOwn = 0;
    let cyrOwn = 0;
    let digits = 0;
    while (j < n) {
      const c = units[j]!;
      if (c < TABLE_SPAN) {
        const k = kind[c]!;
        if (k === 0) break;
        if (k & K_DIGIT) digits += 1;
        else if (k & K_LATIN) {
          latAll += 1;
          if (k & K_OWN) latOwn += 1;
        } else if (k & K_CYRILLIC) {
          cyrAll += 1;
          if (k & K_OWN) cyrOwn += 1;
        }
      } else if (!isWordUnit(c)) break;
      j += 1;
    }
    if (count === cap) return fuseGrow(units, n, spaced);
    table[count] = i;
    table[cap + count] = clause;
    table[2 * cap + count] = sentence;
    count += 1;
    if (spaced && j - i === 1 && digits === 0) {
      // A one-letter word: part of a spaced-out run when the previous one ended one or two
      // separators before it.
      const gap = i - lastSingleEnd;
      run = gap >= 1 && gap <= 2 && spacedSeparators.has(units[i - 1]!) && (gap === 1 || spacedSeparators.has(units[i - 2]!)) ? run + 1 : 1;
      if (run >= MIN_SPACED_LETTERS) return undefined;
      lastSingleEnd = j;
    }
    const mixed = latAll > 0 && cyrAll > 0;
    const foldDigits = digits > 0 && latAll + cyrAll >= 3 && digits * 3 <= latAll + cyrAll;
    if (!mixed && !foldDigits) {
      // The common case: one script, no stand-in digits; only the skeleton fold.
      for (let k = i; k < j; k++) {
        const c = units[k]!;
        const f = c >= 0xc0 && c < 0x530 ? skeleton[c] || c : c;
        out[k] = f;
        view[k] = f;
      }
    } else {
      let target: 'latin' | 'cyrillic';
      if (mixed) target = latOwn !== cyrOwn ? (latOwn > cyrOwn ? 'latin' : 'cyrillic') : latAll > cyrAll ? 'latin' : 'cyrillic';
      else target = latAll > 0 ? 'latin' : 'cyrillic';
      for (let k = i; k < j; k++) {
        let c = units[k]!;
        if (mixed) c = fold_(target === 'cyrillic' ? latinToCyrillic : cyrillicToLatin, c);
        if (foldDigits && c >= 0x30 && c <= 0x39) c = fold_(target === 'cyrillic' ? digitToCyrillic : digitToLatin, c);
        c = fold_(skeleton, c);
        out[k] = c;
        view[k] = c;
      }
    }
    i = j;
  }
  return {
    text: out,
    view,
    words: { starts: table.subarray(0, count), clause: table.subarray(cap, cap + count), sentence: table.subarray(2 * cap, 2 * cap + count) },
  };
}

/** `fuse` again with a word table big enough for a text of one-letter words. */
function fuseGrow(units: Uint16Array, n: number, spaced: boolean): ReturnType<typeof fuse> {
  fuseWords = new Int32Array(3 * (n + 1));
  return fuse(units, n, spaced);
}

/** Units below this are classified by table lookups (Latin, Cyrillic and the marks between). */
const TABLE_SPAN = 0x530;

/** 1 for combining marks below `TABLE_SPAN`. */
const combiningBelowTableSpan = new Uint8Array(TABLE_SPAN);
for (let u = 0x300; u <= 0x36f; u++) combiningBelowTableSpan[u] = 1;
for (let u = 0x483; u <= 0x489; u++) combiningBelowTableSpan[u] = 1;

// What `fuse` needs to know of a unit below TABLE_SPAN, as bits.
const K_WORD = 1;
const K_DIGIT = 2;
const K_LATIN = 4;
const K_CYRILLIC = 8;
/** A Latin letter with no Cyrillic look-alike, or a Cyrillic one with no Latin look-alike. */
const K_OWN = 16;
let kinds: Uint8Array | undefined;

/** The kind bits of every unit below `TABLE_SPAN`, computed once. */
function kindTable(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(TABLE_SPAN);
  for (let u = 0; u < TABLE_SPAN; u++) {
    if (!isWordUnit(u)) continue;
    let k = K_WORD;
    if (u >= 0x30 && u <= 0x39) k |= K_DIGIT;
    else if (isLatin(u)) k |= K_LATIN | (latinToCyrillic[u] ? 0 : K_OWN);
    else if (isCyrillic(u)) k |= K_CYRILLIC | (cyrillicToLatin[u] ? 0 : K_OWN);
    kinds[u] = k;
  }
  return kinds;
}

function isCombining(unit: number): boolean {
  return (
    (unit >= 0x300 && unit <= 0x36f) ||
    (unit >= 0x483 && unit <= 0x489) ||
    (unit >= 0x1ab0 && unit <= 0x1aff) ||
    (unit >= 0x1dc0 && unit <= 0x1dff) ||
    (unit >= 0x20d0 && unit <= 0x20ff) ||
    (unit >= 0xfe00 && unit <= 0xfe0f) ||
    (unit >= 0xfe20 && unit <= 0xfe2f)
  );
}

const spacedSeparators = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7, 0x2f, 0x7c, 0x2c]);
const MIN_SPACED_LETTERS = 4;

/** Joins runs of at least four one-letter words separated by one or two of ` . - _ * · / | ,`. */
function joinSpacedLetters(buf: Buffers): Buffers {
  const { units } = buf;
  const n = buf.length;
  let drop: Uint8Array | undefined;
  let i = 0;
  while (i < n) {
    if (!isSingleLetter(units, n, i)) {
      i += 1;
      continue;
    }
    let count = 1;
    const first = i;
    let j = i;
    for (;;) {
      let k = j + 1;
      let seps = 0;
      while (k < n && seps < 3 && spacedSeparators.has(units[k]!)) {
        k += 1;
        seps += 1;
      }
      if (seps === 0 || seps > 2 || k >= n || !isSingleLetter(units, n, k)) break;
      count += 1;
      j = k;
    }
    if (count >= MIN_SPACED_LETTERS) {
      drop ??= new Uint8Array(n);
      for (let k = first + 1; k < j; k++) if (!isLetterUnit(units[k]!)) drop[k] = 1;
    }
    i = j + 1;
  }
  if (!drop) return buf;
  const out = new Buffers(n);
  for (let k = 0; k < n; k++) if (!drop[k]) out.push(units[k]!, buf.starts[k]!, buf.ends[k]!);
  return out;
}

function isSingleLetter(units: Uint16Array, n: number, i: number): boolean {
  // The neighbours first: inside a word (most characters) the first test already fails.
  return (i + 1 >= n || !isWordUnit(units[i + 1]!)) && (i === 0 || !isWordUnit(units[i - 1]!)) && isLetterUnit(units[i]!);
}

/**
 * Normalises a rule pattern's letters the way text is normalised (lower case, `ё`, apostrophes,
 * the skeleton fold), without the per-word look-alike fold: a pattern is written in one script.
 */
export function normalizePatternText(pattern: string): string {
  const cached = patternCache.get(pattern);
  if (cached !== undefined) return cached;
  let s = '';
  const unified = [...pattern].map((ch) => (apostrophes.has(ch.codePointAt(0)!) ? "'" : ch)).join('');
  for (const ch of unified.normalize('NFKC')) {
    const c = ch.codePointAt(0)!;
    const low = c === 0x49 || c === 0x130 || c === 0x131 ? 'i' : ch.toLowerCase().replace(markOnly, '');
    for (const l of low) {
      const u = l.codePointAt(0)!;
      const base = u === 0x451 ? 0x435 : u;
      s += String.fromCodePoint(fold_(skeleton, base));
    }
  }
  patternCache.set(pattern, s);
  return s;
}

const patternCache = new Map<string, string>();

/** The original text behind normalised offsets `[start, end)`, as an evidence span. */
export function originalSpan(norm: NormalizedText, original: string, start: number, end: number): { start: number; end: number; text: string } {
  const s = norm.starts[start]!;
  const e = norm.ends[end - 1]!;
  return { start: s, end: e, text: original.slice(s, e) };
}
