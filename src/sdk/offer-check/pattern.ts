/**
 * The small pattern language the rules are written in, and its compiler to sticky RegExps.
 *
 * A pattern is matched against normalised text (see normalize.ts), starting at the beginning of a
 * word, and must end at the end of a word:
 *
 * | write      | means                                                                     |
 * |------------|---------------------------------------------------------------------------|
 * | `билет`    | these letters (any case; `ё`/`е`, `қ`/`к`, `ş`/`s` … are the same)          |
 * | `билет*`   | the word goes on with any letters (a stem: `билета`, `билеты`)            |
 * | a space    | between two words: one to four characters that are not letters or digits |
 * | ` ~ `      | up to two other words may stand here                                      |
 * | `(a|b c)`  | one of the alternatives; `(…)?` makes the group optional                  |
 * | `'`        | an optional apostrophe (Uzbek oʻ gʻ, written ' ’ ʻ ʼ or left out)          |
 * | `#`        | a number of one to seven digits                                           |
 *
 * Every pattern starts with a letter, a digit or `#`: the matcher reads the text from each word
 * start in a key alphabet (a run of digits is `#`, a run of separators one space), walks a trie of
 * the patterns' keys along it (`patternKeys`, up to `KEY_LENGTH` characters) and tries only the
 * patterns whose key it spells out. The compiled RegExps have no nested quantifiers, only bounded
 * ones after a fixed prefix, so each match attempt costs at most a constant times the length of a
 * few words: matching is linear in the text. They run on the match view, which holds no surrogate
 * pairs, so they need no `u` flag, which makes them faster to compile and to run.
 */
import { isWordUnit, normalizePatternText } from './normalize.js';

type Node =
  /** Literal text: one or more characters (a run of them is one node, which keeps compiling cheap). */
  | { t: 'lit'; c: string }
  | { t: 'alt'; options: Node[][]; optional: boolean }
  | { t: 'stem' }
  | { t: 'sep' }
  | { t: 'gap' }
  | { t: 'num' }
  | { t: 'apos' };

/** A pattern that cannot be compiled, with the reason. */
export class PatternSyntaxError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`pattern "${pattern}": ${reason}`);
    this.name = 'PatternSyntaxError';
  }
}

const literalPunctuation = new Set([...'-./$%+&№']);

/** Parses a pattern into nodes; letters are lower-cased but not yet folded. */
export function parsePattern(pattern: string): Node[] {
  const src = lowerOnly(pattern.trim());
  let pos = 0;
  const fail = (reason: string): never => {
    throw new PatternSyntaxError(pattern, reason);
  };

  function sequence(inGroup: boolean): Node[] {
    const nodes: Node[] = [];
    while (pos < src.length) {
      const ch = src[pos]!;
      if (ch === ')' || ch === '|') {
        if (!inGroup) fail(`unexpected "${ch}"`);
        break;
      }
      if (ch === ' ') {
        while (src[pos] === ' ') pos += 1;
        if (src[pos] === '~' && src[pos + 1] === ' ') {
          pos += 2;
          while (src[pos] === ' ') pos += 1;
          nodes.push({ t: 'gap' });
        } else if (pos < src.length) {
          // Inside a group a space may end an alternative: "(is )?not" is "is " or nothing, then "not".
          nodes.push({ t: 'sep' });
        }
        continue;
      }
      pos += 1;
      if (ch === '(') {
        const options: Node[][] = [sequence(true)];
        while (src[pos] === '|') {
          pos += 1;
          options.push(sequence(true));
        }
        if (src[pos] !== ')') fail('a group is not closed');
        pos += 1;
        let optional = false;
        if (src[pos] === '?') {
          optional = true;
          pos += 1;
        }
        if (options.some((o) => o.length === 0)) fail('an alternative is empty');
        nodes.push({ t: 'alt', options, optional });
      } else if (ch === '*') {
        const prev = nodes[nodes.length - 1];
        if (!prev || prev.t !== 'lit' || !isLetterChar(prev.c[prev.c.length - 1]!)) fail('"*" must follow a letter');
        if (pos < src.length && src[pos] !== ' ' && src[pos] !== ')' && src[pos] !== '|') fail('"*" must end a word');
        nodes.push({ t: 'stem' });
      } else if (ch === "'") {
        nodes.push({ t: 'apos' });
      } else if (ch === '#') {
        nodes.push({ t: 'num' });
      } else if (ch === '~' || ch === '?') {
        fail(`"${ch}" is not allowed here`);
      } else if (isWordUnit(ch.charCodeAt(0)) || literalPunctuation.has(ch)) {
        const prev = nodes[nodes.length - 1];
        if (prev?.t === 'lit') prev.c += ch;
        else nodes.push({ t: 'lit', c: ch });
      } else {
        fail(`"${ch}" is not part of the pattern language`);
      }
    }
    return nodes;
  }

  const nodes = sequence(false);
  if (nodes.length === 0) fail('it is empty');
  return nodes;
}

