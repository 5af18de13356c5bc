import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  OfferCheckError,
  SafeError,
  adviceCodes,
  checkOffer,
  checkOffers,
  levelBands,
  maxOfferLength,
  offerDimensions,
  offerFlagIds,
  offerLanguages,
  offerLevels,
  offerQuestionIds,
  offerReassuranceIds,
  questionAnswers,
  signalStrengths,
} from '../../src/sdk/index.js';
import type { CheckOfferOptions, OfferCheckResult, OfferEvidence } from '../../src/sdk/index.js';
import { bundledOfferRules } from '../../src/sdk/offer-check/check.js';
import { allCandidates } from '../../src/sdk/offer-check/compile.js';
import { currencyAfter, dayWord, hoursOfDay, mayEndPeriodBefore, mayFollowWithCurrency, periodBefore, shortDay } from '../../src/sdk/offer-check/extractors.js';
import { normalizeText } from '../../src/sdk/offer-check/normalize.js';
import { mayStartWith } from '../../src/sdk/offer-check/pattern.js';
import type { PatternNode } from '../../src/sdk/offer-check/pattern.js';
import { labelledOffers } from '../fixtures/offers/index.js';

// Random and hostile input to checkOffer: it returns a result that satisfies the result's contract
// (docs/offer-check.md), or, for input it documents as refused, throws an OfferCheckError with the
// documented code — never another exception, never a hang, and never super-linear time.

// --- The result's contract -------------------------------------------------------------------

const flagIds = new Set(offerFlagIds);
const reassuranceIds = new Set(offerReassuranceIds);
const strengthRank = { strong: 0, medium: 1, weak: 2 } as const;

function assertEvidence(evidence: readonly OfferEvidence[], text: string, what: string): void {
  assert.ok(Array.isArray(evidence), `${what}: evidence is a list`);
  let previousEnd = 0;
  for (const e of evidence) {
    const keys = Object.keys(e).sort();
    // `signal` is there only for a combined flag's parts, and names the part as a non-empty id.
    assert.deepEqual(keys, 'signal' in e ? ['end', 'signal', 'start', 'text'] : ['end', 'start', 'text'], what);
    if ('signal' in e) assert.match(e.signal!, /^[a-z][a-z0-9-]*$/, `${what}: the part it shows is an id`);
    assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end), `${what}: integer offsets`);
    assert.ok(e.start >= 0 && e.start < e.end && e.end <= text.length, `${what}: ${e.start}–${e.end} lies inside a text of ${text.length}`);
    assert.equal(text.slice(e.start, e.end), e.text, `${what}: the evidence is the text at its offsets`);
    assert.ok(e.start >= previousEnd, `${what}: spans come in order and do not overlap`);
    previousEnd = e.end;
  }
}

