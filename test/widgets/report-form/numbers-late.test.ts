import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { $, choose, freshFormPage, heading, text } from './helpers.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';

// The form's first question needs no code that writes emergency numbers: it shows them only once
// someone may be in danger, and that code comes with the numbers and the names of countries, after
// the first screen (place-names.ts). Here the network holds it back: the first question speaks and
// works, "Yes" says to call the local emergency number, and the numbers show once it arrives. This
// file runs in a tab of its own, so no other file's form has loaded it.

const renderer = String.raw`/src/widgets/shared/emergency-numbers\.(js|ts)`;

describe('<safe-report-form> before the code that writes its emergency numbers has arrived', () => {
  const page = freshFormPage();

  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
  });

  it('asks its first question with that code held back, and shows the numbers once it comes', async () => {
    await executeServerCommand('hold-requests', { pattern: renderer });
    const el = await fixture<SafeReportForm>(`<safe-report-form endpoint="${page.endpoint.url}" org-name="Hope Line" country="KZ"></safe-report-form>`);
    expect(heading(el)).to.equal('Is anyone in danger right now?');
    await choose(el, 'Yes');
    await waitUntil(() => text(el).includes('Call the local emergency number.'), 'the panel says to call the local emergency number');
    expect($(el, '[part="emergency-number"]')).to.equal(null);
    // The browser tells the test server of the request a little after the page has made it.
    let held: string[] = [];
    for (let tries = 0; held.length === 0 && tries < 50; tries++) {
      held = await executeServerCommand<string[], undefined>('held-requests');
      if (held.length === 0) await sleep(100);
    }
    expect(held.some((url) => new RegExp(renderer).test(url)), 'the code is asked for after the first screen, and held back').to.equal(true);
    expect(await executeServerCommand('release-requests', { fail: false, atLeast: 1 })).to.be.at.least(1);
    await waitUntil(() => $(el, '[part="emergency-number"]') !== null, 'the emergency numbers show', 8000);
    expect($(el, '[part="emergency-number"]')!.getAttribute('href')).to.match(/^tel:/);
  });
});
