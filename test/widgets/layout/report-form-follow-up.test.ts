import { expect } from 'chai';
import { waitUntil } from '../../helpers/fixture.js';
import { backToFirstEntry } from '../report-form/helpers.js';
import { REPLY, mountFollowUpForm, openFollowUp, showReplies, staffReply } from '../report-form/follow-up-steps.js';
import { allLocales, backToEnglish, onPhoneIn, phoneProblems } from './support.js';
import { root, send, toCheckPage } from './report-form-walk.js';

// The follow-up code on the receipt screen and the follow-up view, with a reply, an answer and an
// error, read well at 320 px in every locale (against the real receiver of follow-up-receiver.ts).

describe('<safe-report-form follow-up> at 320 px', () => {
  afterEach(async () => {
    await backToEnglish();
    await backToFirstEntry();
  });

  for (const locale of allLocales) {
    it(`reads well in ${locale}: the code, a mistyped code and the replies`, async () => {
      await backToFirstEntry();
      await onPhoneIn(locale);
      const el = await mountFollowUpForm(`lang="${locale}"`);
      await toCheckPage(el);
      await send(el);
      const code = root(el).querySelector('[part="follow-up-code"]')?.textContent?.trim() ?? '';
      expect(code, 'the code is shown').to.match(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      const problems = await phoneProblems(`report form, ${locale}, follow-up code`);

      const receipt = root(el).querySelector('[part="receipt"]')!.textContent!.trim();
      await staffReply(receipt, REPLY);
      root(el).querySelectorAll<HTMLButtonElement>('.actions button.secondary')[1]!.click();
      await el.updateComplete;
      await openFollowUp(el);
      await showReplies(el, 'ABC');
      problems.push(...(await phoneProblems(`report form, ${locale}, follow-up error`)));
      await showReplies(el, code);
      await waitUntil(() => root(el).textContent!.includes(REPLY), 'the reply is shown', 15000);
      problems.push(...(await phoneProblems(`report form, ${locale}, follow-up replies`, [REPLY])));
      expect(problems).to.deep.equal([]);
    });
  }
});