/** Every rule of the result's shape that holds whatever the input. */
function assertWellFormed(result: OfferCheckResult, text: string, options: CheckOfferOptions | undefined): void {
  assert.deepEqual(Object.keys(result).sort(), ['advice', 'destinations', 'flags', 'language', 'level', 'reassurances', 'score']);
  assert.ok(offerLevels.includes(result.level), `level ${result.level}`);
  const [min, max] = levelBands[result.level];
  assert.ok(Number.isFinite(result.score) && result.score >= min && result.score <= max, `score ${result.score} in the ${result.level} band`);

  const seen = new Set<string>();
  let previousRank = 0;
  for (const flag of result.flags) {
    assert.ok(flagIds.has(flag.id), `flag ${flag.id} is a bundled flag`);
    assert.ok(!seen.has(flag.id), `flag ${flag.id} appears once`);
    seen.add(flag.id);
    assert.ok(offerDimensions.includes(flag.dimension), flag.dimension);
    assert.ok(signalStrengths.includes(flag.strength), flag.strength);
    assert.ok(strengthRank[flag.strength] >= previousRank, 'flags come strongest first');
    previousRank = strengthRank[flag.strength];
    assert.ok(typeof flag.indicator === 'string' && flag.indicator.length > 0);
    assert.ok(['text', 'answers', 'both'].includes(flag.source), flag.source);
    if (!options?.answers || Object.keys(options.answers).length === 0) assert.equal(flag.source, 'text', 'without answers every flag comes from the text');
    assertEvidence(flag.evidence, text, `flag ${flag.id}`);
  }
  if (result.flags.length === 0) assert.equal(result.level === 'high', false, 'no flags, not high');

  assert.equal(new Set(result.advice).size, result.advice.length, 'advice is unique');
  const order = result.advice.map((a) => adviceCodes.indexOf(a));
  assert.ok(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!)), 'advice codes are known and in their order');
  if (result.level === 'high') assert.ok(result.advice.includes('call-hotline'));

  const reassurances = new Set<string>();
  for (const r of result.reassurances) {
    assert.ok(reassuranceIds.has(r.id), `reassurance ${r.id} is a bundled one`);
    assert.ok(!reassurances.has(r.id), `reassurance ${r.id} appears once`);
    reassurances.add(r.id);
    assertEvidence(r.evidence, text, `reassurance ${r.id}`);
  }

  assert.equal(new Set(result.destinations).size, result.destinations.length, 'destinations are unique');
  for (const d of result.destinations) assert.match(d, /^[A-Z]{2}$/);

  if (options?.lang) assert.equal(result.language, options.lang);
  else if (text.length === 0) assert.equal(result.language, 'und');
  else assert.ok(result.language === 'und' || offerLanguages.includes(result.language), result.language);
}

// --- Hostile text ----------------------------------------------------------------------------

/** Fragments a hostile or careless writer puts in a posting: risky words in every script, and what breaks parsers. */
const fragments = [
  // Words the rules look for, and negations, in the seven languages and English.
  'предоплата', 'П р е д о п л а т а', 'паспорт', 'девушки 18-25', 'бесплатный билет', 'Дубай', 'не', 'без', 'нет', 'не нужна',
  'Hostess', 'passport copy', 'free ticket', 'Dubai', 'no fee', 'not required', 'beware', 'girls 18-25', '$3,000 a month',
  "to'lov olinmaydi", 'bepul chipta', 'oʻ', 'gʻ', 'hech qanday', 'жұмыс', 'төлем жоқ', 'эч кандай', 'ҳеҷ', 'ýok', 'däl', 'Koreýa',
  't.me/jobs', '@hr_job', 'wa.me/77001234567', 'hr@company.kz', 'https://example.org', 'лицензия № 15', 'трудовой договор',
  // Numbers: card-like, long runs, money, ages.
  '8600 1295 4001 4952', '4111111111111111', '4111-1111-1111-1111', '1'.repeat(64), '0'.repeat(17), '9 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9',
  '3 000 000 сум', '100 000 000 000 $', '16+', '18-', '-25', '0-0', '1.5e308', '٣٠٠٠', '१२३४',
  // Regex-hostile.
  'a'.repeat(200), '(((', ')))', '(a+)+$', '.*.*.*', '[^]', '\\', '$'.repeat(30), '*'.repeat(30), '|'.repeat(30), '?:', '(?<x>',
  // Invisible, control and bidirectional characters.
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u200f', '\u200e', '\u061c', '\u2066', '\u2069',
  '\u0000', '\u0007', '\u0008', '\u001b[31m', '\r\n', '\r', '\t', '\v', '\f', '\u2028', '\u2029', '\u0085', '\u3000', '\u00a0',
  // Lone and reversed surrogates.
  '\ud800', '\udfff', '\udc00\ud800', '\ud83d', '\ude00',
  // Combining marks, zalgo, decomposed letters.
  '\u0301', 'а\u0301\u0301\u0301\u0301', 'e\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308', 'и\u0306', '\u0335'.repeat(40),
  // Homoglyphs and styled letters.
  'pаsspоrt', 'прeдоплaтa', 'ｐａｓｓｐｏｒｔ', '𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭', 'ℙ𝕒𝕤𝕤', '3арплата', 'д0ход', 'İstanbul', 'ISTANBUL', 'ı', 'İ', 'ß', 'ﬁ',
  // Other scripts, emoji, flags.
  'دبي', 'עבודה', '工作', '일자리', 'งาน', '👩‍👩‍👧', '🇦🇪', '🏳️‍🌈', '💰💰💰', '🔥', '👍🏽',
  // Separators that end or join clauses and words.
  ' ', '  ', '.', '. ', ',', ';', ':', '!', '?', '—', ' - ', '-', '/', '…', '\n', '\n\n', "'", '’', '"', '«', '»', '(', ')',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const part = fc.oneof(
  { arbitrary: fc.constantFrom(...fragments), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }), weight: 1 },
  // A fragment repeated: long runs of one shape.
  { arbitrary: fc.tuple(fc.constantFrom(...fragments), fc.integer({ min: 2, max: 60 })).map(([f, n]) => f.repeat(n)), weight: 1 },
);

