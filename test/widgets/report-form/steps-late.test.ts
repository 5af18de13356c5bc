import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { $, choose, deepActive, fill, freshFormPage, heading, pressContinue, text, waitForView } from './helpers.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';

// The form's first screen is its first question alone: the other steps, "Check your report" and
// the views after "Send report" load after it (later-steps.ts). Here the network holds them back,
// then drops them, and the person's answer is kept and "Try again" fetches them again. This file
// runs in a tab of its own, so they have not been loaded by another file's tests.

const stepsChunk = String.raw`/src/widgets/report-form/later-steps\.(js|ts)`;
/** After the page's next idle periods: the form's own fetch in idle time, asked for before, has started. */
const afterIdle = () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(() => setTimeout(resolve, 0))));
const status = (el: SafeReportForm) => $(el, '.actions [role="status"]')?.textContent?.trim() ?? '';

describe('<safe-report-form> before its later steps have arrived', () => {
  const page = freshFormPage();

  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
  });

  it('waits on "Continue", keeps the answer when the steps cannot be fetched, and moves on with "Try again"', async () => {
    await executeServerCommand('hold-requests', { pattern: stepsChunk });
    const el = await fixture<SafeReportForm>(`<safe-report-form endpoint="${page.endpoint.url}" org-name="Hope Line" country="KZ"></safe-report-form>`);
    // The form's own fetch in idle time waits for the same request, so it does not fetch them again.
    await afterIdle();

    // A wipe while "Continue" waits: the form stays on its first question, and a failed fetch then says nothing.
    await choose(el, 'No');
    await pressContinue(el);
    await waitUntil(() => status(el) === 'Loading…', 'the form says it is loading');
    el.wipe();
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect($<HTMLInputElement>(el, 'input[name="dangerNow"][value="no"]')!.checked).to.equal(false);
    expect(await executeServerCommand('release-requests', { fail: true, atLeast: 1 })).to.be.at.least(1);
    await sleep(200);
    expect($(el, '[part="retry-button"]')).to.equal(null);
    expect(status(el)).to.equal('');

    // The first question works in full without them: its choices, and the emergency numbers.
    await executeServerCommand('hold-requests', { pattern: stepsChunk });
    expect(heading(el)).to.equal('Is anyone in danger right now?');
    await choose(el, 'Yes');
    await waitUntil(() => $(el, '[part="emergency-number"]') !== null, 'the emergency numbers show');

    const button = $<HTMLButtonElement>(el, '[part="continue-button"]')!;
    button.focus();
    await pressContinue(el);
    await waitUntil(() => status(el) === 'Loading…', 'the form says it is loading');
    // A second press while it waits does not skip a step once they arrive.
    await pressContinue(el);
    expect(heading(el)).to.equal('Is anyone in danger right now?');
    // The browser tells the test server of the request a little after the page has made it.
    let held: string[] = [];
    for (let tries = 0; held.length === 0 && tries < 50; tries++) {
      held = await executeServerCommand<string[], undefined>('held-requests');
      if (held.length === 0) await sleep(100);
    }
    expect(held.some((url) => new RegExp(stepsChunk).test(url)), 'the later steps are still held back').to.equal(true);

    // The connection drops: the answer stays, and "Try again" takes the button's place (focus stays on it).
    expect(await executeServerCommand('release-requests', { fail: true, atLeast: 1 })).to.be.at.least(1);
    await waitUntil(() => $(el, '[part="retry-button"]') !== null, '"Try again" is offered');
    expect($(el, '[part="retry-button"]')!.textContent!.trim()).to.equal('Try again');
    expect(status(el)).to.equal('This did not work. Check your internet connection and try again.');
    expect(deepActive()).to.equal($(el, '[part="retry-button"]'));
    expect(heading(el)).to.equal('Is anyone in danger right now?');
    expect($<HTMLInputElement>(el, 'input[name="dangerNow"][value="yes"]')!.checked).to.equal(true);

    // The connection is back: the next question, once.
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await waitForView(el, 'Who is this report about?');
    await sleep(100);
    expect(heading(el)).to.equal('Who is this report about?');
    expect(status(el)).to.equal('');
    expect($(el, '[part="continue-button"]')!.textContent!.trim()).to.equal('Continue');
    await el.stepsReady;

    // The answer given before is in the report.
    await pressContinue(el);
    await fill(el, 'description', 'They took our passports.');
    for (let step = 0; step < 5; step++) await pressContinue(el);
    expect(heading(el)).to.equal('Check your report');
    expect(text(el)).to.include('Is anyone in danger right now? Yes');
  });
});
