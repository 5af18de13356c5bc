import { expect } from 'chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/offer-quiz/offer-quiz.js';
import type { SafeOfferQuiz } from '../../../src/widgets/offer-quiz/offer-quiz.js';
import { SafeExitEvent } from '../../../src/widgets/exit-button/exit-button.js';
import type { SafeErrorEvent } from '../../../src/widgets/shared/errors.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { answerKey, resultCode, setMark } from '../../../src/widgets/offer-quiz/quiz-set.js';
import { checkOffer } from '../../../src/sdk/offer-check/check.js';
import { loadSampleOffers, sampleOffers } from '../../../src/widgets/offer-quiz/sample-offers.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, waitUntil } from '../../helpers/fixture.js';

const $ = <T extends Element = HTMLElement>(el: SafeOfferQuiz, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SafeOfferQuiz, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: SafeOfferQuiz) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

const twoOffers = [
  { text: 'Hostess jobs in Dubai for girls 18-25, free visa and ticket. Send your passport copy on Telegram @gulf_stars_hiring', lang: 'en' },
  { text: 'Cook at a school canteen in Shymkent. Salary 220,000 tenge, employment contract, 5/2 schedule.', lang: 'en' },
] as const;

async function press(el: SafeOfferQuiz, part: string): Promise<void> {
  $<HTMLButtonElement>(el, `[part~="${part}"]`)!.click();
  await el.updateComplete;
}

async function chooseLevel(el: SafeOfferQuiz, level: string): Promise<void> {
  $<HTMLInputElement>(el, `input[name="level"][value="${level}"]`)!.click();
  await el.updateComplete;
}

/** Plays one offer: marks the phrases at `marks`, chooses `level`, and asks for the answer. */
async function answer(el: SafeOfferQuiz, marks: number[], level: string): Promise<void> {
  for (const i of marks) {
    $$<HTMLButtonElement>(el, '[part~="phrase"]')[i]!.click();
    await el.updateComplete;
  }
  await chooseLevel(el, level);
  await press(el, 'answer-button');
  // The engine loads after the quiz's first screen; an answer given earlier waits for it.
  await el.engineReady;
  await el.updateComplete;
}

