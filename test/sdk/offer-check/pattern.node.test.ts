import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  KEY_LENGTH,
  MAX_KEYS,
  PatternSyntaxError,
  kazakhLatinVariant,
  keysOfLength,
  parsePattern,
  patternKeys,
  toRegexSource,
  uzbekCyrillicVariant,
  WORD_END,
  gapFollowers,
  literalPrefixes,
  NUMBER_THEN,
  wordForms,
  wordSequence,
} from '../../../src/sdk/offer-check/pattern.js';
import { normalizeText } from '../../../src/sdk/offer-check/normalize.js';
import { allCandidates, compileOfferRules, variants } from '../../../src/sdk/offer-check/compile.js';
import type { OfferLanguage } from '../../../src/sdk/offer-check/types.js';
import { offerRuleSet } from '../../../src/data/offer-rules/index.js';

/** Whether `pattern` matches `text` starting at its first word, as the engine runs it. */
function matches(pattern: string, text: string, variant?: 'kk-latin' | 'uz-cyrillic'): string | null {
  let nodes = parsePattern(pattern);
  if (variant === 'kk-latin') nodes = kazakhLatinVariant(nodes)!;
  if (variant === 'uz-cyrillic') nodes = uzbekCyrillicVariant(nodes)!;
  const re = new RegExp(`(?:${toRegexSource(nodes)})${WORD_END}`, 'y');
  const n = normalizeText(text);
  re.lastIndex = 0;
  return re.test(n.matchView) ? n.text.slice(0, re.lastIndex) : null;
}

test('a word matches whole words only, in any case and with folded letters', () => {
  assert.equal(matches('билет', 'БИЛЕТ есть'), 'билет');
  assert.equal(matches('билет', 'билеты'), null);
  assert.equal(matches('жұмыс', 'жумыс бар'), 'жумыс');
});

test('a star continues the word with letters only', () => {
  assert.equal(matches('билет*', 'билетами'), 'билетами');
  assert.equal(matches('билет*', 'билет2'), null);
});

test('a space stands for one to four characters that are not letters, but never a sentence end', () => {
  assert.equal(matches('free ticket', 'free, ticket'), 'free, ticket');
  assert.equal(matches('free ticket', 'free -- ticket'), 'free -- ticket');
  assert.equal(matches('free ticket', 'free. Ticket'), null);
  assert.equal(matches('free ticket', 'free\nticket'), null);
});

test('a tilde lets up to two other words stand between', () => {
  assert.equal(matches('send ~ passport', 'send passport'), 'send passport');
  assert.equal(matches('send ~ passport', 'send us your passport'), 'send us your passport');
  assert.equal(matches('send ~ passport', 'send us a copy of passport'), null);
});

test('groups give alternatives, a question mark makes a group optional, and a space may end an alternative', () => {
  assert.equal(matches('experience (is )?not required', 'experience is not required'), 'experience is not required');
  assert.equal(matches('experience (is )?not required', 'experience not required'), 'experience not required');
  assert.equal(matches('(ticket*|flight*) free', 'flights free'), 'flights free');
});

test("an apostrophe is optional, and matches every apostrophe people type", () => {
  for (const text of ["to'lov", 'toʻlov', 'to’lov', 'tolov']) assert.equal(matches("to'lov", text), text.replace(/[ʻ’]/, "'"));
});

test('# matches a number, and punctuation such as $ . - / is literal', () => {
  assert.equal(matches('виза ~ #$', 'виза стоит 300$'), 'виза стоит 300$');
  assert.equal(matches('t.me', 't.me/jobs'), 't.me');
});

test('Kazakh and Kyrgyz patterns also match their Latin spellings', () => {
  for (const text of ['tegin bilet', 'tegın bilet', 'tegіn bilet']) assert.ok(matches('тегін билет', text, 'kk-latin'), text);
  assert.ok(matches('жұмыс', 'jumys', 'kk-latin'));
  assert.ok(matches('жұмыс', 'zhumys', 'kk-latin'));
  assert.ok(matches('шетелде', 'şetelde', 'kk-latin'));
  assert.ok(matches('шетелде', 'shetelde', 'kk-latin'));
});

