import { expect } from 'chai';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { waitUntil } from '../../helpers/fixture.js';
import { $, $$, agreeAndSend, fill, freshFormPage, heading, text } from './helpers.js';
import { REPLY, mountFollowUpForm, openFollowUp, showReplies, staffReply } from './follow-up-steps.js';

// The follow-up code and the follow-up view pass axe in every locale, with a reply, an answer and
// an error shown, against the real receiver of follow-up-receiver.ts.

describe('<safe-report-form follow-up> accessibility in every locale', () => {
  freshFormPage();

  for (const locale of ['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk'] as const) {
    it(`has no axe violations on the code and the follow-up view, with a reply, an answer and an error (${locale})`, async () => {
      document.documentElement.lang = locale;
      await useLocale(locale);
      const el = await mountFollowUpForm(`lang="${locale}"`);
      await waitUntil(() => $(el, '[part="base"]')?.getAttribute('lang') === locale, `the form renders in ${locale}`);
      // Through the steps in any language: Continue, the description, Continue, consent, Send.
      for (let i = 0; i < 2; i++) {
        $<HTMLButtonElement>(el, '[part="continue-button"]')!.click();
        await el.updateComplete;
      }
      await fill(el, 'description', 'Паспорт забрали.');
      while (!$(el, '[part="send-button"]')) {
        $<HTMLButtonElement>(el, '[part="continue-button"]')!.click();
        await el.updateComplete;
      }
      await agreeAndSend(el);
      await waitUntil(() => !!$(el, '[part="follow-up-code"]'), 'the code is shown', 20000);
      await expectNoAxeViolations(el);
      const receipt = $(el, '[part="receipt"]')!.textContent!.trim();
      const code = $(el, '[part="follow-up-code"]')!.textContent!.trim();
      await staffReply(receipt, REPLY);
      $$<HTMLButtonElement>(el, '.actions button.secondary').at(-1)!.click();
      await el.updateComplete;
      await openFollowUp(el);
      await showReplies(el, 'ABC');
      await expectNoAxeViolations(el);
      await showReplies(el, code);
      await waitUntil(() => text(el).includes(REPLY), 'the reply is shown', 15000);
      await fill(el, 'follow-up-answer', 'Рахмет.');
      $<HTMLButtonElement>(el, '[part="follow-up-send-button"]')!.click();
      await waitUntil(() => $$(el, '[part="follow-up-messages"] li').length === 2, 'the answer is listed', 15000);
      await expectNoAxeViolations(el);
      if (locale !== 'en') expect(heading(el)).not.to.contain('Replies from');
    });
  }

});