/** A hostile posting of at most about 3,000 UTF-16 units, sometimes cut in the middle of a pair. */
const hostileText = fc
  .tuple(fc.array(part, { maxLength: 60, size: 'max' }), fc.option(fc.nat({ max: 3000 }), { nil: undefined }))
  .map(([parts, cut]) => parts.join('').slice(0, cut ?? 3000));

// --- Options, valid and not ------------------------------------------------------------------

interface Case {
  text: unknown;
  options: unknown;
  /** The code the engine documents for this input, or undefined when it must return a result. */
  refused?: 'offer-check/invalid-text' | 'offer-check/invalid-options';
}

const validAnswers = fc.dictionary(fc.constantFrom(...offerQuestionIds), fc.constantFrom(...questionAnswers), { maxKeys: offerQuestionIds.length });
const validOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ lang: fc.constantFrom(...offerLanguages), answers: validAnswers }, { requiredKeys: [] }),
);

const notAnId = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !(offerQuestionIds as readonly string[]).includes(k) && k !== '__proto__');
const invalidAnswers = fc.oneof(
  // A known question with an answer that is not yes, no or unknown.
  fc.tuple(fc.constantFrom(...offerQuestionIds), fc.oneof(fc.string().filter((s) => !(questionAnswers as readonly string[]).includes(s)), fc.integer(), fc.boolean(), fc.constant(null)))
    .map(([k, v]) => ({ [k]: v })),
  // A question that does not exist.
  fc.tuple(notAnId, fc.constantFrom(...questionAnswers)).map(([k, v]) => ({ [k]: v })),
  fc.constantFrom<unknown>(null, 'yes', 42, true, ['yes'], [], new Date(0)),
);
const invalidLang = fc.oneof(
  fc.constantFrom<unknown>('de', 'EN', 'Ru', 'uz-cyrl', 'uz-Latn', 'ru-RU', 'und', '', ' en', 'en ', null, 0, true, ['en'], {}),
  fc.string({ maxLength: 10 }).filter((s) => !(offerLanguages as readonly string[]).includes(s)),
);
const invalidOptions = fc.oneof(
  fc.record({ lang: invalidLang }),
  fc.record({ answers: invalidAnswers }),
  fc.record({ lang: fc.constantFrom(...offerLanguages), answers: invalidAnswers }),
  // Rules that are not a compiled rule set.
  fc.record({ rules: fc.constantFrom<unknown>({}, 'bundled', 1, [], { version: 'fake', rules: [], patternCount: 0 }) }),
  // Options that are not an object.
  fc.constantFrom<unknown>(null, 'ru', 7, true, [], ['ru']),
);
const notText = fc.constantFrom<unknown>(undefined, null, 42, 0, true, {}, [], ['text'], new String('text'), Symbol('text'), 10n, () => 'text');

