import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MATCH_PUNCTUATION, normalizeText, originalSpan } from '../../../src/sdk/offer-check/normalize.js';

const norm = (s: string) => normalizeText(s).text;

test('NFKC folds full-width and mathematical letters, so styled text reads as plain text', () => {
  assert.equal(norm('ｆｒｅｅ　ｔｉｃｋｅｔ'), 'free ticket');
  assert.equal(norm('𝐟𝐫𝐞𝐞 𝐯𝐢𝐬𝐚'), 'free visa');
});

test('lower-casing folds Turkic dotted and dotless i to i, never to i with a combining dot', () => {
  assert.equal(norm('İŞ'), 'is');
  assert.equal(norm('ıs'), 'is');
  assert.equal(norm('VISA'), 'visa');
  assert.ok(!norm('İstanbul').includes('\u0307'));
});

test('every Uzbek apostrophe variant becomes one apostrophe', () => {
  for (const variant of ["o'", 'oʻ', 'o‘', 'o’', 'oʼ', 'o`', 'o´']) assert.equal(norm(`t${variant}lov`), "to'lov");
});

test('zero-width and other invisible format characters are removed', () => {
  assert.equal(norm('пред\u200bоп\u200cла\u200dта\u2060 с\u00adбор\ufeff'), 'предоплата сбор');
});

test('stray combining marks (stress marks, "zalgo") are dropped and decomposed letters composed', () => {
  assert.equal(norm('зарпла́та'), 'зарплата');
  assert.equal(norm('и\u0306'), 'й');
  assert.equal(norm('v̷i̷s̷a̷'), 'visa');
});

test('Latin look-alikes inside a Cyrillic word are folded to Cyrillic, and the other way round', () => {
  assert.equal(norm('Прeдоплaтa'), 'предоплата');
  assert.equal(norm('PАSSPORT'), 'passport');
  assert.equal(norm('ТЕГIН'), 'тегин');
});

test('digits standing in for letters are folded inside words, but real numbers are left alone', () => {
  assert.equal(norm('3арплата д0ход'), 'зарплата доход');
  assert.equal(norm('5000руб 18лет'), '5000руб 18лет');
});

test('spaced-out words of four letters or more are joined, separated by spaces, dots, dashes or stars', () => {
  assert.equal(norm('п р е д о п л а т а'), 'предоплата');
  assert.equal(norm('p.a.s.s.p.o.r.t'), 'passport');
  assert.equal(norm('в-и-з-а'), 'виза');
  assert.equal(norm('а и в с'), 'аивс');
  assert.equal(norm('я и ты'), 'я и ты');
});

test('letters a Russian keyboard lacks fold to the letters people type instead (the skeleton)', () => {
  assert.equal(norm('жұмыс қыздар ўзбек ҳафта ҷой'), 'жумыс кыздар узбек хафта чой');
  assert.equal(norm('ýokary aýlyk iş günü'), 'yokary aylyk is gunu');
  assert.equal(norm('Ёлка'), 'елка');
});

test('runs of spaces collapse to one, and to a line break when the run held one', () => {
  assert.equal(norm('a  \t b\r\n\r\n c'), 'a b\nc');
});

test('the match view keeps letters and digits, turns sentence ends into line breaks, other punctuation into spaces', () => {
  const n = normalizeText('Виза, билет! t.me/xy. Всё?');
  assert.equal(n.matchView.length, n.text.length);
  assert.equal(n.matchView, 'виза  билет\n t.me/xy\n все\n');
});

test('a full stop after a one-letter word (an initial, "г.") does not end the sentence', () => {
  const n = normalizeText("2000 rubl kartaga (Dilshod A.) o'tkazasiz. Keyin");
  assert.equal(n.matchView, "2000 rubl kartaga  dilshod a   o'tkazasiz\n keyin");
  assert.deepEqual([...n.words.sentence], [0, 0, 0, 0, 0, 0, 0, 1]);
});

test('every normalised character maps back to the original text it came from', () => {
  const original = 'Прeдоплaтa\u200b 100$ — п р е д';
  const n = normalizeText(original);
  const at = n.text.indexOf('100$');
  assert.deepEqual(originalSpan(n, original, at, at + 4), { start: 12, end: 16, text: '100$' });
  const spaced = n.text.lastIndexOf('пред');
  assert.equal(originalSpan(n, original, spaced, spaced + 4).text, 'п р е д');
});

test('for any text, offsets are in bounds and never go backwards, so evidence can always be highlighted', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (original) => {
      const n = normalizeText(original);
      assert.equal(n.starts.length, n.text.length);
      assert.equal(n.ends.length, n.text.length);
      for (let i = 0; i < n.text.length; i++) {
        assert.ok(n.starts[i]! >= 0 && n.starts[i]! < n.ends[i]! && n.ends[i]! <= original.length);
        if (i > 0) assert.ok(n.starts[i]! >= n.starts[i - 1]!);
      }
    }),
    { numRuns: 300 },
  );
});

test('in the match view, a character is below U+0030 exactly when it is not a letter or digit', () => {
  for (const c of MATCH_PUNCTUATION) assert.ok(c >= ' ' && c <= '/', c);
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (original) => {
      const n = normalizeText(original);
      for (let i = 0; i < n.matchView.length; i++) {
        const v = n.matchView.charCodeAt(i);
        const word = /[\p{L}\p{N}]/u.test(n.text[i]!) && !(n.text.charCodeAt(i) >= 0xd800 && n.text.charCodeAt(i) <= 0xdfff);
        assert.equal(v >= 0x30, word, `${JSON.stringify(n.text[i])} at ${i}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('the word table lists every word of the text once, with the clause and sentence it is in', () => {
  const isWord = (c: string) => /[\p{L}\p{N}]/u.test(c);
  const clauseEnd = new Set([...'\n.!?;,:()|•']);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'ab жы 12.,;:!?-()|\n'.split(''), ' - ', 'п р е д о', 'İ', '\u0301'), maxLength: 80 }), (original) => {
      const { text, words } = normalizeText(original);
      const starts: number[] = [];
      const clause: number[] = [];
      const sentence: number[] = [];
      let c = 0;
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (isWord(ch)) {
          if (i === 0 || !isWord(text[i - 1]!)) {
            starts.push(i);
            clause.push(c);
            sentence.push(s);
          }
          continue;
        }
        if (clauseEnd.has(ch) || (ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) c += 1;
        const initial = i >= 1 && isWord(text[i - 1]!) && !/[0-9]/.test(text[i - 1]!) && (i < 2 || !isWord(text[i - 2]!));
        if ('\n!?;'.includes(ch) || (ch === '.' && !isWord(text[i + 1] ?? ' ') && !initial)) s += 1;
      }
      assert.deepEqual([...words.starts], starts);
      assert.deepEqual([...words.clause], clause);
      assert.deepEqual([...words.sentence], sentence);
    }),
    { numRuns: 2000 },
  );
});
