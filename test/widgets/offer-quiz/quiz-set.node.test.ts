import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer, maxOfferLength, offerLanguages } from '../../../src/sdk/index.js';
import {
  QuizSetError,
  answerKey,
  maxQuizOffers,
  parseQuizSet,
  parseResultCode,
  resultCode,
  scoreAnswer,
  setMark,
  splitPhrases,
  totalOf,
} from '../../../src/widgets/offer-quiz/quiz-set.js';
import { loadSampleOffers, sampleMarks, sampleOffers } from '../../../src/widgets/offer-quiz/sample-offers.js';

test('an offer is cut into phrases that cover it with only white space between them', () => {
  const text = 'Salary 4,800 PLN a month, free visa. Write today!\nTelegram @x_y - no fee';
  const phrases = splitPhrases(text);
  assert.deepEqual(
    phrases.map((p) => p.text),
    ['Salary 4,800 PLN a month,', 'free visa.', 'Write today!', 'Telegram @x_y -', 'no fee'],
  );
  let at = 0;
  for (const p of phrases) {
    assert.equal(text.slice(p.start, p.end), p.text);
    assert.match(text.slice(at, p.start), /^\s*$/);
    at = p.end;
  }
  assert.equal(at, text.length);
});

test('every bundled set speaks its language and has a high and a low offer for the learner to meet', async () => {
  for (const lang of offerLanguages) {
    // English's is there from the start; each other language's is fetched beside its messages.
    assert.equal(sampleOffers(lang) !== undefined, lang === 'en', `${lang} before it is asked for`);
    await loadSampleOffers(lang);
    const offers = sampleOffers(lang)!;
    assert.ok(offers.length >= 4, `${lang} has at least four offers`);
    const levels = offers.map((o) => checkOffer(o.text, { lang }).level);
    assert.ok(levels.includes('high'), `${lang}: ${levels.join(', ')}`);
    assert.ok(levels.includes('low'), `${lang}: ${levels.join(', ')}`);
    for (const offer of offers) {
      const key = answerKey(offer, checkOffer);
      if (key.result.level !== 'low') assert.ok(key.signs.length > 0, `${lang}: a risky offer has signs tied to phrases`);
    }
  }
});

test('each sign is tied to the phrases its evidence touches', () => {
  const key = answerKey({ text: 'Sales assistant in Almaty. Send your passport copy to Telegram @shop_hr_bot', lang: 'en' }, checkOffer);
  for (const sign of key.signs) {
    for (const evidence of sign.flag.evidence) {
      assert.ok(
        sign.phrases.some((i) => key.phrases[i]!.start < evidence.end && key.phrases[i]!.end > evidence.start),
        `${sign.flag.id} evidence "${evidence.text}" is in one of its phrases`,
      );
    }
  }
});

test('the score: a point per sign found and for the right level, one off per phrase marked with no sign', () => {
  const key = answerKey(sampleOffers('en')![0]!, checkOffer);
  assert.equal(key.result.level, 'high');
  const signPhrases = new Set(key.signs.flatMap((s) => s.phrases));
  const plain = key.phrases.findIndex((_, i) => !signPhrases.has(i));

  const all = scoreAnswer(key, signPhrases, 'high');
  assert.deepEqual(all.missed, []);
  assert.equal(all.points, all.max);
  assert.equal(all.max, key.signs.length + 1);

  const none = scoreAnswer(key, new Set(), 'low');
  assert.equal(none.points, 0);
  assert.equal(none.found.length, 0);
  assert.equal(none.missed.length, key.signs.length);

  if (plain >= 0) {
    const withExtra = scoreAnswer(key, new Set([...signPhrases, plain]), 'high');
    assert.deepEqual(withExtra.extra, [plain]);
    assert.equal(withExtra.points, all.points - 1);
  }
  const everything = scoreAnswer(key, new Set(key.phrases.map((_, i) => i)), 'high');
  assert.ok(everything.points <= all.points, 'marking every phrase never beats marking the signs');

  const total = totalOf([all, none]);
  assert.deepEqual([total.points, total.max, total.levelsRight, total.offers], [all.points, all.max + none.max, 1, 2]);
});

test('a trainer set is parsed from JSON or an array; anything else is a QuizSetError with a code', () => {
  assert.deepEqual(parseQuizSet('[{"text":" Work in Dubai ","lang":"en"}]'), [{ text: 'Work in Dubai', lang: 'en' }]);
  assert.deepEqual(parseQuizSet([{ text: 'Работа в Москве' }]), [{ text: 'Работа в Москве' }]);
  const cases: [unknown, string][] = [
    ['not json', 'quiz/offers-not-json'],
    ['{"text":"x"}', 'quiz/offers-invalid'],
    ['[]', 'quiz/offers-invalid'],
    ['[{"text":""}]', 'quiz/offers-invalid'],
    ['[{"text":"x","lang":"de"}]', 'quiz/offers-invalid'],
    [[{ text: 'x'.repeat(maxOfferLength + 1) }], 'quiz/offers-invalid'],
    [Array.from({ length: maxQuizOffers + 1 }, () => ({ text: 'x' })), 'quiz/offers-invalid'],
    [42, 'quiz/offers-invalid'],
  ];
  for (const [input, code] of cases) {
    assert.throws(
      () => parseQuizSet(input),
      (error: unknown) => error instanceof QuizSetError && error.code === code && error.name === 'QuizSetError',
      String(input).slice(0, 40),
    );
  }
  assert.throws(() => parseQuizSet('[{"text":"ok"},{"text":5}]'), /offers\[1\]\.text/);
});

test('a result code reads back, and a typo or a code of another set is told apart', async () => {
  const marks = await sampleMarks();
  assert.equal(marks.length, offerLanguages.length, 'one mark for each language');
  const mark = setMark(sampleOffers('ru')!);
  assert.match(mark, /^[0-9A-Z]{4}$/);
  assert.notEqual(mark, setMark(sampleOffers('kk')!));
  assert.deepEqual(marks, offerLanguages.map((lang) => setMark(sampleOffers(lang)!)));
  const code = resultCode(mark, 7, 12);
  assert.deepEqual(parseResultCode(code, [mark]), { ok: true, points: 7, max: 12 });
  assert.deepEqual(parseResultCode(` ${code.toLowerCase()} `, [mark]), { ok: true, points: 7, max: 12 });
  assert.deepEqual(parseResultCode(code, ['ZZZZ', mark]), { ok: true, points: 7, max: 12 }, 'any of the sets in use');
  assert.deepEqual(parseResultCode(code.replace('-7-', '-8-'), [mark]), { ok: false, problem: 'unreadable' });
  assert.deepEqual(parseResultCode('hello', [mark]), { ok: false, problem: 'unreadable' });
  assert.deepEqual(parseResultCode(resultCode('ZZZZ', 3, 4), [mark]), { ok: false, problem: 'other-set' });
  assert.deepEqual(parseResultCode(resultCode(mark, 13, 12), [mark]), { ok: false, problem: 'unreadable' });
});