test('Uzbek Latin patterns also match Uzbek Cyrillic', () => {
  assert.ok(matches("to'lov", 'тўлов', 'uz-cyrillic'));
  assert.ok(matches('bepul chipta*', 'бепул чипталар', 'uz-cyrillic'));
  assert.ok(matches('shoshilinch', 'шошилинч', 'uz-cyrillic'));
  assert.ok(matches("yo'l kira", 'йўл кира', 'uz-cyrillic'));
  assert.ok(matches('tajriba shart emas', 'тажриба шарт эмас', 'uz-cyrillic'));
  assert.ok(matches('hujjat*', 'ҳужжатлар', 'uz-cyrillic'));
});

test('patterns that cannot be matched safely are refused with the reason', () => {
  for (const [pattern, reason] of [
    ['*foo', /"\*" must follow a letter/],
    ['fo*o', /"\*" must end a word/],
    ['(a|b', /not closed/],
    ['a!', /not part of the pattern language/],
    ['~ foo', /not allowed here/],
  ] as const) {
    assert.throws(() => patternKeys(pattern, parsePattern(pattern)), (e: unknown) => e instanceof PatternSyntaxError && reason.test(e.message), pattern);
  }
  assert.throws(() => patternKeys('$ x', parsePattern('$ x')), /start with a letter, a digit or #/);
});

/**
 * The kinds of atoms that carry each quantifier in a RegExp source: "class", "char" or "group".
 * Escapes and character classes are skipped as units, so `\\+` and `[+]` are not quantifiers.
 */
function quantifiedAtoms(source: string): { atom: string; quantifier: string }[] {
  const found: { atom: string; quantifier: string }[] = [];
  let last = 'char';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i += source[i + 1] === 'p' || source[i + 1] === 'P' ? source.indexOf('}', i) - i : 1;
      last = 'char';
    } else if (c === '[') {
      i += 1;
      while (source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      last = 'class';
    } else if (c === '(') {
      last = 'open';
    } else if (c === ')') {
      last = 'group';
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      if (c === '?' && (last === 'open' || last === 'quantifier')) continue;
      const end = c === '{' ? source.indexOf('}', i) : i;
      found.push({ atom: last, quantifier: source.slice(i, end + 1) });
      i = end;
      last = 'quantifier';
    } else {
      last = 'char';
    }
  }
  return found;
}

test('each pattern gets the longest keys of which it has at most MAX_KEYS, as trying every length from the longest down gives', () => {
  const all: [string, string][] = [];
  const add = (patterns: Record<string, string[]> | undefined) => {
    for (const [lang, list] of Object.entries(patterns ?? {})) for (const p of list) all.push([lang, p]);
  };
  for (const rule of offerRuleSet.rules) add(rule.patterns);
  for (const list of Object.values(offerRuleSet.negators)) add(list);
  let searched = 0;
  for (const [lang, pattern] of all) {
    const nodes = parsePattern(pattern);
    // The spellings compiling the rules makes for the pattern's language, as it makes them.
    for (const variant of variants(lang as OfferLanguage, nodes, pattern)) {
      // The oracle: the first length, from the longest down, with at most MAX_KEYS keys, or 1.
      let expected: string[] = [];
      for (let length = KEY_LENGTH; length >= 1; length--) {
        expected = keysOfLength(pattern, variant, length);
        if (expected.length <= MAX_KEYS) break;
        if (length === KEY_LENGTH) searched += 1;
      }
      assert.deepEqual(patternKeys(pattern, variant), expected, pattern);
    }
  }
  assert.ok(searched > 20, `${searched} spellings have too many keys at the longest length: the search was exercised`);
});

test('no compiled RegExp repeats a group or nests quantifiers, so matching stays linear', () => {
  const rules = compileOfferRules(offerRuleSet, { eager: true });
  let count = 0;
  for (const { source } of allCandidates(rules)) {
    count += 1;
    for (const { atom, quantifier } of quantifiedAtoms(source)) {
      // A group may only be optional; only a character or a class may repeat.
      if (atom === 'group') assert.equal(quantifier, '?', `a repeated group in ${source}`);
    }
  }
  assert.ok(count > 300);
  assert.deepEqual(quantifiedAtoms('(?:ab)*'), [{ atom: 'group', quantifier: '*' }], 'the scanner sees a repeated group');
  assert.deepEqual(quantifiedAtoms('a\\+[+]{1,4}(?:x)?'), [{ atom: 'class', quantifier: '{1,4}' }, { atom: 'group', quantifier: '?' }]);
});