const apostropheChars = /[`´ʹʻʼʽʾʿˈ‘’‛′＇]/g;

/** NFKC, lower case with Turkic i folded, apostrophes unified; no other folding. */
function lowerOnly(s: string): string {
  // Apostrophes before NFKC, which turns ´ into a space and a combining accent.
  return s.replace(apostropheChars, "'").normalize('NFKC').replace(/[Iİı]/g, 'i').toLowerCase();
}

const isLetterChar = (ch: string) => isWordUnit(ch.charCodeAt(0)) && !/[0-9]/.test(ch);

const special = new Set([...'\\^$.*+?()[]{}|/']);
const literalCache = new Map<string, string>();

/** A literal character folded as text is folded, escaped for a RegExp. */
function literal(c: string): string {
  let s = literalCache.get(c);
  if (s === undefined) {
    s = '';
    for (const ch of normalizePatternText(c)) s += special.has(ch) ? `\\${ch}` : ch;
    literalCache.set(c, s);
  }
  return s;
}

// In the match view (see normalize.ts) every character that is not a letter or digit is a line
// break (a sentence end) or lies in U+0020–U+002F (a space or kept punctuation), and nothing else
// does: the classes below are that fact written short, which keeps the RegExps small and cheap to
// compile.
/** A letter or digit, in the match view. */
const WORD_CHAR = '[^\\n -/]';
/** A letter, in the match view. */
const LETTER_CHAR = '[^\\n -9]';
/** Between two words of one sentence: spaces and kept punctuation, never a line break or a full stop. */
const SEP = '[ -\\-/]{1,4}';
const WORD = `${WORD_CHAR}{1,24}`;

/** The end of a word, in the match view: what `(?![\\p{L}\\p{N}])` is in the text. */
export const WORD_END = `(?!${WORD_CHAR})`;

/**
 * Compiles nodes to a RegExp source, folding each literal as text is folded. `guard`, when given,
 * is a look-ahead put before each word a gap (` ~ `) skips: a negatable rule's gap never skips a
 * negation ("копию паспорта не присылайте" is not a request to send it).
 */
export function toRegexSource(nodes: Node[], guard = ''): string {
  let out = '';
  for (const node of nodes) {
    switch (node.t) {
      case 'lit':
        out += literal(node.c);
        break;
      case 'alt': {
        const options = [...new Set(node.options.map((o) => toRegexSource(o, guard)))];
        out += options.length === 1 && options[0]!.length === 1 ? options[0]! : `(?:${options.join('|')})`;
        if (node.optional) out += '?';
        break;
      }
      case 'stem':
        out += `${LETTER_CHAR}*`;
        break;
      case 'sep':
        out += SEP;
        break;
      case 'gap':
        out += `(?:${SEP}${guard}${WORD})?(?:${SEP}${guard}${WORD})?${SEP}`;
        break;
      case 'num':
        out += '[0-9]{1,7}';
        break;
      case 'apos':
        out += "'?";
        break;
    }
  }
  return out;
}

/**
 * The look-ahead that keeps a gap from skipping any of `words` (patterns of one word each, such
 * as the negations "не", "no", "emas"), or '' when there are none.
 */
export function gapGuard(words: readonly Node[][]): string {
  const sources = [...new Set(words.filter((w) => w.every((n) => n.t === 'lit' || n.t === 'stem' || n.t === 'apos')).map((w) => toRegexSource(w)))];
  return sources.length ? `(?!(?:${sources.join('|')})${WORD_END})` : '';
}

/**
 * The most characters a key has. Keys run through separators and numbers ("no contr", "# years"),
 * so a key this long leaves few RegExps to try at a word start.
 */
export const KEY_LENGTH = 16;

/**
 * A count of the elementary operations compiling and preparing the rules do — a key walk's calls,
 * a trie unit or node, a packed cell, a character of a warm-up text, a RegExp source's length — so
 * that a test can hold each step of the idle-time preparation to a bound without timing it.
 */
export const prepareWork = { units: 0 };
/** A pattern with more keys than this at `KEY_LENGTH` gets shorter ones (bridged spellings multiply them). */
export const MAX_KEYS = 48;

/**
 * The key alphabet, in which the match view is read at a word start: a run of digits is `#`, a run
 * of separators (spaces and the kept punctuation other than `.`, all of U+0020–U+002F) is one
 * space, and every other character is itself. A key is then the same for "3 000$" and "3000 $".
 */
export const KEY_DIGITS = 0x23;
export const KEY_SEPARATOR = 0x20;
/**
 * A stem followed by a separator (`паспорт* …`): the rest of the word's letters, however many. The
 * matcher follows it by skipping to the end of the word, so a key goes on past a stem to the next
 * word ("паспорт\u0001 н"), and a text whose next word does not fit tries no RegExp. No text unit
 * is spelled with it: the match view has no control characters.
 */
export const KEY_STEM = 0x01;

/** Whether a match-view unit is a separator in the key alphabet. */
export const isKeySeparator = (u: number): boolean => u >= 0x20 && u <= 0x2f && u !== 0x2e;

function keyAppend(prefix: string, ch: string): string {
  const c = ch.charCodeAt(0);
  const k = c >= 0x30 && c <= 0x39 ? '#' : isKeySeparator(c) ? ' ' : ch;
  if ((k === '#' || k === ' ') && prefix.endsWith(k)) return prefix;
  return prefix + k;
}

/**
 * The keys a match can start with, in the key alphabet (see `KEY_DIGITS`), folded as text is
 * folded: its literal characters up to `KEY_LENGTH`, through separators and numbers, stopping where
 * a stem or a gap comes. Throws when a pattern does not start with a letter, a digit or `#`.
 */
export function patternKeys(pattern: string, nodes: Node[]): string[] {
  // The longest length with at most MAX_KEYS keys (or 1). The walk's prefix only ever grows, so the
  // keys of a shorter length are the longest keys cut to it, in the order they first appear (every
  // path the shorter walk cuts at that length goes on, in the longer one, to keys that all start
  // with the cut prefix): one walk, then cuts, instead of a walk per length tried. The key count
  // never falls as the length grows, so a binary search finds the length in four cuts.
  const longest = keysOfLength(pattern, nodes, KEY_LENGTH);
  if (longest.length <= MAX_KEYS) return longest;
  let lo = 1;
  let hi = KEY_LENGTH - 1;
  let best: string[] | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const keys = cutKeys(longest, mid);
    if (keys.length <= MAX_KEYS || mid === 1) {
      best = keys;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best ?? cutKeys(longest, 1);
}

/** `keys` cut to `length` characters, each once, in the order they first appear. */
function cutKeys(keys: readonly string[], length: number): string[] {
  const out = new Set<string>();
  for (const key of keys) out.add(key.length > length ? key.slice(0, length) : key);
  return [...out];
}

/** The keys a match can start with, cut to `length` characters (see `patternKeys`). */
export function keysOfLength(pattern: string, nodes: Node[], length: number): string[] {
  const keys = new Set<string>();
  const fail = (): never => {
    throw new PatternSyntaxError(pattern, 'it must start with a letter, a digit or #');
  };
  let budget = 20_000;
  // `then` is what follows the current sequence once it ends (the rest of an enclosing sequence),
  // as a linked list, so that no array is copied for each alternative.
  interface Rest {
    nodes: Node[];
    at: number;
    then: Rest | undefined;
  }
  const emit = (prefix: string): void => {
    if (prefix.length === 0) fail();
    keys.add(prefix.slice(0, length));
  };
  const walk = (seq: Node[], at: number, then: Rest | undefined, prefix: string): void => {
    if (budget-- <= 0) throw new PatternSyntaxError(pattern, 'it has too many ways to start');
    if (prefix.length >= length) return emit(prefix);
    const node = seq[at];
    if (!node) {
      if (then) return walk(then.nodes, then.at, then.then, prefix);
      return emit(prefix);
    }
    switch (node.t) {
      case 'lit': {
        let next = prefix;
        for (const ch of normalizePatternText(node.c)) next = keyAppend(next, ch);
        walk(seq, at + 1, then, next);
        break;
      }
      case 'apos':
        if (prefix.length === 0) fail();
        walk(seq, at + 1, then, keyAppend(prefix, "'"));
        walk(seq, at + 1, then, prefix);
        break;
      case 'alt': {
        const after: Rest = { nodes: seq, at: at + 1, then };
        for (const option of node.options) walk(option, 0, after, prefix);
        if (node.optional) walk(seq, at + 1, then, prefix);
        break;
      }
      case 'num':
        walk(seq, at + 1, then, keyAppend(prefix, '0'));
        break;
      case 'sep':
        if (prefix.length === 0) fail();
        walk(seq, at + 1, then, keyAppend(prefix, ' '));
        break;
      case 'gap':
        // A gap always starts with a separator.
        if (prefix.length === 0) fail();
        emit(keyAppend(prefix, ' '));
        break;
      case 'stem': {
        // Past a stem the key goes on only to a separator: the stem then ends where the word does.
        let next: Rest | undefined = { nodes: seq, at: at + 1, then };
        while (next && !next.nodes[next.at]) next = next.then;
        if (next?.nodes[next.at]!.t === 'sep') walk(seq, at + 1, then, prefix + String.fromCharCode(KEY_STEM));
        else emit(prefix);
        break;
      }
    }
  };
  walk(nodes, 0, undefined, '');
  prepareWork.units += 20_000 - budget;
  for (const key of keys) if (key.charCodeAt(0) !== KEY_DIGITS && !isWordUnit(key.charCodeAt(0))) fail();
  return [...keys];
}

/**
 * For a pattern that is one word of letters, no longer than a key (`агент`, `агент*`): its folded
 * length and whether it takes a stem. The matcher needs no RegExp for such a pattern: reaching the
 * end of its key in the trie has spelled it, and only the end of the word is left to check.
 * Undefined for any other pattern.
 */
export function plainWord(nodes: Node[]): { length: number; stem: boolean } | undefined {
  const [first, second] = nodes;
  if (!first || first.t !== 'lit' || nodes.length > 2 || (second && second.t !== 'stem')) return undefined;
  const folded = normalizePatternText(first.c);
  if (folded.length === 0 || folded.length > KEY_LENGTH) return undefined;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isWordUnit(c) || (c >= 0x30 && c <= 0x39) || c >= 0xd800) return undefined;
  }
  return { length: folded.length, stem: second !== undefined };
}

