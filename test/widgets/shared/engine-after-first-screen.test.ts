import { expect } from 'chai';
// Nothing here imports the engine (src/sdk/offer-check/check.ts) itself: the page has it only
// when an element has loaded it, as on a site.
import '../../../src/widgets/offer-check/offer-check.js';
import '../../../src/widgets/offer-badge/offer-badge.js';
import '../../../src/widgets/offer-quiz/offer-quiz.js';
import type { SafeOfferCheck } from '../../../src/widgets/offer-check/offer-check.js';
import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferQuiz } from '../../../src/widgets/offer-quiz/offer-quiz.js';
import { offerEngine } from '../../../src/widgets/shared/prepare-rules.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

const risky = 'Hostess jobs in Dubai for girls 18-25, free visa and ticket, pay the agency fee first. Send your passport copy on Telegram @gulf_stars_hiring';

describe('the offer engine loads after the first screen', () => {
  before(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });
  after(cleanup);

  it('shows each offer element’s first screen without it, and a check asked for before it arrives waits, says so, and gives its result', async () => {
    const page = await fixture<HTMLDivElement>(`<div>
      <safe-offer-check mode="text"></safe-offer-check>
      <safe-offer-badge></safe-offer-badge>
      <safe-offer-quiz></safe-offer-quiz>
    </div>`);
    const checker = page.querySelector<SafeOfferCheck>('safe-offer-check')!;
    const badge = page.querySelector<SafeOfferBadge>('safe-offer-badge')!;
    const quiz = page.querySelector<SafeOfferQuiz>('safe-offer-quiz')!;
    const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

    // First screens, rendered before the engine is in the page.
    expect(offerEngine(), 'the engine is not loaded at the first render').to.equal(undefined);
    expect($(checker, 'textarea')).to.not.equal(null);
    expect($(badge, '[part="badge"]')!.classList.contains('pending')).to.equal(true);
    expect($(quiz, '[part="start-button"]')).to.not.equal(null);

    // A check pressed now is not lost: the checker says it is checking.
    const box = $(checker, 'textarea') as HTMLTextAreaElement;
    box.value = risky;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await checker.updateComplete;
    $(checker, '[part="check-button"]')!.click();
    await checker.updateComplete;
    expect(offerEngine(), 'the check was pressed before the engine arrived').to.equal(undefined);
    expect($(checker, '[part="check-button"]')!.textContent).to.contain('Checking the offer…');
    expect($(checker, '[part="check-button"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(checker, '[role="status"]')!.textContent).to.contain('Checking the offer…');

    // So is a quiz answer.
    $(quiz, '[part="start-button"]')!.click();
    await quiz.updateComplete;
    expect($(quiz, '[part~="phrase"]'), 'the quiz shows the offer’s phrases without the engine').to.not.equal(null);
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[name="level"][value="high"]')!.click();
    await quiz.updateComplete;
    $(quiz, '[part="answer-button"]')!.click();
    await quiz.updateComplete;
    expect($(quiz, '[part="answer-button"]')!.textContent).to.contain('Checking the offer…');

    badge.text = risky;
    await badge.updateComplete;

    await checker.engineReady;
    await checker.updateComplete;
    expect(offerEngine()).to.not.equal(undefined);
    expect($(checker, '#result-heading')!.textContent).to.contain('Warning signs');
    expect($(checker, '[role="status"]')!.textContent!.trim()).to.equal('');

    await quiz.engineReady;
    await quiz.updateComplete;
    expect($(quiz, '[part~="verdict"]')!.textContent).to.contain('The check says:');

    await badge.engineReady;
    const start = performance.now();
    while (!badge.hasAttribute('level') && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
    expect(badge.level).to.equal('high');
  });
});
