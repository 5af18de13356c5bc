import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { freshFormPage, heading } from './helpers.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';

// The form fetches its sending code after its first screen speaks the page's language, not right
// after its first render. This file runs in a tab of its own, so the code has not been loaded by
// another file's tests.

describe('<safe-report-form> and its first text', () => {
  const page = freshFormPage();

  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
  });

  it("asks for its sending code only once its first screen speaks the page's language", async () => {
    // On a slow network a fetch started sooner shares the line with the form's messages.
    await executeServerCommand('hold-requests', { pattern: String.raw`/src/(generated/locales/ru\.report-form|widgets/report-form/sending)\.` });
    const el = await fixture<SafeReportForm>(`<safe-report-form lang="ru" endpoint="${page.endpoint.url}" org-name="Hope Line" country="KZ"></safe-report-form>`);
    await sleep(800);
    const held = await executeServerCommand<string[], undefined>('held-requests');
    expect(held.some((url) => url.includes('ru.report-form')), "the form's Russian messages are on their way").to.equal(true);
    expect(held.some((url) => url.includes('sending')), 'no sending code before them').to.equal(false);
    expect(heading(el)).to.not.equal('Кто-нибудь сейчас в опасности?');

    await executeServerCommand('release-requests', { fail: false });
    await waitUntil(() => heading(el) === 'Кто-нибудь сейчас в опасности?', 'the first question is in Russian');
    await el.sendingReady;
  });
});
