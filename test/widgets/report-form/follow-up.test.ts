import { expect } from 'chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { $, $$, deepActive, fill, freshFormPage, heading, text } from './helpers.js';
import { CODE, REPLY, mountFollowUpForm, openFollowUp, receiver, sendReport, showReplies, staffReply, staffThread } from './follow-up-steps.js';

// The form's follow-up against a real receiver (test/helpers/follow-up-receiver.ts): SQLite, the
// inbox, an organisation key. The case worker's side runs through the inbox's own routes.

describe('<safe-report-form follow-up> with a real receiver', () => {
  freshFormPage();

  it('shows the follow-up code with plain words after the receiver confirms, and keeps it nowhere on the phone', async () => {
    const el = await mountFollowUpForm();
    const { code } = await sendReport(el);
    expect(code).to.match(CODE);
    const words = text(el);
    expect(words).to.contain('Anyone who has this code can read the replies.');
    expect(words).to.contain('Hope Line cannot give it to you again');
    expect(words).to.contain('It is not saved on this phone.');
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(document.cookie).to.equal('');
    expect(JSON.stringify(history.state) + location.href).not.to.contain(code);
    expect(JSON.stringify(history.state) + location.href).not.to.contain(code.replace(/-/g, ''));

    await executeServerCommand('grant-clipboard');
    $<HTMLButtonElement>(el, '[part="copy-code-button"]')!.click();
    await waitUntil(() => text(el).includes('Copied.'), 'the copy is confirmed');
    expect(await navigator.clipboard.readText()).to.equal(code);
    // Starting again empties the clipboard the form filled, and the code is gone from the page.
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Write another report'))!.click();
    await el.updateComplete;
    await sleep(200);
    expect(await navigator.clipboard.readText(), 'the clipboard is emptied').to.equal('');
    expect(text(el)).not.to.contain(code);
  });

  it('reads the case worker\'s encrypted reply with the code as typed, and the answer reaches the case worker encrypted', async () => {
    const el = await mountFollowUpForm();
    const { receipt, code } = await sendReport(el);
    expect(await staffReply(receipt, REPLY)).to.deep.equal({ status: 201 });

    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Write another report'))!.click();
    await el.updateComplete;
    await openFollowUp(el);
    expect(heading(el)).to.equal('Replies from Hope Line');
    await showReplies(el, code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o'));
    expect($(el, '#follow-up-code-error'), 'no problem').to.equal(null);
    const messages = $$(el, '[part="follow-up-messages"] li');
    expect(messages).to.have.length(1);
    expect(messages[0]!.textContent).to.contain(REPLY);
    expect(messages[0]!.textContent).to.contain('Hope Line');

    await fill(el, 'follow-up-answer', 'Спасибо. Я позвоню в четверг.');
    $<HTMLButtonElement>(el, '[part="follow-up-send-button"]')!.click();
    await waitUntil(() => text(el).includes('Your answer has reached Hope Line.'), 'the answer is confirmed', 15000);
    expect($$(el, '[part="follow-up-messages"] li')).to.have.length(2);
    expect($$(el, '[part="follow-up-messages"] li')[1]!.textContent).to.contain('Only Hope Line can read it');
    const thread = await staffThread(receipt);
    expect(thread.messages).to.deep.equal([
      { from: 'organisation', text: '(encrypted reply)' },
      { from: 'reporter', text: 'Спасибо. Я позвоню в четверг.' },
    ]);

    // Closing forgets the code and the replies.
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Close and go back to the form'))!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Is anyone in danger right now?');
    await openFollowUp(el);
    expect($<HTMLInputElement>(el, '#follow-up-code')!.value).to.equal('');
    expect(text(el)).not.to.contain(REPLY);
  });

  it('says plainly when a code is incomplete or finds nothing, beside the field, and focuses it', async () => {
    const el = await mountFollowUpForm();
    await openFollowUp(el);
    await showReplies(el, '7KQM-4XWA');
    expect($(el, '#follow-up-code-error')!.textContent).to.contain('Enter the 16 letters and numbers of your follow-up code.');
    expect(deepActive()?.id).to.equal('follow-up-code');
    expect($(el, '#follow-up-code')!.getAttribute('aria-invalid')).to.equal('true');

    await showReplies(el, '7KQM-4XWA-9PZD-3HRT');
    await waitUntil(() => text(el).includes('No replies were found for this code.'), 'the miss is explained', 15000);
    expect(deepActive()?.id).to.equal('follow-up-code');
  });

  it('is wiped by a quick exit: code, replies and view', async () => {
    const el = await mountFollowUpForm();
    const { receipt, code } = await sendReport(el);
    await staffReply(receipt, REPLY);
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Write another report'))!.click();
    await el.updateComplete;
    await openFollowUp(el);
    await showReplies(el, code);
    expect(text(el)).to.contain(REPLY);
    window.dispatchEvent(new CustomEvent('safe-exit', { cancelable: true }));
    await el.updateComplete;
    expect(text(el)).not.to.contain(REPLY);
    expect(text(el)).not.to.contain(code);
    expect(heading(el)).to.equal('Is anyone in danger right now?');
  });

  it('works with the keyboard alone: Tab to the entry, type the code, Enter', async () => {
    const el = await mountFollowUpForm();
    const { receipt, code } = await sendReport(el);
    await staffReply(receipt, REPLY);
    $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Write another report'))!.click();
    await el.updateComplete;
    const link = $<HTMLButtonElement>(el, '[part="follow-up-link"]')!;
    for (let i = 0; i < 40 && deepActive() !== link; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab reaches "I have a follow-up code"').to.equal(link);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()?.hasAttribute('data-heading'), 'the heading takes focus').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('follow-up-code');
    await sendKeys({ type: code });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el).includes(REPLY), 'the reply is shown', 15000);
    expect(deepActive()?.id, 'focus moves to the messages').to.equal('follow-up-replies');
  });

  it('has no follow-up entry without the follow-up attribute', async () => {
    const { url } = await receiver();
    const el = await fixture<SafeReportForm>(`<safe-report-form endpoint="${url}/reports" org-name="Hope Line" country="KZ"></safe-report-form>`);
    await el.updateComplete;
    expect($(el, '[part="follow-up-link"]')).to.equal(null);
  });
});