const cases: fc.Arbitrary<Case> = fc.oneof(
  { arbitrary: fc.record({ text: hostileText, options: validOptions }), weight: 14 },
  { arbitrary: fc.record({ text: hostileText, options: invalidOptions }).map((c): Case => ({ ...c, refused: 'offer-check/invalid-options' })), weight: 3 },
  { arbitrary: fc.record({ text: notText, options: fc.oneof(validOptions, invalidOptions) }).map((c): Case => ({ ...c, refused: 'offer-check/invalid-text' })), weight: 1 },
);

function assertRefused(run: () => unknown, code: string): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof OfferCheckError, `an OfferCheckError, not ${String(e)}`);
    assert.ok(e instanceof SafeError);
    assert.equal(e.name, 'OfferCheckError');
    assert.equal(e.code, code);
    assert.ok(Array.isArray(e.issues) && e.issues.every((i) => typeof i === 'string'));
    return true;
  });
}

test('10,000 random and hostile inputs: a well-formed result, or the documented OfferCheckError, never another exception', { timeout: 180_000 }, () => {
  fc.assert(
    fc.property(cases, ({ text, options, refused }) => {
      const call = () => checkOffer(text as string, options as CheckOfferOptions);
      if (refused) {
        assertRefused(call, refused);
        return;
      }
      const result = call();
      assertWellFormed(result, text as string, options as CheckOfferOptions | undefined);
      // Nothing is kept between calls: the same input gives the same result.
      assert.deepEqual(checkOffer(text as string, options as CheckOfferOptions), result);
    }),
    { numRuns: 10_000 },
  );
});

// --- Huge text -------------------------------------------------------------------------------

test('huge hostile text up to the length limit gives a well-formed result; past it, an OfferCheckError', { timeout: 180_000 }, () => {
  const huge = fc
    .tuple(fc.array(part, { minLength: 1, maxLength: 12 }), fc.integer({ min: maxOfferLength - 10_000, max: maxOfferLength }))
    .map(([parts, length]) => {
      const unit = parts.join('') || 'a';
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });
  fc.assert(
    fc.property(huge, (text) => {
      assertWellFormed(checkOffer(text), text, undefined);
    }),
    { numRuns: 40 },
  );
  const limit = 'п р е д о п л а т а 8600 1295 4001 4952 '.repeat(maxOfferLength).slice(0, maxOfferLength);
  assertWellFormed(checkOffer(limit), limit, undefined);
  assertRefused(() => checkOffer(`${limit}x`), 'offer-check/invalid-text');
  assertRefused(() => checkOffer('a'.repeat(100_000)), 'offer-check/invalid-text');
  assertRefused(() => checkOffer('ж'.repeat(10 * maxOfferLength)), 'offer-check/invalid-text');
});

test('checkOffers yields the results before an item past the length limit, then throws invalid-item', () => {
  const results = checkOffers(['Предоплата 100$', { id: 'long', text: 'a'.repeat(maxOfferLength + 1) }, 'never reached']);
  assert.equal(results.next().value?.level, 'medium');
  assertRefused(() => results.next(), 'offer-check/invalid-item');
});

// --- Linear time -----------------------------------------------------------------------------

/**
 * The least CPU time of `runs` checks of `text`, in microseconds. CPU time, so other programs on the
 * machine do not count; the least, not the median, because what they still add (a cache shared with
 * them, a garbage collection that falls in one run) only ever adds — on a machine at load 10 the
 * median of the short text came out low enough once to put a linear check past 30× (integration of
 * offer-speed5 and offer-m). A quadratic cost would still show as about 100×.
 */
function leastCpu(text: string, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    checkOffer(text);
    const used = process.cpuUsage(before);
    times.push(used.user + used.system);
  }
  return Math.max(1, Math.min(...times));
}

/**
 * Adversarial shapes, each a repeated unit: `large` is 10× `small`. The large ones are the length
 * limit (50,000 UTF-16 units); in Cyrillic that is about 100 KB of UTF-8.
 */