/**
 * For a pattern that is one word of letters with alternatives, and no RegExp-only parts
 * (`виз(а|у|ы|ой|е)`, `карт(а|очк*)`): its spellings, folded as text is folded, in two lists —
 * those the word must be exactly, and those it must start with, letters following (a stem at the
 * end). Undefined for any other pattern, or one with more than `MAX_KEYS` spellings or a spelling
 * longer than `KEY_LENGTH`. Every match of such a pattern ends where the word does (its last letter
 * is followed by neither a letter nor a digit), so the word's spelling alone decides it: the
 * matcher checks it with no RegExp.
 */
export function wordForms(nodes: Node[]): { exact: string[]; stems: string[] } | undefined {
  const forms = formsOf(nodes, true);
  if (!forms || forms.length > MAX_KEYS) return undefined;
  const exact = new Set<string>();
  const stems = new Set<string>();
  for (const [text, stem] of forms) {
    if (text.length === 0 || text.length > KEY_LENGTH) return undefined;
    (stem ? stems : exact).add(text);
  }
  return { exact: [...exact], stems: [...stems] };
}

/**
 * One word of `wordSequence`: a number of one to seven digits (`number`), or a word of letters
 * that is one of `exact`, or starts with one of `stems` and goes on with letters only.
 */
export interface WordSlot {
  readonly number: boolean;
  readonly exact: readonly string[];
  readonly stems: readonly string[];
}

