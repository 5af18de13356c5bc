import { expect } from 'chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/offer-check/offer-check.js';
import type { SafeOfferCheck, SafeOfferCheckedEvent } from '../../../src/widgets/offer-check/offer-check.js';
import { SafeExitEvent } from '../../../src/widgets/exit-button/exit-button.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { checkOffer } from '../../../src/sdk/offer-check/check.js';
import { offerQuestionIds } from '../../../src/sdk/offer-check/questionnaire.js';
import { labelledOffers } from '../../fixtures/offers/index.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, waitUntil } from '../../helpers/fixture.js';

function offer(id: string): string {
  const found = labelledOffers.find((o) => o.id === id);
  if (!found) throw new Error(`no fixture offer ${id}`);
  return found.text;
}

const HIGH = 'en-high-dubai-hostess';
const MEDIUM = 'en-medium-israel-caregiver-fee';
const LOW = 'en-low-germany-developer';
const RU_HIGH = 'ru-high-podmoskovye-brigade';

const $ = <T extends Element = HTMLElement>(el: SafeOfferCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SafeOfferCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const shadowActive = (el: SafeOfferCheck) => el.shadowRoot!.activeElement;

async function mount(attributes = ''): Promise<SafeOfferCheck> {
  return fixture<SafeOfferCheck>(`<safe-offer-check ${attributes}></safe-offer-check>`);
}

/** Pastes text as a person would: the value changes and an input event fires. */
async function paste(el: SafeOfferCheck, text: string): Promise<void> {
  const box = $<HTMLTextAreaElement>(el, 'textarea')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function pressCheck(el: SafeOfferCheck): Promise<void> {
  $(el, '[part="check-button"]')!.click();
  await el.updateComplete;
}

async function checkText(el: SafeOfferCheck, text: string): Promise<void> {
  await paste(el, text);
  await pressCheck(el);
  await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
}

async function answerAll(el: SafeOfferCheck, answers: Record<string, 'yes' | 'no' | 'unknown'>): Promise<void> {
  for (let i = 0; i < offerQuestionIds.length; i++) {
    const id = offerQuestionIds[i]!;
    const value = answers[id];
    if (value) {
      $<HTMLInputElement>(el, `input[value="${value}"]`)!.click();
      await el.updateComplete;
    }
    $(el, '[part="next-button"]')!.click();
    await el.updateComplete;
  }
}

function everythingShown(el: SafeOfferCheck): string {
  const box = $<HTMLTextAreaElement>(el, 'textarea');
  return `${el.shadowRoot!.textContent ?? ''} ${box?.value ?? ''}`;
}

describe('<safe-offer-check>', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  describe('the empty state', () => {
    it('asks for the offer, says plainly that the text stays on the device, and turns spell-check off', async () => {
      const el = await mount();
      const box = $<HTMLTextAreaElement>(el, 'textarea')!;
      expect(box.labels?.[0]?.textContent?.trim()).to.equal('Paste the job offer here');
      expect($(el, '[part="privacy"]')!.textContent).to.contain('never sent or saved');
      expect(box.spellcheck).to.equal(false);
      expect(box.getAttribute('autocomplete')).to.equal('off');
    });

    it('says what is missing, marks the box and puts focus on it when Check is pressed with nothing to check', async () => {
      const el = await mount();
      await pressCheck(el);
      await el.updateComplete;
      expect($(el, '[part="error"]')!.textContent).to.contain('Paste the job offer first');
      const box = $<HTMLTextAreaElement>(el, 'textarea')!;
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      expect(box.getAttribute('aria-describedby')).to.contain('offer-error');
      expect(shadowActive(el)).to.equal(box);
      expect($(el, '#result-heading')).to.equal(null);
    });
  });

  describe('checking pasted offers', () => {
    for (const [id, level, label] of [
      [HIGH, 'high', 'Warning signs'],
      [MEDIUM, 'medium', 'Check carefully'],
      [LOW, 'low', 'No clear warning signs'],
    ] as const) {
      it(`rates the ${level} fixture offer ${id} as ${level} and moves focus to the result heading`, async () => {
        const el = await mount();
        await checkText(el, offer(id));
        const heading = $(el, '#result-heading')!;
        expect(heading.textContent!.trim()).to.equal(label);
        expect(heading.getAttribute('part')).to.equal(`level level-${level}`);
        await el.updateComplete;
        expect(shadowActive(el)).to.equal(heading);
      });
    }

    it('shows each flag in plain words with its evidence, and marks exactly the evidence in the original text', async () => {
      const el = await mount();
      const text = offer(HIGH);
      await checkText(el, text);
      const expected = checkOffer(text);
      const items = $$(el, '[part="flag"]');
      expect(items).to.have.length(expected.flags.length);
      expect(items.length).to.be.greaterThan(1);
      for (const item of items) {
        expect(item.querySelector('h3')!.textContent!.trim()).to.not.equal('');
        expect(item.querySelector('p')!.textContent!.trim()).to.not.equal('');
      }
      const shown = $(el, '[part="offer-text"]')!;
      // The whole text is shown unchanged, so every offset points at the same characters.
      expect(shown.textContent).to.equal(text);
      let at = 0;
      const marked = new Set<number>();
      for (const node of shown.childNodes) {
        if (node.nodeType === Node.COMMENT_NODE) continue;
        const length = node.textContent!.length;
        if (node instanceof HTMLElement && node.localName === 'mark') for (let i = at; i < at + length; i++) marked.add(i);
        at += length;
      }
      const evidence = new Set<number>();
      for (const flag of expected.flags) {
        for (const span of flag.evidence) {
          expect(text.slice(span.start, span.end)).to.equal(span.text);
          for (let i = span.start; i < span.end; i++) evidence.add(i);
        }
      }
      expect([...marked].sort((a, b) => a - b)).to.deep.equal([...evidence].sort((a, b) => a - b));
    });

    it('marks "Send your passport copy" in the Dubai hostess offer', async () => {
      const el = await mount();
      await checkText(el, offer(HIGH));
      const marks = $$(el, '[part="offer-text"] mark').map((m) => m.textContent);
      expect(marks.some((m) => m!.includes('Send your passport copy'))).to.equal(true);
    });

    it('says what part each quote plays in a combined sign, so "Hostess" is not read as the pay', async () => {
      const el = await mount();
      await checkText(el, 'Hostess work in Dubai, $3,000 a month.');
      const pay = $$(el, '[part="flag"]').find((item) => item.querySelector('h3')!.textContent!.includes('Pay too good'));
      expect(pay, 'the pay flag is shown').to.not.equal(undefined);
      const quote = pay!.querySelector('.quote')!.textContent!.replace(/\s+/g, ' ');
      expect(quote).to.include('Hostess (the kind of job)');
      expect(quote).to.include('$3,000 a month (the pay)');
    });

    it('speaks of warning signs, never of a verdict of trafficking', async () => {
      const el = await mount();
      await checkText(el, offer(HIGH));
      const words = el.shadowRoot!.textContent!.toLowerCase();
      expect(words).to.contain('warning sign');
      expect(words).to.not.match(/\bthis is trafficking|\bvictim/);
    });

    it('tells what to ask the recruiter and how to check an agency licence, without inventing a website', async () => {
      const el = await mount();
      await checkText(el, offer(LOW));
      expect($$(el, '[part="ask"] li').length).to.be.greaterThan(0);
      const licence = $(el, '[part="licence"]')!;
      expect(licence.textContent).to.contain('licence number');
      expect(licence.textContent).to.contain('official register');
      expect(licence.querySelector('a')).to.equal(null);
      expect(licence.textContent).to.not.match(/https?:|www\./);
    });

    it('counts the warning signs with the locale’s digits (Intl)', async () => {
      const el = await mount();
      await checkText(el, offer(HIGH));
      const count = checkOffer(offer(HIGH)).flags.length;
      expect($(el, '.count')!.textContent).to.contain(new Intl.NumberFormat('en').format(count));
    });

    it('shows the hotlines for the selected country, for trafficking, compact, at most two', async () => {
      const el = await mount('country="KZ"');
      await checkText(el, offer(HIGH));
      const finder = $(el, 'safe-hotline-finder')!;
      expect(finder.getAttribute('country')).to.equal('KZ');
      expect(finder.getAttribute('need')).to.equal('trafficking');
      expect(finder.hasAttribute('compact')).to.equal(true);
      expect(finder.getAttribute('limit')).to.equal('2');
      await customElements.whenDefined('safe-hotline-finder');
      await waitUntil(() => !!finder.shadowRoot?.querySelector('[part="base"]'), 'the hotline finder rendered');
    });

    it('shows no hotline block when no country is set', async () => {
      const el = await mount();
      await checkText(el, offer(HIGH));
      expect($(el, 'safe-hotline-finder')).to.equal(null);
    });

    it('checks a Russian offer in Russian and marks its evidence', async () => {
      document.documentElement.lang = 'ru';
      await useLocale('ru');
      const el = await mount();
      const text = offer(RU_HIGH);
      await checkText(el, text);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('ru');
      const marks = $$(el, '[part="offer-text"] mark').map((m) => m.textContent);
      expect(marks.some((m) => m!.includes('Паспорта хранятся у бригадира'))).to.equal(true);
      expect($(el, '.count')!.textContent).to.match(/\d/);
    });
  });

  describe('the questionnaire', () => {
    it('asks one question per screen, answered with the keyboard alone, and counts answers in the result', async () => {
      const el = await mount('mode="questions"');
      await el.updateComplete;
      expect($(el, 'textarea')).to.equal(null);
      expect($(el, '[part="progress"]')!.textContent).to.equal('Question 1 of 10');
      expect($$(el, 'fieldset')).to.have.length(1);
      $(el, '#question-heading')!.focus();
      // Question 1 (fees): Tab into the answers, Space chooses "Yes", Enter goes on.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[value="yes"]')!.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => $(el, '[part="progress"]')!.textContent === 'Question 2 of 10', 'question 2 is shown');
      expect(shadowActive(el)).to.equal($(el, '#question-heading'));
      // Question 2 (passport): ArrowDown moves from "Yes" to "No".
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[value="no"]')!.checked).to.equal(true);
      await sendKeys({ press: 'Enter' });
      for (let i = 3; i <= 10; i++) {
        await waitUntil(() => $(el, '[part="progress"]')?.textContent === `Question ${i} of 10`, `question ${i} is shown`);
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
      }
      await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
      await el.updateComplete;
      expect(shadowActive(el)).to.equal($(el, '#result-heading'));
      const titles = $$(el, '[part="flag"] h3').map((h) => h.textContent!.trim());
      expect(titles).to.include('You pay for the job');
      expect($(el, '[part="flag"]')!.textContent).to.contain('From your answers.');
      expect($(el, '[part="offer-text"]')).to.equal(null);
    });

    it('goes back to the previous question with its answer kept', async () => {
      const el = await mount('mode="questions"');
      $<HTMLInputElement>(el, 'input[value="no"]')!.click();
      $(el, '[part="next-button"]')!.click();
      await el.updateComplete;
      $(el, '[part="back-button"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="progress"]')!.textContent).to.equal('Question 1 of 10');
      expect($<HTMLInputElement>(el, 'input[value="no"]')!.checked).to.equal(true);
    });

    it('in mode "both", combines the pasted text with the answers', async () => {
      const el = await mount();
      const text = offer(LOW);
      await paste(el, text);
      $(el, '[part="questions-button"]')!.click();
      await el.updateComplete;
      await answerAll(el, { passport: 'yes', fees: 'yes' });
      await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
      const expected = checkOffer(text, { answers: { passport: 'yes', fees: 'yes' } });
      expect($(el, '#result-heading')!.getAttribute('part')).to.equal(`level level-${expected.level}`);
      expect($$(el, '[part="flag"]')).to.have.length(expected.flags.length);
      expect($(el, '[part="offer-text"]')!.textContent).to.equal(text);
    });
  });

  describe('the mode attribute', () => {
    it('"text" shows the box and no questions', async () => {
      const el = await mount('mode="text"');
      expect($(el, 'textarea')).to.not.equal(null);
      expect($(el, '[part="questions-button"]')).to.equal(null);
    });

    it('"questions" shows the first question and no box', async () => {
      const el = await mount('mode="questions"');
      expect($(el, 'textarea')).to.equal(null);
      expect($(el, '#question-heading')).to.not.equal(null);
      expect($(el, '[part="back-button"]')).to.equal(null);
    });

    it('"both" (the default) shows the box and the way to the questions', async () => {
      const el = await mount();
      expect(el.mode).to.equal('both');
      expect($(el, 'textarea')).to.not.equal(null);
      expect($(el, '[part="questions-button"]')).to.not.equal(null);
    });
  });

  describe('privacy', () => {
    it('fires safe-offer-checked with the level and flag ids only, never the text', async () => {
      const el = await mount();
      const events: SafeOfferCheckedEvent[] = [];
      el.addEventListener('safe-offer-checked', (event) => events.push(event));
      const text = offer(HIGH);
      await checkText(el, text);
      expect(events).to.have.length(1);
      const event = events[0]!;
      expect(event.bubbles && event.composed).to.equal(true);
      const expected = checkOffer(text);
      expect(event.level).to.equal(expected.level);
      expect([...event.flagIds]).to.deep.equal(expected.flags.map((f) => f.id));
      expect(Object.keys(event).filter((key) => key !== 'isTrusted').sort()).to.deep.equal(['flagIds', 'level']);
      const payload = JSON.stringify({ level: event.level, flagIds: event.flagIds });
      for (const flag of expected.flags) for (const span of flag.evidence) expect(payload).to.not.contain(span.text);
    });

    it('sends no request and stores nothing that carries the text', async () => {
      const token = 'zq7unique_recruiter_handle';
      const text = `${offer(HIGH)}\nAlso write to @${token}`;
      const sent: string[] = [];
      const realFetch = window.fetch;
      const realSend = XMLHttpRequest.prototype.send;
      const realOpen = XMLHttpRequest.prototype.open;
      const realBeacon = navigator.sendBeacon;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        sent.push(`${String(input instanceof Request ? input.url : input)} ${String(init?.body ?? '')}`);
        return realFetch(input, init);
      };
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
        sent.push(String(url));
        realOpen.call(this, method, url, true);
      } as typeof XMLHttpRequest.prototype.open;
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        sent.push(String(body ?? ''));
        realSend.call(this, body);
      };
      navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
        sent.push(`${String(url)} ${String(data ?? '')}`);
        return true;
      };
      const resourcesBefore = performance.getEntriesByType('resource').length;
      try {
        const el = await mount('country="KZ"');
        await paste(el, text);
        $(el, '[part="questions-button"]')!.click();
        await el.updateComplete;
        await answerAll(el, { fees: 'yes', partner: 'yes' });
        await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
      } finally {
        window.fetch = realFetch;
        XMLHttpRequest.prototype.send = realSend;
        XMLHttpRequest.prototype.open = realOpen;
        navigator.sendBeacon = realBeacon;
      }
      for (const request of sent) expect(request).to.not.contain(token);
      const urls = performance.getEntriesByType('resource').slice(resourcesBefore).map((e) => e.name);
      for (const url of urls) expect(decodeURIComponent(url)).to.not.contain(token);
      const stored = [
        ...Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
        ...Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
        document.cookie,
        location.href,
      ].join('\n');
      expect(stored).to.not.contain(token);
      const databases = (await indexedDB.databases?.()) ?? [];
      expect(databases).to.deep.equal([]);
    });
  });

  describe('clearing', () => {
    it('"Check another" clears the text, the answers and the result, and puts focus on the box', async () => {
      const el = await mount();
      const text = offer(HIGH);
      await paste(el, text);
      $(el, '[part="questions-button"]')!.click();
      await el.updateComplete;
      await answerAll(el, { fees: 'yes' });
      await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
      $(el, '[part="again-button"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const box = $<HTMLTextAreaElement>(el, 'textarea')!;
      expect(box.value).to.equal('');
      expect($(el, '#result-heading')).to.equal(null);
      expect(shadowActive(el)).to.equal(box);
      expect(everythingShown(el)).to.not.contain('passport copy');
      $(el, '[part="questions-button"]')!.click();
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).to.equal(false);
    });

    it('wipes the text, the answers and the result on safe-exit', async () => {
      const el = await mount();
      const text = offer(HIGH);
      await checkText(el, text);
      window.dispatchEvent(new SafeExitEvent('api', 'about:blank'));
      await el.updateComplete;
      expect($(el, '#result-heading')).to.equal(null);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
      expect(everythingShown(el)).to.not.contain('passport copy');
    });

    it('wipes a half-typed text and half-answered questions on safe-exit', async () => {
      const el = await mount();
      await paste(el, offer(MEDIUM));
      $(el, '[part="questions-button"]')!.click();
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[value="yes"]')!.click();
      window.dispatchEvent(new SafeExitEvent('api', 'about:blank'));
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
      $(el, '[part="questions-button"]')!.click();
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).to.equal(false);
    });
  });

  describe('small screens', () => {
    it('fits 320 px without sideways scrolling, in the start, question and result states', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount('country="KZ"');
      const base = $(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
      await checkText(el, offer(HIGH));
      expect(base.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      $(el, '[part="again-button"]')!.click();
      await el.updateComplete;
      $(el, '[part="questions-button"]')!.click();
      await el.updateComplete;
      expect(base.scrollWidth).to.be.at.most(320);
    });
  });

  describe('accessibility', () => {
    for (const locale of ['en', 'ru'] as const) {
      describe(`in ${locale}`, () => {
        beforeEach(async () => {
          document.documentElement.lang = locale;
          await useLocale(locale);
        });

        it('has no axe violations when empty and after an empty check', async () => {
          const el = await mount('show-locale-picker');
          await expectNoAxeViolations(el.parentElement!);
          await pressCheck(el);
          await expectNoAxeViolations(el.parentElement!);
        });

        it('has no axe violations on a question', async () => {
          const el = await mount('mode="questions"');
          await expectNoAxeViolations(el.parentElement!);
        });

        for (const id of [HIGH, MEDIUM, LOW, RU_HIGH]) {
          it(`has no axe violations on the result for ${id}`, async () => {
            const el = await mount('country="KZ"');
            await checkText(el, offer(id));
            await customElements.whenDefined('safe-hotline-finder');
            await waitUntil(() => !!$(el, 'safe-hotline-finder')!.shadowRoot?.querySelector('[part="base"]'), 'the hotline finder rendered');
            await expectNoAxeViolations(el.parentElement!);
          });
        }

        it('has no axe violations on a result from answers alone', async () => {
          const el = await mount('mode="questions"');
          await answerAll(el, { fees: 'yes', passport: 'yes', contract: 'no' });
          await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
          await expectNoAxeViolations(el.parentElement!);
        });
      });
    }
  });
});
