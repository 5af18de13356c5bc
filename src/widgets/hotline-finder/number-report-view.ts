/**
 * "This number did not work" (with `report-number-to`): the site's channel checked with the SDK's
 * schema, and what a report would say. A chunk of its own, fetched after the finder's first screen
 * and only on a page that configured where reports go, so that the first screen runs no zod.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { checkNumberReportChannel, numberReport, numberReportLink } from '../../sdk/hotlines/number-report.js';
import type { NumberReportChannel } from '../../sdk/hotlines/number-report.js';
import type { Hotline } from '../../sdk/hotlines/schema.js';
import type { FinderView } from './views.js';

/** `report-number-to` as a channel the SDK accepts, or undefined when it is empty or not usable. */
export function reportChannel(attribute: string): NumberReportChannel | undefined {
  const value = attribute.trim();
  if (!value) return undefined;
  const channel: NumberReportChannel = value.toLowerCase().startsWith('mailto:')
    ? { kind: 'mailto', address: value.slice('mailto:'.length) }
    : /^https:\/\//i.test(value)
      ? { kind: 'url', url: value }
      : { kind: 'telegram', username: value };
  try {
    return checkNumberReportChannel(channel);
  } catch {
    return undefined;
  }
}

/**
 * "This number did not work", when the site configured where it goes: the person sees exactly what
 * the message says, and nothing leaves the page until they tap the link that sends it.
 */
export function renderNumberReport(view: FinderView, hotline: Hotline, nameId: string): TemplateResult | typeof nothing {
  const target = view.numberReportChannel;
  const reviewed = view.directory?.data.reviewed;
  if (!target || !reviewed) return nothing;
  const numbers = hotline.channels.map((channel, index) => ({ channel, index })).filter(({ channel }) => channel.type !== 'website' && channel.type !== 'web-chat');
  if (numbers.length === 0) return nothing;
  const sendText = target.kind === 'mailto' ? msg('Send this by e-mail') : target.kind === 'url' ? msg('Send this to the site') : msg('Open the site’s Telegram');
  return html`<details part="number-report" class="number-report">
    <summary>${msg('This number did not work')}</summary>
    <p>${msg('You can tell the people who keep this list. This is everything that will be sent, and only when you tap the link:')}</p>
    ${numbers.map(({ index }) => {
      const link = numberReportLink(numberReport(hotline, index, reviewed, view.now ?? new Date()), target);
      const previewId = `${nameId}-report-${index}`;
      return html`<div class="report-item">
        <pre id=${previewId} class="report-text">${link.text}</pre>
        ${link.prefilled ? nothing : html`<p>${msg('Telegram cannot fill in the message: copy this text and paste it into the chat.')}</p>`}
        <a part="number-report-link" class="report-link" href=${link.href} target=${link.href.startsWith('https://') ? '_blank' : nothing} rel="noopener noreferrer" aria-describedby=${previewId}
          >${sendText}</a
        >
      </div>`;
    })}
  </details>`;
}
