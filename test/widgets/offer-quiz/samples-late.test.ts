import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/widgets/offer-quiz/offer-quiz.js';
import type { SafeOfferQuiz } from '../../../src/widgets/offer-quiz/offer-quiz.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { resultCode, setMark } from '../../../src/widgets/offer-quiz/quiz-round.js';
import { sampleOffers } from '../../../src/widgets/offer-quiz/sample-offers.js';
import { cleanup, fixture, sleep, waitUntil } from '../../helpers/fixture.js';

// The quiz's bundled offers are one module per language (sample-offers.ts): a Russian page fetches
// the Russian set beside its messages, and every other language's only when a trainer reads a
// learner's code. Here the network holds the other languages' sets back: the first screen speaks
// Russian and counts the Russian offers all the same, and a round starts with them. This file runs
// in a tab of its own, so no other file's quiz has fetched a set.

const $ = <T extends Element = HTMLElement>(el: SafeOfferQuiz, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: SafeOfferQuiz) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const otherSets = String.raw`/offer-quiz/samples/(?!ru\.)[\w-]+\.(js|ts)`;
/** The languages whose sets the page has fetched, by Resource Timing (a held request has no entry yet). */
const fetchedSets = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name.match(/\/offer-quiz\/samples\/([\w-]+)\.(?:js|ts)/)?.[1])
    .filter((lang): lang is string => Boolean(lang))
    .sort();

describe("<safe-offer-quiz> fetches its language's offers beside its messages, and the others only for a code", () => {
  after(async () => {
    await executeServerCommand('release-requests', { fail: false });
    cleanup();
  });

  it("shows its first screen in Russian with the other languages' offers held back, and fetches them when a code is read", async () => {
    await executeServerCommand('hold-requests', { pattern: otherSets });
    document.documentElement.lang = 'ru';
    await useLocale('ru');
    expect(fetchedSets(), 'the Russian set came beside the Russian messages').to.deep.equal(['ru']);
    const el = await fixture<SafeOfferQuiz>('<safe-offer-quiz trainer></safe-offer-quiz>');
    expect(text(el)).to.contain('Вы увидите 5 вакансий.');
    await sleep(300);
    expect(await executeServerCommand<string[], undefined>('held-requests'), 'no other set is asked for').to.deep.equal([]);
    expect(fetchedSets()).to.deep.equal(['ru']);

    // A learner's code: the trainer's quiz asks for every language's set to read it.
    $<HTMLButtonElement>(el, '[part="group-button"]')!.click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#code')!.value = resultCode(setMark(sampleOffers('ru')!), 4, 9);
    $<HTMLFormElement>(el, '[part="code-form"]')!.requestSubmit();
    expect(await executeServerCommand('release-requests', { fail: false, atLeast: 6 })).to.equal(6);
    await waitUntil(() => $(el, '[part="group-table"] tbody td') !== null, 'the code is read', 8000);
    expect($(el, '[part="group-table"] tbody td')!.textContent).to.match(/^4\D+9$/);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(fetchedSets()).to.deep.equal(['kk', 'ky', 'ru', 'tg', 'tk', 'uz', 'uz-Cyrl']);

    // A round starts with the Russian offers.
    el.wipe();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="start-button"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="offer"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Срочно!');
  });
});