const shapes: Record<string, string> = {
  'matches and negations in every clause (Cyrillic)': 'не предоплата паспорт без договора девушки 18-25 бесплатный билет в Дубай нет ',
  'matches and negations in every clause (Latin)': 'no fee passport copy free ticket Dubai girls 18-25 hostess not required beware ',
  'one word of a single letter': 'a',
  'one word of a single Cyrillic letter': 'ж',
  'a long run of digits': '4',
  'card numbers, one after another': '8600 1295 4001 4952 ',
  'spaced-out letters': 'п р е д о п л а т а ',
  'letters split by zero-width characters': 'п\u200bр\u200bе\u200bд\u200bо\u200bп\u200bл\u200bа\u200bт\u200bа ',
  'stacked combining marks': 'а\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'Latin-Cyrillic homoglyph words': 'pаsspоrt прeдоплaтa 3арплата ',
  'regex-hostile punctuation': '((((a+)+$|.*.*[^]\\',
  'prefixes of patterns, never finished': 'предо пасп hoste dub eskor ',
  'emoji and right-to-left marks': '👩‍👩‍👧\u200f🇦🇪\u202e',
  'lone surrogates between letters': 'a\ud800b\udfffв',
  'money and ages without end': '$3,000 18-25 3 000 000 сум 16+ ',
};

for (const [name, unit] of Object.entries(shapes)) {
  test(`${name}: 10× the text takes well under 30× the time (linear, not quadratic)`, { timeout: 120_000 }, () => {
    const large = unit.repeat(Math.ceil(maxOfferLength / unit.length)).slice(0, maxOfferLength);
    const small = large.slice(0, maxOfferLength / 10);
    // Warm up both lengths first, so the ratio does not count compiling RegExps and code.
    checkOffer(small);
    checkOffer(large);
    const ratio = leastCpu(large) / leastCpu(small);
    assert.ok(ratio < 30, `${large.length} units took ${ratio.toFixed(1)}× the time of ${small.length}`);
  });
}

// --- The matcher's literal check (issue 14, speed) ---------------------------------------------

test('the literal check before a RegExp never rules out a match the RegExp finds, on real and adversarial text', { timeout: 300_000 }, () => {
  // The oracle is each pattern's own RegExp: wherever it matches at a word start (where the matcher
  // tries it), `mayStartWith` must let it through. Texts are windows of the labelled offers, where
  // patterns really match, and runs of numbers and punctuation, where the key alphabet (every number
  // `#`, every punctuation run a space) lets through most that the literals rule out.
  const checked = allCandidates(bundledOfferRules()).filter((c) => c.prefixes !== undefined);
  assert.ok(checked.length > 500, `${checked.length} patterns have a literal check`);
  const texts = labelledOffers.map((o) => o.text);
  const window = fc
    .tuple(fc.nat(texts.length - 1), fc.nat(), fc.integer({ min: 20, max: 160 }))
    .map(([i, from, length]) => {
      const text = texts[i]!;
      const start = from % Math.max(1, text.length);
      return text.slice(start, start + length);
    });
  const junk = fc
    .array(fc.constantFrom('100%', '100 %', '100 000', '100', '5/2', '2/2', '2 / 2', '3000$', '$300', '24/7', '7/24', '1 500', '15%', '%', '/', '-', ' ', ', ', '12', '0', 'guarantee', '100% kafolat', '100% гарантия', 'kafolat', 'виза'), { maxLength: 30 })
    .map((parts) => parts.join(''));
  // Texts spelled from the patterns themselves, each group's option (or its absence, when optional)
  // chosen at random: matches of the bridged spellings ("b(i|y)l(e|ye)t*"), which real offers seldom hold.
  const spell = (nodes: readonly PatternNode[], pick: () => number): string =>
    nodes
      .map((node): string => {
        switch (node.t) {
          case 'lit':
            return node.c;
          case 'alt': {
            const k = pick() % (node.options.length + (node.optional ? 1 : 0));
            return k < node.options.length ? spell(node.options[k]!, pick) : '';
          }
          case 'stem':
            return ['', 'а', 'lar', 'i'][pick() % 4]!;
          case 'sep':
            return [' ', ', ', ' - '][pick() % 3]!;
          case 'gap':
            return [' ', ' x ', ' x y '][pick() % 3]!;
          case 'num':
            return String(pick() % 10_000);
          case 'apos':
            return pick() % 2 === 0 ? "'" : '';
        }
      })
      .join('');
  // Every pattern spelled eight ways, each checked against its own RegExp at its start.
  for (const candidate of checked) {
    for (let seed = 1; seed <= 8; seed++) {
      let state = seed * 2654435761;
      const view = normalizeText(spell(candidate.nodes, () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8)).matchView;
      const re = candidate.re;
      re.lastIndex = 0;
      if (re.test(view)) assert.ok(mayStartWith(view, 0, candidate.prefixes!), `${candidate.source} matches ${JSON.stringify(view)}, but the literal check ruled it out`);
    }
  }
  const spelled = fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...checked), fc.array(fc.nat(), { minLength: 40, maxLength: 40 })), { minLength: 1, maxLength: 12 }))
    .map(([parts]) =>
      parts
        .map(([candidate, choices]) => {
          let k = 0;
          return spell(candidate.nodes, () => choices[k++ % choices.length]!);
        })
        .join(' . '),
    );
  let matched = 0;
  let ruledOut = 0;
  fc.assert(
    fc.property(fc.oneof(window, junk, spelled), (raw) => {
      const { matchView, words } = normalizeText(raw);
      for (const at of words.starts) {
        for (const candidate of checked) {
          const mayStart = mayStartWith(matchView, at, candidate.prefixes!);
          if (!mayStart) ruledOut += 1;
          const re = candidate.re;
          re.lastIndex = at;
          if (!re.test(matchView)) continue;
          matched += 1;
          assert.ok(mayStart, `${candidate.source} matches at ${at} of ${JSON.stringify(matchView)}, but the literal check ruled it out`);
        }
      }
    }),
    { numRuns: 180 },
  );
  assert.ok(matched > 100, `${matched} matches were checked`);
  assert.ok(ruledOut > 10_000, `${ruledOut} tries were ruled out`);
});