/**
 * For a pattern of two or more words joined by plain separators, each word a number (`#`) or one
 * word of letters with alternatives (`трудов* договор*`, `(paid|covered|provided) by`, `# months`):
 * its words (see `WordSlot`). Undefined for any other pattern — one with a gap, an optional word,
 * an apostrophe, punctuation of its own, or more than `MAX_KEYS` spellings of a word.
 *
 * A match of such a pattern is decided without backtracking, so the matcher checks it with no
 * RegExp: a separator (`[ -\-/]{1,4}`) holds no letter or digit, and a word's spelling none of the
 * separator units, so each word of a match is the whole run of letters and digits from where it
 * starts (an exact spelling must be all of it, a stem spelling followed by letters only, a number
 * digits only and no more than seven), the separator between two words is the whole run of
 * separator units after the first (one to four of them, then a letter or digit), and the match ends
 * where its last word's run ends.
 */
export function wordSequence(nodes: Node[]): WordSlot[] | undefined {
  const slots: WordSlot[] = [];
  let from = 0;
  for (let i = 0; i <= nodes.length; i++) {
    if (i < nodes.length && nodes[i]!.t !== 'sep') continue;
    const word = nodes.slice(from, i);
    from = i + 1;
    if (word.length === 1 && word[0]!.t === 'num') {
      slots.push({ number: true, exact: [], stems: [] });
      continue;
    }
    const forms = formsOf(word, true);
    if (!forms || forms.length === 0 || forms.length > MAX_KEYS) return undefined;
    const exact = new Set<string>();
    const stems = new Set<string>();
    for (const [text, stem] of forms) {
      if (text.length === 0) return undefined;
      (stem ? stems : exact).add(text);
    }
    slots.push({ number: false, exact: [...exact], stems: [...stems] });
  }
  return slots.length >= 2 ? slots : undefined;
}

