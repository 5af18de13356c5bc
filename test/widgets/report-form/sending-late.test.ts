import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, waitUntil } from '../../helpers/fixture.js';
import { $, agreeAndSend, fill, freshFormPage, heading, pressContinue, waitForView } from './helpers.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';

// The form's first screen comes without its sending code (the delivery client, encryption, the
// report's schema): that loads after the first render. Here the network holds that code back, then
// drops it, and the person still walks the steps, sees the same problems, and loses no report.
// This file runs in a tab of its own, so the code has not been loaded by another file's tests.

const sendingChunk = String.raw`/src/widgets/report-form/sending\.(js|ts)`;

describe('<safe-report-form> before its sending code has arrived', () => {
  const page = freshFormPage();

  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
  });

  it('walks the steps and checks them, waits to send, keeps the report when the code cannot be fetched, and sends it with "Try again"', async () => {
    await executeServerCommand('hold-requests', { pattern: sendingChunk });
    const el = await fixture<SafeReportForm>(`<safe-report-form endpoint="${page.endpoint.url}" org-name="Hope Line" country="KZ"></safe-report-form>`);
    el.deliveryOptions = { retries: 1, backoff: () => 0, timeout: 3000, deadline: 20000 };
    // The later steps are not held back: "Continue" moves on at once (steps-late.test.ts holds them).
    await el.stepsReady;
    let ready = false;
    void el.sendingReady.then(
      () => (ready = true),
      () => undefined,
    );
    await pressContinue(el); // danger
    await pressContinue(el); // role
    expect(heading(el)).to.equal('What happened?');
    // "Continue" with no description: the same problem the schema gives, with no schema loaded.
    await pressContinue(el);
    await waitUntil(() => $(el, '[part="error-summary"]') !== null, 'the error summary shows');
    expect($(el, '[part="error-summary"]')!.textContent).to.include('Write what happened');
    await fill(el, 'description', 'They took our passports at the farm.');
    for (let step = 0; step < 5; step++) await pressContinue(el);
    expect(heading(el)).to.equal('Check your report');
    expect(ready, 'the sending code is still held back').to.equal(false);

    await agreeAndSend(el);
    await waitForView(el, 'Sending your report…');
    expect(await page.endpoint.log(), 'nothing is sent before the code has arrived').to.have.length(0);

    // The connection drops: the report stays, and "Try again" is offered.
    expect(await executeServerCommand('release-requests', { fail: true, atLeast: 1 })).to.be.at.least(1);
    await waitForView(el, 'Your report has not been sent yet');
    expect($(el, '[part="retry-button"]')).to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.include('Your report is still on this page');

    // The connection is back: the same report is sent once.
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await waitForView(el, 'Your report has reached Hope Line');
    const log = await page.endpoint.log();
    expect(log).to.have.length(1);
    expect(JSON.parse(log[0]!.body).description).to.equal('They took our passports at the farm.');
    expect($(el, '[part="receipt"]')!.textContent!.trim()).to.not.equal('');
  });
});