test('the words after a gap: what they start with, and how many word starts on they can stand', () => {
  // One word, a gap of up to two words, then the follower: at most the third word start after the match's start.
  assert.deepEqual(gapFollowers(parsePattern('билет* ~ (оплачивает|оплатит)')), { prefixes: ['оплачивает', 'оплатит'], reach: 3 });
  assert.ok(matches('билет* ~ оплатит', 'билеты и визу оплатит'));
  assert.equal(matches('билет* ~ оплатит', 'билеты и визу нам оплатит'), null);
  // A separator or an apostrophe before the gap can start another word each; an optional group first gives both ways to start.
  assert.deepEqual(gapFollowers(parsePattern("qo'l haqi ~ (will )?keep*")), { prefixes: ['will', 'keep'], reach: 5 });
  assert.ok(matches("qo'l haqi ~ keep*", "qo'l haqi one two keeps"));
  // A number after the gap: a digit must stand at that word start (`NUMBER_THEN` alone); punctuation
  // right after the gap stands in its separators, and what follows it starts the word.
  assert.deepEqual(gapFollowers(parsePattern('паспорт* ~ # дней')), { prefixes: [NUMBER_THEN], reach: 3 });
  assert.ok(matches('паспорт* ~ # дней', 'паспорт через 10 дней'));
  assert.deepEqual(gapFollowers(parsePattern('виза ~ $#')), { prefixes: [NUMBER_THEN], reach: 3 });
  assert.ok(matches('виза ~ $#', 'виза стоит $500'));
  // No bound where the words after the gap may start otherwise.
  assert.deepEqual(gapFollowers(parsePattern('паспорт* ~ (в )?# дней')), { prefixes: ['в', NUMBER_THEN], reach: 3 });
  assert.equal(gapFollowers(parsePattern('паспорт* ~ (в|.) дней')), undefined);
  assert.equal(gapFollowers(parsePattern('паспорт* ~ . дней')), undefined);
  assert.equal(gapFollowers(parsePattern('паспорт* отда*')), undefined);
  assert.deepEqual(literalPrefixes(parsePattern('(the )?(employer|company) keep*')), ['the', 'employer', 'company']);
  assert.deepEqual(literalPrefixes(parsePattern('(the )?# days')), ['the', NUMBER_THEN]);
  // A literal goes on through the groups of literals after it (a bridged spelling's letters), not
  // through an optional group, a stem or a separator.
  assert.deepEqual(literalPrefixes(parsePattern('b(i|y)l(e|ye)t* (a|b)')), ['bilet', 'bilyet', 'bylet', 'bylyet']);
  assert.deepEqual(literalPrefixes(parsePattern('bil(e)?t')), ['bil']);
  assert.deepEqual(literalPrefixes(parsePattern('bil(et|ke ta)')), ['bil']);
});

test('a word with alternatives is matched by its spellings, which end where the word does', () => {
  assert.deepEqual(wordForms(parsePattern('виз(а|у|ы|ой|е)')), { exact: ['виза', 'визу', 'визы', 'визой', 'визе'], stems: [] });
  assert.deepEqual(wordForms(parsePattern('карт(а|очк*)')), { exact: ['карта'], stems: ['карточк'] });
  assert.deepEqual(wordForms(parsePattern('(e|ye)mt(i|y)')), { exact: ['emti', 'emty', 'yemti', 'yemty'], stems: [] });
  // Not one word of letters, a stem inside, or too many spellings: the RegExp runs.
  assert.equal(wordForms(parsePattern('виза на')), undefined);
  assert.equal(wordForms(parsePattern("o'tkaz*")), undefined);
  assert.equal(wordForms(parsePattern('(кар*|кир)та')), undefined);
  assert.equal(wordForms(parsePattern('(a|b)(c|d)(e|f)(g|h)(i|j)(k|l)')), undefined);
});

test('words joined by separators are read word by word: each word a number or a word with alternatives', () => {
  assert.deepEqual(wordSequence(parsePattern('трудов* (договор*|контракт)')), [
    { number: false, exact: [], stems: ['трудов'] },
    { number: false, exact: ['контракт'], stems: ['договор'] },
  ]);
  assert.deepEqual(wordSequence(parsePattern('# months')), [
    { number: true, exact: [], stems: [] },
    { number: false, exact: ['months'], stems: [] },
  ]);
  // Not for one word, a gap, an optional word, an apostrophe or punctuation of the pattern's own.
  for (const pattern of ['трудов*', 'билет* ~ оплатит', '(will )?keep*', "to'lov*", 'eps-topik', '#/#', 'e9 visa']) {
    assert.equal(wordSequence(parsePattern(pattern)), undefined, pattern);
  }
});