/** The spellings of `seq` as [letters, ends with a stem]; null when it is not one word of letters (see `wordForms`). */
function formsOf(seq: Node[], atEnd: boolean): [string, boolean][] | null {
  let forms: [string, boolean][] = [['', false]];
  for (let i = 0; i < seq.length; i++) {
    const node = seq[i]!;
    const last = atEnd && i === seq.length - 1;
    let parts: [string, boolean][];
    if (node.t === 'lit') {
      const folded = normalizePatternText(node.c);
      for (let k = 0; k < folded.length; k++) {
        const c = folded.charCodeAt(k);
        if (!isWordUnit(c) || (c >= 0x30 && c <= 0x39) || c >= 0xd800) return null;
      }
      parts = [[folded, false]];
    } else if (node.t === 'stem') {
      if (!last) return null;
      parts = [['', true]];
    } else if (node.t === 'alt') {
      parts = node.optional ? [['', false]] : [];
      for (const option of node.options) {
        const inner = formsOf(option, last);
        if (!inner) return null;
        parts.push(...inner);
      }
    } else {
      return null;
    }
    const next: [string, boolean][] = [];
    for (const [text, stem] of forms) {
      // A stem ends the word: nothing can follow it.
      if (stem) return null;
      for (const [more, moreStem] of parts) next.push([text + more, moreStem]);
    }
    if (next.length > MAX_KEYS) return null;
    forms = next;
  }
  return forms;
}

const isDigitChar = (u: number): boolean => u >= 0x30 && u <= 0x39;

/**
 * Marks a prefix of `literalPrefixes` that stands after a number's digits rather than at the
 * start. No pattern literal holds it: the pattern language has no control characters.
 */
export const NUMBER_THEN = '\u0000';

/** At most this many `literalPrefixes`: a pattern that can start in more ways is tried without them. */
const MAX_PREFIXES = 64;

/**
 * The literal texts a match must start with, folded as text is folded: the pattern's first literal;
 * for a group first, the first literals of its alternatives, each followed by the rest of the
 * pattern (with the rest's own first literals too when the group is optional: "(will )?keep*"
 * gives "will" and "keep"); for a number first, the literal after its digits ("#/#", marked
 * `NUMBER_THEN`), or `NUMBER_THEN` alone (a digit stands there) when no literal follows the number
 * ("# months"). Undefined when the pattern can start otherwise, or in more than
 * `MAX_PREFIXES` ways. The key alphabet reads every number as `#` and every run of punctuation as
 * a space, and a key stops at a gap, so a key can let through text the literals rule out ("100 000"
 * for "100%"): checking these first spares the RegExp, and changes nothing, since no match can
 * start any other way.
 */
export function literalPrefixes(nodes: Node[]): string[] | undefined {
  const out = new Set<string>();
  return headsOf(nodes, 0, undefined, out) && out.size > 0 ? [...out] : undefined;
}

/** Adds to `out` the literals a match of `seq` from `at` (then of `rest`) starts with; false when it can start otherwise. */
function headsOf(seq: Node[], at: number, rest: { seq: Node[]; at: number } | undefined, out: Set<string>): boolean {
  const first = seq[at];
  if (first === undefined) return rest !== undefined && headsOf(rest.seq, rest.at, undefined, out);
  if (first.t === 'lit') {
    const literal = normalizePatternText(first.c);
    if (literal.length === 0) return false;
    for (const head of spelledOn(seq, at + 1, [literal], MAX_PREFIXES + 1 - out.size)) out.add(head);
    return out.size <= MAX_PREFIXES;
  }
  if (first.t === 'num') {
    // "#/#", "#%": the literal after all the number's digits, when it starts with something else
    // (the number cannot then end earlier: the next unit would be a digit, not the literal).
    // Otherwise ("# months"), only that a digit stands here: `NUMBER_THEN` alone.
    const second = seq[at + 1];
    const literal = second?.t === 'lit' ? normalizePatternText(second.c) : '';
    const c = literal.charCodeAt(0);
    out.add(literal.length === 0 || (c >= 0x30 && c <= 0x39) ? NUMBER_THEN : NUMBER_THEN + literal);
    return out.size <= MAX_PREFIXES;
  }
  if (first.t !== 'alt') return false;
  // Groups nest only so deep; what follows the group is the rest of this sequence, then `rest`.
  if (rest !== undefined && seq[at + 1] !== undefined) return false;
  const after = seq[at + 1] !== undefined ? { seq, at: at + 1 } : rest;
  for (const option of first.options) if (!headsOf(option, 0, after, out)) return false;
  if (first.optional) return after !== undefined && headsOf(after.seq, after.at, undefined, out);
  return true;
}

/**
 * `heads` spelled on through the literals and the groups of literals only (`b(i|y)l(e|ye)t*` gives
 * "bilet", "bylet", "bilyet", "bylyet") that follow from `at`, in the order a match must spell them,
 * while there are at most `most` of them: without this, a bridged spelling's prefix was one letter.
 */