// --- The extractors' quick checks (issue 14, speed) ---------------------------------------------

test('the short working day is read as a scan of the whole text read it, on real and adversarial text', { timeout: 120_000 }, () => {
  // The oracle is the scan `shortDay` was before it tried its RegExp only at numbers with an hour
  // word near them: every match of the RegExp over the whole text, left to right, the first of at
  // most four hours with a day word near it. Texts are windows of the labelled offers, and numbers,
  // ranges, dashes and hour words (and near-misses: "сом", "so'm") run together at every distance.
  // The day word must stand in the hours' sentence (branch offer-m): sentence ends are line breaks and
  // `. ! ?` before a space, except after a word of one to three letters ("2–3 ч. в день").
  const sentenceEnds = (text: string) =>
    new Set([...text.matchAll(/(?<!(?:^|[^a-z\u00c0-\u024f\u0400-\u052f])[a-z\u00c0-\u024f\u0400-\u052f]{1,3})[.!?](?=[ \n\t\u00a0])|\n/gu)].map((m) => m.index));
  const oracle = (text: string) => {
    const ends = sentenceEnds(text);
    hoursOfDay.lastIndex = 0;
    for (const m of text.matchAll(hoursOfDay)) {
      const top = Number(m[2] ?? m[1]);
      if (top < 1 || top > 4) continue;
      const end = m.index + m[0].length;
      let from = Math.max(0, m.index - 16);
      for (let k = from; k < m.index; k++) if (ends.has(k)) from = k + 1;
      let to = end + 16;
      for (let k = end; k < end + 16; k++) if (ends.has(k)) { to = k; break; }
      if (!dayWord.test(text.slice(from, m.index)) && !dayWord.test(text.slice(end, to))) continue;
      return { hours: top, span: [m.index, end] };
    }
    return undefined;
  };
  const texts = labelledOffers.map((o) => o.text);
  const window = fc
    .tuple(fc.nat(texts.length - 1), fc.nat(), fc.integer({ min: 10, max: 400 }))
    .map(([i, from, length]) => {
      const text = texts[i]!;
      const start = from % Math.max(1, text.length);
      return text.slice(start, start + length);
    });
  const parts = fc
    .array(fc.constantFrom('2', '3', '12', '4', '1', '-', '–', ' - ', ' ', '  ', 'ч', 'часа', 'h', 'hours', 'hrs', 'soat', 'соат', 'сагат', 'саат', 'sagat', 'сом', "so'm", 's', 'с', ' в день', ' a day', 'kuniga ', 'x', '.', '5', '4-', 'a', '2-3 часа в день', ' 3 hours a day ', 'kuniga 2-3 soat', '4ч в день', '5 ч в день', '12 h daily', '. ', '! ', '\n', 'куни. ', 'ч. '), { maxLength: 24 })
    .map((list) => list.join(''));
  let found = 0;
  fc.assert(
    fc.property(fc.oneof(window, parts), (raw) => {
      const { text } = normalizeText(raw);
      const expected = oracle(text);
      if (expected) found += 1;
      assert.deepEqual(shortDay(text), expected, `the short day of ${JSON.stringify(text)}`);
    }),
    { numRuns: 6000 },
  );
  assert.ok(found > 100, `${found} texts state a short day`);
});