describe('<safe-offer-quiz>', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('starts with the bundled offers in the page language and says that nothing leaves the device', async () => {
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz></safe-offer-quiz>');
    expect(text(el)).to.contain(`You will see ${sampleOffers('en')!.length} job offers`);
    expect($(el, '[part="privacy"]')!.textContent).to.contain('Nothing is sent or saved');
    expect($(el, '[part="group-button"]')).to.equal(null);
    await press(el, 'start-button');
    expect($(el, '[part="offer"]')!.textContent).to.contain('Hostess jobs in DUBAI');
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
  });

  it('shows each phrase as a toggle button in a labelled group, marked by click (a tap) and by the keyboard', async () => {
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz></safe-offer-quiz>');
    await press(el, 'start-button');
    const group = $(el, '[part="offer"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.contain('Which phrases look risky?');
    const phrases = $$<HTMLButtonElement>(el, '[part~="phrase"]');
    expect(phrases.length).to.equal(answerKey(sampleOffers('en')![0]!, checkOffer).phrases.length);
    expect(phrases.every((b) => b.localName === 'button' && b.type === 'button' && b.getAttribute('aria-pressed') === 'false')).to.equal(true);

    phrases[0]!.click();
    await el.updateComplete;
    expect(phrases[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(phrases[0]!.getAttribute('part')).to.contain('phrase-marked');
    phrases[0]!.click();
    await el.updateComplete;
    expect(phrases[0]!.getAttribute('aria-pressed')).to.equal('false');

    phrases[1]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(phrases[1]!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(phrases[2]!.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => text(el).includes('Phrases marked: 2'), 'the count is announced');
    expect($(el, '[aria-live="polite"]')!.textContent).to.contain('Phrases marked: 2');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('asks for a level before it shows the answer, and puts focus on the choice', async () => {
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz></safe-offer-quiz>');
    await press(el, 'start-button');
    await press(el, 'answer-button');
    await el.updateComplete;
    expect($(el, '[part="error"]')!.textContent).to.contain('Choose how risky the offer is.');
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLInputElement | null)?.name === 'level', 'focus is on the level choice');
    expect($(el, '[part~="sign"]')).to.equal(null);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows the signs the engine finds, which were found and missed, with the ILO dimension and the offer’s words', async () => {
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz></safe-offer-quiz>');
    await press(el, 'start-button');
    const key = answerKey(sampleOffers('en')![0]!, checkOffer);
    const first = key.signs[0]!;
    await answer(el, [first.phrases[0]!], 'medium');
    const signs = $$(el, '[part~="sign"]');
    expect(signs.length).to.equal(key.signs.length);
    const found = $$(el, '[part~="sign-found"]');
    expect(found.length).to.be.greaterThan(0);
    expect(found.length).to.be.below(signs.length);
    expect($$(el, '[part~="sign-missed"]').length).to.equal(signs.length - found.length);
    expect(signs[0]!.textContent).to.contain('ILO sign:');
    expect(signs[0]!.querySelector('[part="evidence"]')!.textContent).to.equal(first.flag.evidence[0]!.text);
    expect($(el, '[part="verdict"]')!.textContent).to.contain('The check says: Warning signs. You chose: Check carefully.');
    expect($(el, '[part="verdict"]')!.textContent).to.contain('Not the same level.');
    expect($(el, '[part="review"] .visually-hidden')!.textContent).to.match(/a sign/);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('scores a whole round, gives a result code, and a trainer adds it and a learner’s code to the group on this screen', async () => {
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz trainer></safe-offer-quiz>');
    el.offers = twoOffers;
    await el.offersReady;
    await press(el, 'start-button');
    const key = answerKey(twoOffers[0], checkOffer);
    await answer(el, [...new Set(key.signs.map((s) => s.phrases[0]!))], 'high');
    expect($$(el, '[part~="sign-missed"]')).to.have.length(0);
    expect(text(el)).to.contain(`Points for this offer: ${key.signs.length + 1} of ${key.signs.length + 1}`);
    await press(el, 'next-button');
    await answer(el, [0], 'high');
    expect(text(el)).to.contain('You also marked');
    await press(el, 'next-button');

    const score = $(el, '[part="score"]')!.textContent!;
    expect(score).to.match(/\d+ of \d+ points/);
    const code = $(el, '.code-value')!.textContent!;
    expect(code).to.match(/^[0-9A-Z]{4}-\d+-\d+-[0-9A-Z]$/);
    await expectNoAxeViolations(el.parentElement!);

    await press(el, 'add-button');
    expect($(el, '[part="status"]')!.textContent).to.contain('Pass the phone to the next learner.');
    expect($(el, '[part="group-table"]'), 'the next learner does not see the scores').to.equal(null);
    await press(el, 'group-button');
    expect($$(el, '[part="group-table"] tbody tr')).to.have.length(1);
    const input = $<HTMLInputElement>(el, '#code')!;
    input.value = code;
    $<HTMLFormElement>(el, '[part="code-form"]')!.requestSubmit();
    // The code is read against every language's set, fetched the first time (sample-offers.ts).
    await waitUntil(() => $$(el, '[part="group-table"] tbody tr').length === 2, 'the code is read');
    expect($(el, 'caption')!.textContent).to.contain('Learners: 2');

    input.value = 'K3F9-7-12-Q';
    $<HTMLFormElement>(el, '[part="code-form"]')!.requestSubmit();
    await waitUntil(() => $(el, '[part="error"]') !== null, 'the code is refused');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($$(el, '[part="group-table"] tbody tr')).to.have.length(2);
    await expectNoAxeViolations(el.parentElement!);

    expect(localStorage.length + sessionStorage.length).to.equal(0);
    window.dispatchEvent(new SafeExitEvent('api', 'about:blank'));
    await el.updateComplete;
    expect($(el, '[part="start-button"]')).to.not.equal(null);
    await press(el, 'group-button');
    expect($(el, '[part="group-table"]')).to.equal(null);
  });

  it('takes a code from a learner who played the bundled offers in another language, and none from a trainer set it does not show', async () => {
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz trainer></safe-offer-quiz>');
    await press(el, 'group-button');
    const input = $<HTMLInputElement>(el, '#code')!;
    // Every language's set is fetched when the first code is read (sample-offers.ts).
    await loadSampleOffers('kk');
    input.value = resultCode(setMark(sampleOffers('kk')!), 5, 9);
    $<HTMLFormElement>(el, '[part="code-form"]')!.requestSubmit();
    await waitUntil(() => $$(el, '[part="group-table"] tbody tr').length === 1, 'the code is read');
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, '[part="group-table"] tbody td')!.textContent).to.equal('5 of 9');
    input.value = resultCode(setMark(twoOffers), 2, 3);
    $<HTMLFormElement>(el, '[part="code-form"]')!.requestSubmit();
    await waitUntil(() => $(el, '[part="error"]') !== null, 'the code is refused');
    expect($(el, '[part="error"]')!.textContent).to.contain('from another set of offers');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('a Start pressed while a trainer set is still being checked begins that set, never the bundled one', async () => {
    const el = document.createElement('safe-offer-quiz');
    el.offers = twoOffers;
    document.body.append(el);
    try {
      await el.updateComplete;
      // The set's count shows at once, before the code that checks the set has arrived.
      expect(text(el)).to.contain('You will see 2 job offers');
      $<HTMLButtonElement>(el, '[part="start-button"]')!.click();
      await el.offersReady;
      await waitUntil(() => $(el, '[part="offer"]') !== null, 'the round starts');
      expect($(el, '[part="progress"]')!.textContent).to.contain('Offer 1 of 2');
      expect($(el, '[part="offer"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Hostess jobs in Dubai');
    } finally {
      el.remove();
    }
  });

  it('reports an offers attribute that is not a set of offers as a typed safe-error and uses the bundled offers', async () => {
    const errors: SafeErrorEvent[] = [];
    const listener = (event: SafeErrorEvent) => errors.push(event);
    window.addEventListener('safe-error', listener);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await fixture<SafeOfferQuiz>(`<safe-offer-quiz offers='[{"text": 5}]'></safe-offer-quiz>`);
      await waitUntil(() => errors.length > 0, 'the error is reported');
      expect(errors[0]!.error.name).to.equal('QuizSetError');
      expect(errors[0]!.error.code).to.equal('quiz/offers-invalid');
      expect(errors[0]!.attribute).to.equal('offers');
      expect(text(el)).to.contain(`You will see ${sampleOffers('en')!.length} job offers`);
      el.setAttribute('offers', '{not json');
      await el.offersReady;
      expect(errors.map((e) => e.error.code)).to.include('quiz/offers-not-json');
      el.setAttribute('offers', JSON.stringify(twoOffers));
      await el.offersReady;
      await el.updateComplete;
      expect(text(el)).to.contain('You will see 2 job offers');
    } finally {
      window.removeEventListener('safe-error', listener);
      console.warn = warn;
    }
  });

  it('follows the page language for its words and its bundled offers', async () => {
    document.documentElement.lang = 'kk';
    await useLocale('kk');
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz></safe-offer-quiz>');
    expect($(el, '#heading')!.textContent).to.equal('Жаттығу: қауіп белгілерін табыңыз');
    expect(text(el)).to.contain(`Сіз ${sampleOffers('kk')!.length} жұмыс ұсынысын көресіз.`);
    await press(el, 'start-button');
    expect($(el, '[part="offer"]')!.textContent).to.contain('Дубайға жұмысқа қыздар керек');
    expect($(el, '[part="offer"]')!.getAttribute('lang')).to.equal('kk');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('fits a 320 px screen without sideways scrolling, in the feedback view too', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz></safe-offer-quiz>');
    await press(el, 'start-button');
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const phrase of $$(el, '[part~="phrase"]')) expect(phrase.getBoundingClientRect().right).to.be.at.most(320);
    await answer(el, [0], 'high');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('has no transition when the visitor prefers reduced motion, and dark colours when they prefer dark', async () => {
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz></safe-offer-quiz>');
    await press(el, 'start-button');
    const phrase = $(el, '[part~="phrase"]')!;
    expect(getComputedStyle(phrase).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(phrase).transitionDuration).to.equal('0s');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle($(el, '[part="base"]')!).backgroundColor).to.equal('rgb(18, 18, 18)');
    await expectNoAxeViolations(el.parentElement!);
  });
});