function spelledOn(seq: Node[], at: number, heads: string[], most: number): string[] {
  for (let k = at; k < seq.length; k++) {
    const node = seq[k]!;
    let parts: string[];
    if (node.t === 'lit') {
      parts = [normalizePatternText(node.c)];
    } else if (node.t === 'alt' && !node.optional && node.options.every((o) => o.every((n) => n.t === 'lit'))) {
      parts = [...new Set(node.options.map((o) => o.map((n) => normalizePatternText((n as { c: string }).c)).join('')))];
    } else {
      break;
    }
    if (heads.length * parts.length > most) break;
    heads = heads.flatMap((h) => parts.map((p) => h + p));
  }
  return heads;
}

/**
 * Whether a match of a pattern with these `literalPrefixes` could start at `at` of the match view:
 * false only where its RegExp cannot match.
 */
export function mayStartWith(view: string, at: number, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) {
    if (prefix.charCodeAt(0) === 0) {
      // The literal after the number that starts here.
      let end = at;
      while (end < view.length && isDigitChar(view.charCodeAt(end))) end++;
      if (end === at) continue;
      let k = 1;
      while (k < prefix.length && view.charCodeAt(end + k - 1) === prefix.charCodeAt(k)) k++;
      if (k === prefix.length) return true;
    } else if (view.startsWith(prefix, at)) {
      return true;
    }
  }
  return false;
}

/**
 * For a pattern with a gap (` ~ `) at its top level (`билет* ~ (оплачивает|…)`): the literal texts
 * (as `literalPrefixes` gives them) that what follows its first gap must start with, and `reach`,
 * how many word starts after the match's start it can stand at, at most. Its key stops at the
 * gap, so without this every "билет" in a text ran the RegExp to look for the words after it.
 *
 * A word start here is a letter or digit after a unit that is neither (`[\n -/]` in the match
 * view). The part before the gap can enter a new word only through a separator, an apostrophe or
 * a literal that is not a letter or digit, each counted once; the gap skips at most two words of
 * letters and digits; and the part after it starts with a letter or digit right after the gap's
 * separator: at a word start, no later than `reach` word starts on. Undefined when the pattern
 * has no such gap, or the part after it can start otherwise (an optional word, a group with a gap,
 * punctuation), so that checking it is always a necessary condition of the RegExp.
 */
export function gapFollowers(nodes: Node[]): { prefixes: string[]; reach: number } | undefined {
  const gap = nodes.findIndex((n) => n.t === 'gap');
  if (gap <= 0) return undefined;
  let crossings = 0;
  for (let k = 0; k < gap; k++) {
    const c = wordCrossings(nodes[k]!);
    if (c < 0) return undefined;
    crossings += c;
  }
  // Punctuation right after the gap ("~ $#") stands in the run of separators the gap ends with:
  // what follows it is then the word start.
  const rest = nodes.slice(gap + 1);
  const head = rest[0];
  if (head?.t === 'lit') {
    const folded = normalizePatternText(head.c);
    let cut = 0;
    while (cut < folded.length && isKeySeparator(folded.charCodeAt(cut))) cut++;
    if (cut === folded.length) rest.shift();
    else if (cut > 0) rest[0] = { t: 'lit', c: folded.slice(cut) };
  }
  const prefixes = literalPrefixes(rest);
  if (!prefixes || prefixes.length === 0) return undefined;
  for (const prefix of prefixes) {
    const head = prefix.charCodeAt(0) === 0 ? 0x30 : prefix.charCodeAt(0);
    if (prefix.length === 0 || !isWordUnit(head)) return undefined;
  }
  return { prefixes, reach: crossings + 3 };
}

/**
 * How many new words a node can enter, at most (see `gapFollowers`): -1 when it holds a gap,
 * which the caller does not bound.
 */
function wordCrossings(node: Node): number {
  switch (node.t) {
    case 'lit': {
      let n = 0;
      const folded = normalizePatternText(node.c);
      for (let i = 0; i < folded.length; i++) if (!isWordUnit(folded.charCodeAt(i))) n += 1;
      return n;
    }
    case 'alt': {
      let most = 0;
      for (const option of node.options) {
        let n = 0;
        for (const inner of option) {
          const c = wordCrossings(inner);
          if (c < 0) return -1;
          n += c;
        }
        most = Math.max(most, n);
      }
      return most;
    }
    case 'sep':
    case 'apos':
      return 1;
    case 'gap':
      return -1;
    case 'stem':
    case 'num':
      return 0;
  }
}