test('the quick checks before the currency and period RegExps never rule out a match, on real and adversarial text', { timeout: 120_000 }, () => {
  // The oracles are the RegExps themselves: `currencyAfter` at every position of the text (the
  // extractor runs it after each number), `periodBefore` on the 48 units before every position
  // (the extractor runs it on those before each sum). Wherever one matches, its quick check must
  // have let it through. Texts are windows of the labelled offers and runs of numbers, currencies,
  // multipliers, period words, ranges and punctuation in every order.
  const texts = labelledOffers.map((o) => o.text);
  const window = fc
    .tuple(fc.nat(texts.length - 1), fc.nat(), fc.integer({ min: 10, max: 300 }))
    .map(([i, from, length]) => {
      const text = texts[i]!;
      const start = from % Math.max(1, text.length);
      return text.slice(start, start + length);
    });
  const parts = fc
    .array(
      fc.constantFrom('300', '3 000', '25 000', '1.5', '-', '–', ' – ', ' ', '  ', ', ', '.', '/', '(', ')', '~', '$', '€', '₸', '₽', 'usd', 'USD', 'руб', 'р.', 'у.е.', "so'm", 'сомонӣ', 'тыс', 'k', 'млн', 'в день', 'per day', 'kuniga', 'күніне', 'рӯзе', 'в месяц', 'daily', 'ayda', 'за смену', 'a', 'в', 'x', '7', 'день', 'month', '\n', '!', 'е', 'ü', 'ş', '—'),
      { maxLength: 30 },
    )
    .map((list) => list.join(''));
  let currencies = 0;
  let periods = 0;
  let ruledOut = 0;
  fc.assert(
    fc.property(fc.oneof(window, parts), (raw) => {
      const { text } = normalizeText(raw);
      for (let at = 0; at <= text.length; at++) {
        currencyAfter.lastIndex = at;
        const currency = currencyAfter.exec(text) !== null;
        const mayCurrency = mayFollowWithCurrency(text, at);
        if (currency) currencies += 1;
        if (!mayCurrency) ruledOut += 1;
        assert.ok(!currency || mayCurrency, `a currency follows at ${at} of ${JSON.stringify(text)}, but the quick check ruled it out`);
        const from = Math.max(0, at - 48);
        const period = periodBefore.exec(text.slice(from, at)) !== null;
        if (period) periods += 1;
        assert.ok(!period || mayEndPeriodBefore(text, from, at), `a period ends at ${at} of ${JSON.stringify(text)}, but the quick check ruled it out`);
      }
    }),
    { numRuns: 3000 },
  );
  assert.ok(currencies > 500 && periods > 500 && ruledOut > 10_000, `${currencies} currencies and ${periods} periods matched, ${ruledOut} positions ruled out`);
});
