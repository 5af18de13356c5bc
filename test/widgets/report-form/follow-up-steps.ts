// Shared by the follow-up browser tests: the real receiver of test/helpers/follow-up-receiver.ts
// (SQLite, the inbox, an organisation key), the case worker's side through the inbox's own routes,
// and the steps a person takes in the form.
import { executeServerCommand } from '@web/test-runner-commands';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { fixture, waitUntil } from '../../helpers/fixture.js';
import { $, agreeAndSend, fill, writeShortReport } from './helpers.js';

export interface Receiver {
  url: string;
  publicKey: JsonWebKey;
}

export const receiver = () => executeServerCommand<Receiver, unknown>('follow-up-receiver', { action: 'start', origin: location.origin });
export const staffReply = (receipt: string, replyText: string) => executeServerCommand('follow-up-receiver', { action: 'reply', receipt, text: replyText });
export const staffThread = (receipt: string) =>
  executeServerCommand<{ messages: { from: string; text: string }[] }, unknown>('follow-up-receiver', { action: 'messages', receipt });

export const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
export const REPLY = 'Мы получили ваше сообщение. Звоните нам вечером.';

export async function mountFollowUpForm(attributes = ''): Promise<SafeReportForm> {
  const { url, publicKey } = await receiver();
  const el = await fixture<SafeReportForm>(
    `<safe-report-form endpoint="${url}/reports" org-name="Hope Line" country="KZ" follow-up ${attributes}></safe-report-form>`,
  );
  el.setAttribute('public-key', JSON.stringify(publicKey));
  el.deliveryOptions = { retries: 1, backoff: () => 0, timeout: 5000, deadline: 20000 };
  await el.updateComplete;
  // "I have a follow-up code" shows once the sending code, loaded after the first screen, is there.
  await el.sendingReady;
  // The report is written through the later steps, loaded after the first screen too.
  await el.stepsReady;
  return el;
}

/** Sends a short report and returns the receipt and the follow-up code the receipt screen shows. */
export async function sendReport(el: SafeReportForm): Promise<{ receipt: string; code: string }> {
  await writeShortReport(el, 'They took my passport at the airport and say I owe them for the ticket.');
  await agreeAndSend(el);
  await waitUntil(() => !!$(el, '[part="receipt"]'), 'the receipt is shown', 20000);
  return { receipt: $(el, '[part="receipt"]')!.textContent!.trim(), code: $(el, '[part="follow-up-code"]')?.textContent?.trim() ?? '' };
}

export async function openFollowUp(el: SafeReportForm): Promise<void> {
  $<HTMLButtonElement>(el, '[part="follow-up-link"]')!.click();
  await el.updateComplete;
}

export async function showReplies(el: SafeReportForm, code: string): Promise<void> {
  await fill(el, 'follow-up-code', code);
  $<HTMLButtonElement>(el, '[part="follow-up-show-button"]')!.click();
  await waitUntil(() => !!$(el, '#follow-up-replies') || !!$(el, '#follow-up-code-error'), 'the replies or a problem are shown', 15000);
}