/** Whether a pattern has a gap (` ~ `) anywhere. */
export function hasGap(nodes: Node[]): boolean {
  return nodes.some((n) => n.t === 'gap' || (n.t === 'alt' && n.options.some(hasGap)));
}

/** Whether a pattern is one word: letters, stems and apostrophes only ("не", "никак*", "don't"). */
export function isOneWord(nodes: Node[]): boolean {
  return nodes.every((n) => n.t === 'lit' || n.t === 'stem' || n.t === 'apos');
}

/** How many literal characters a pattern demands at least: longer patterns are tried first. */
export function patternWeight(nodes: Node[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.t === 'lit') n += node.c.length;
    else if (node.t === 'alt' && !node.optional) n += Math.min(...node.options.map(patternWeight));
    else if (node.t === 'sep' || node.t === 'gap') n += 1;
  }
  return n;
}

// --- Script bridges -------------------------------------------------------------------------

const alt = (...options: string[]): Node =>
  options.length === 1 && [...options[0]!].length === 1
    ? { t: 'lit', c: options[0]! }
    : { t: 'alt', optional: false, options: options.map((o) => [...o].map((c) => ({ t: 'lit', c }) as Node)) };

/**
 * Kazakh and Kyrgyz Cyrillic → the Latin spellings people type (official 2021 Kazakh Latin and the
 * informal ones: `ш` → `sh`/`ş`, `қ` → `q`/`k`, `ң` → `ng`/`ñ` …). Letters are folded afterwards,
 * so `ş` and `s` need not both be listed.
 */
const kazakhToLatin: Record<string, string[]> = {
  а: ['a'], ә: ['a', 'ae'], б: ['b'], в: ['v', 'w'], г: ['g'], ғ: ['g', 'gh'], д: ['d'], е: ['e', 'ye'], ё: ['yo', 'io', 'e'],
  ж: ['zh', 'j'], з: ['z'], и: ['i', 'y'], й: ['i', 'y', 'j'], к: ['k'], қ: ['q', 'k'], л: ['l'], м: ['m'], н: ['n'],
  ң: ['ng', 'n'], о: ['o'], ө: ['o', 'oe'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u', 'w'], ұ: ['u'], ү: ['u', 'ue'],
  ф: ['f'], х: ['h', 'kh', 'x'], һ: ['h'], ц: ['ts', 'c'], ч: ['ch', 'c'], ш: ['sh', 's'], щ: ['sh', 'shch'], ъ: [''],
  ы: ['y', 'i'], і: ['i'], ь: [''], э: ['e'], ю: ['yu', 'iu', 'ju'], я: ['ya', 'ia', 'ja'],
};

/** Uzbek Latin → Uzbek Cyrillic (2 letters first: `sh`, `ch`, `oʻ`, `gʻ`, `ya`, `yo`, `yu`, `ye`, `ts`). */
const uzbekDigraphs: Record<string, string[]> = {
  sh: ['ш'], ch: ['ч'], ya: ['я'], yo: ['ё'], yu: ['ю'], ye: ['е'], ts: ['ц', 'тс'],
};
const uzbekLetters: Record<string, string[]> = {
  a: ['а'], b: ['б'], d: ['д'], e: ['е', 'э'], f: ['ф'], g: ['г'], h: ['ҳ', 'х'], i: ['и'], j: ['ж'], k: ['к'], l: ['л'],
  m: ['м'], n: ['н'], o: ['о'], p: ['п'], q: ['қ'], r: ['р'], s: ['с'], t: ['т'], u: ['у'], v: ['в'], x: ['х'], y: ['й'],
  z: ['з'], c: ['ц', 'с'], w: ['в'],
};

/**
 * Russian Cyrillic → the Latin letters people type it in when they have no Cyrillic keyboard
 * ("pasport otdaete administratoru", "potom vychtem iz zp"): the common informal spellings, not a
 * standard. Latin letters already in a pattern stay as they are.
 */
const russianToLatin: Record<string, string[]> = {
  а: ['a'], б: ['b'], в: ['v', 'w'], г: ['g'], д: ['d'], е: ['e', 'ye'], ё: ['e', 'yo', 'o'], ж: ['zh', 'j'], з: ['z'],
  и: ['i', 'y'], й: ['y', 'i', 'j'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'],
  у: ['u'], ф: ['f'], х: ['h', 'kh', 'x'], ц: ['ts', 'c'], ч: ['ch'], ш: ['sh'], щ: ['sch', 'sh', 'shch'], ъ: [''], ы: ['y', 'i'],
  ь: ['', "'"], э: ['e'], ю: ['yu', 'iu', 'ju'], я: ['ya', 'ia', 'ja'],
};

/**
 * Tajik Cyrillic → the Latin letters Tajik is typed in (the 1928–1940 alphabet people still use,
 * and English-keyboard habits: `ҷ` → `j`, `ҳ` → `h`/`x`, `қ` → `q`/`k`, `ӯ` → `u`/`ū`).
 */
const tajikToLatin: Record<string, string[]> = {
  ...russianToLatin,
  ғ: ['gh', 'g'], ӣ: ['i'], қ: ['q', 'k'], ӯ: ['u'], ҳ: ['h', 'x'], ҷ: ['j', 'ch', 'dzh'], х: ['x', 'kh', 'h'], ч: ['ch'],
  ъ: ['', "'"], е: ['e', 'ye'], ё: ['yo'], ю: ['yu'], я: ['ya'], и: ['i'], й: ['y'], ы: ['i', 'y'],
};

/** Rewrites the letters of `nodes` through a map; null when a letter has no counterpart. */
function bridge(
  nodes: Node[],
  one: (c: string) => string[] | undefined,
  two?: (a: string, b: Node | undefined, c: Node | undefined) => Node | undefined,
): Node[] | null {
  // Bridges read letter by letter: split runs of literal text into single characters first.
  nodes = nodes.flatMap((n) => (n.t === 'lit' && n.c.length > 1 ? [...n.c].map((c): Node => ({ t: 'lit', c })) : [n]));
  const out: Node[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.t === 'lit') {
      if (two) {
        const next = nodes[i + 1];
        const pair = two(node.c, next, nodes[i + 2]);
        if (pair) {
          out.push(pair);
          i += 1;
          continue;
        }
      }
      const options = one(node.c);
      if (options === undefined) {
        if (isLetterChar(node.c)) return null;
        out.push(node);
      } else {
        out.push(alt(...options));
      }
    } else if (node.t === 'alt') {
      const options: Node[][] = [];
      for (const option of node.options) {
        const b = bridge(option, one, two);
        if (!b) return null;
        options.push(b);
      }
      out.push({ t: 'alt', options, optional: node.optional });
    } else if (node.t === 'apos' && two) {
      // A lone Uzbek apostrophe (maʼlumot) is ъ in Cyrillic, often left out.
      out.push({ t: 'alt', options: [[{ t: 'lit', c: 'ъ' }]], optional: true });
    } else {
      out.push(node);
    }
  }
  // Letters with one spelling join up again, so a bridged word stays one literal ("pasport*"),
  // which the matcher can take without a RegExp (see `plainWord`).
  const joined: Node[] = [];
  for (const node of out) {
    const prev = joined[joined.length - 1];
    if (node.t === 'lit' && prev?.t === 'lit') joined[joined.length - 1] = { t: 'lit', c: prev.c + node.c };
    else joined.push(node);
  }
  return joined;
}

/** The Latin spelling of a Kazakh or Kyrgyz Cyrillic pattern, or null when it is not Cyrillic. */
export function kazakhLatinVariant(nodes: Node[]): Node[] | null {
  if (!hasScript(nodes, /[\u0400-\u052f]/)) return null;
  return bridge(nodes, (c) => kazakhToLatin[c]);
}

/**
 * The Latin spelling of a Russian (or, with `tajik`, Tajik) Cyrillic pattern, or null when it has
 * no Cyrillic: "паспорт* отда*" also matches "pasport otdaete".
 */
export function cyrillicLatinVariant(nodes: Node[], tajik = false): Node[] | null {
  if (!hasScript(nodes, /[\u0400-\u052f]/)) return null;
  const map = tajik ? tajikToLatin : russianToLatin;
  return bridge(nodes, (c) => map[c] ?? (/[a-z]/.test(c) ? [c] : undefined));
}

/** The Cyrillic spelling of an Uzbek Latin pattern, or null when it is not Latin. */
export function uzbekCyrillicVariant(nodes: Node[]): Node[] | null {
  if (!hasScript(nodes, /[a-z\u00c0-\u024f]/)) return null;
  return bridge(
    nodes,
    (c) => uzbekLetters[c],
    (c, next, after) => {
      if (next?.t === 'apos' && (c === 'o' || c === 'g')) return alt(c === 'o' ? 'ў' : 'ғ');
      // "yoʻl" is y + oʻ (йўл), not yo + ʻ.
      if (c === 'y' && next?.t === 'lit' && (next.c === 'o' || next.c === 'g') && after?.t === 'apos') return undefined;
      if (next?.t === 'lit') {
        const options = uzbekDigraphs[c + next.c];
        if (options) return alt(...options);
      }
      return undefined;
    },
  );
}

function hasScript(nodes: Node[], script: RegExp): boolean {
  return nodes.some((n) => (n.t === 'lit' && script.test(n.c)) || (n.t === 'alt' && n.options.some((o) => hasScript(o, script))));
}

export type { Node as PatternNode };
