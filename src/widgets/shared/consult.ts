/**
 * "Ask a counsellor about this offer": the site's own consultant (a Telegram username, a WhatsApp
 * number or an e-mail address) one tap away from an offer's result, with the offer and the signs
 * found. The person first sees the whole message, can change the offer's text or leave it out, and
 * only their tap on the last link hands it to their own app; the element sends and stores nothing.
 *
 * Loaded only on a page that names a counsellor (see consult-channels.ts), so that the checker and
 * the badge cost the other pages nothing more.
 */
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { mailtoHref, telegramHref, whatsappHref } from '../../sdk/rules.js';
import type { OfferCheckResult } from '../../sdk/offer-check/types.js';
import { levelLabel } from './level-label.js';
import { offerEngine } from './prepare-rules.js';
import type { ConsultChannel, ConsultKind } from './consult-channels.js';

/**
 * The longest link that carries the message, by app; a longer message is copied instead, because
 * some mail programs cut a `mailto:` link after about 2,000 characters without saying so. A
 * Cyrillic letter takes six characters in a link, so WhatsApp gets more room: an offer of a few
 * hundred words still arrives filled in.
 */
export const PREFILL_LIMITS = { whatsapp: 8000, email: 2000 } as const;

/** The link that opens the consultant's chat, and whether it carries the message (else it is copied). */
export function consultLink(channel: ConsultChannel, message: string, subject: string): { href: string; prefilled: boolean } {
  const full = channel.kind === 'whatsapp' ? whatsappHref(channel.address, message) : channel.kind === 'email' ? mailtoHref(channel.address, { subject, body: message }) : '';
  if (channel.kind !== 'telegram' && full.length <= PREFILL_LIMITS[channel.kind]) return { href: full, prefilled: true };
  const bare = channel.kind === 'whatsapp' ? whatsappHref(channel.address) : channel.kind === 'email' ? mailtoHref(channel.address, { subject }) : telegramHref(channel.address);
  return { href: bare, prefilled: false };
}

/** The message, in the person's language: what the check found, each sign by its title, and the offer's text when there is any. */
export function consultMessage(result: OfferCheckResult, offer: string): string {
  const lines = [msg('Hello. I would like advice about a job offer.'), msg(str`An offer check found: ${levelLabel(result.level)}.`)];
  if (result.flags.length) {
    // A result comes from the loaded engine, and the flags' titles with it (offer-engine.ts).
    const words = offerEngine();
    lines.push(msg('Warning signs:'), ...result.flags.map((flag) => `- ${words?.flagTitle(flag.id) || msg('A warning sign')}`));
  }
  if (offer.trim()) lines.push('', msg('The offer:'), offer.trim());
  return lines.join('\n');
}

/**
 * The state of the hand-off in one element: which consultant's preview is open, the offer's text as
 * the person edited it, and whether this element put the message on the clipboard (a wipe empties
 * it again, as the report form does with a report).
 */
export class ConsultController implements ReactiveController {
  /** The consultant whose preview is open. */
  open: ConsultChannel | undefined;
  /** The offer's text as it goes into the message; the person may change or empty it. */
  offer = '';
  /** The clipboard outcome of the last tap: copied, refused, or nothing tried yet. */
  copied: boolean | undefined;
  /** Whether the checked result had an offer's text (answers alone have none to edit). */
  private hadOffer = false;
  private copiedText = false;
  private focusTarget: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
    // The host's own styles were adopted when it first rendered; these arrive with this module.
    const root = host.renderRoot;
    const sheet = consultStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  hostUpdated(): void {
    if (!this.focusTarget) return;
    this.host.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
    this.focusTarget = undefined;
  }

  /** Opens the preview for `channel` with the checked offer's text; focus moves to the preview's heading. */
  start(channel: ConsultChannel, offer: string): void {
    this.open = channel;
    this.offer = offer;
    this.hadOffer = !!offer.trim();
    this.copied = undefined;
    this.focusTarget = '#consult-preview';
    this.host.requestUpdate();
  }

  /** Closes the preview; focus returns to the button that opened it. */
  cancel(): void {
    const kind = this.open?.kind;
    this.open = undefined;
    this.focusTarget = kind ? `[data-consult="${kind}"]` : undefined;
    this.host.requestUpdate();
  }

  /**
   * Empties the clipboard when this element filled it, then forgets the preview (on `safe-exit`):
   * the message may name the offer and the person's worries.
   */
  wipe(): void {
    if (this.copiedText) navigator.clipboard?.writeText('').catch(() => undefined);
    this.copiedText = false;
    this.reset();
  }

  /** Forgets the preview and the edited text; what was copied stays, for the person to paste. */
  reset(): void {
    this.open = undefined;
    this.offer = '';
    this.copied = undefined;
    this.host.requestUpdate();
  }

  /** Puts the message on the clipboard, for an app that cannot take it in a link; the link still opens. */
  async copy(message: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(message);
      this.copied = this.copiedText = true;
    } catch {
      this.copied = false;
    }
    this.host.requestUpdate();
  }

  /**
   * "Ask a counsellor" for a result: a button per consultant, or the open preview with exactly
   * what will be sent. Renders nothing when the site named no usable consultant.
   */
  render(channels: readonly ConsultChannel[], result: OfferCheckResult, offer: string): TemplateResult | typeof nothing {
    if (channels.length === 0) return nothing;
    const open = this.open && channels.find((c) => c.kind === this.open!.kind && c.address === this.open!.address);
    return html`<section part="consult" class="consult" aria-labelledby="consult-heading">
      <h3 id="consult-heading">${msg('Ask a counsellor about this offer')}</h3>
      ${open ? this.renderPreview(open, result) : this.renderChoice(channels, offer)}
    </section>`;
  }

  private renderChoice(channels: readonly ConsultChannel[], offer: string): TemplateResult {
    return html`<p>${msg('A counsellor can look at this offer with you. You will see the whole message before anything is sent.')}</p>
      <div class="consult-actions">
        ${channels.map(
          (channel) =>
            html`<button part="consult-button" class="consult-button" type="button" data-consult=${channel.kind} @click=${() => this.start(channel, offer)}>
              ${askText(channel)}
            </button>`,
        )}
      </div>`;
  }

  private renderPreview(channel: ConsultChannel, result: OfferCheckResult): TemplateResult {
    const message = consultMessage(result, this.offer);
    const link = consultLink(channel, message, msg('A question about a job offer'));
    const copies = !link.prefilled;
    const go = goText(channel.kind, copies);
    const web = link.href.startsWith('https:');
    return html`<div class="consult-preview">
      <h4 id="consult-preview" tabindex="-1">${msg('Check the message before you send it')}</h4>
      ${this.hadOffer
        ? html`<label for="consult-offer">${msg('The offer’s text. You can change it, for example to leave out names and numbers.')}</label>
            <textarea
              id="consult-offer"
              part="consult-offer"
              rows="5"
              spellcheck="false"
              autocomplete="off"
              .value=${this.offer}
              @input=${(e: Event) => {
                this.offer = (e.target as HTMLTextAreaElement).value;
                this.host.requestUpdate();
              }}
            ></textarea>
            <button
              type="button"
              class="consult-secondary"
              ?disabled=${!this.offer.trim()}
              @click=${() => {
                this.offer = '';
                this.host.requestUpdate();
              }}
            >
              ${msg('Leave out the offer’s text')}
            </button>`
        : nothing}
      <p id="consult-what">${wholeNumbers(msg(str`This is the whole message for ${channel.label}. Nothing is sent until you tap the link below, and then only from your own app.`))}</p>
      <pre part="consult-message" class="consult-message" id="consult-message" translate="no">${wholeNumbers(message)}</pre>
      ${copies
        ? html`<p>
            ${channel.kind === 'telegram'
              ? msg('Telegram cannot fill in the message. When you tap the link, the message is copied: paste it into the chat.')
              : msg('This message is too long for a link. When you tap the link, it is copied: paste it in yourself.')}
          </p>`
        : nothing}
      <div class="consult-actions">
        <a
          part="consult-link"
          class="consult-link"
          href=${link.href}
          target=${web ? '_blank' : nothing}
          rel="noopener noreferrer"
          aria-describedby="consult-what"
          @click=${() => (copies ? void this.copy(message) : undefined)}
          >${go}</a
        >
        <button type="button" class="consult-secondary" @click=${() => this.cancel()}>${msg('Cancel')}</button>
      </div>
      <p role="status">
        ${this.copied === true ? msg('The message is copied. Now paste it.') : this.copied === false ? msg('Could not copy. Select the message above and copy it.') : ''}
      </p>
      <p class="consult-trace">${msg('The message stays in your chat or sent mail: delete it there if someone else may see your phone.')}</p>
    </div>`;
  }
}

/**
 * Keeps each phone number in a text on one line; the text itself stays as it is. (The message is
 * `translate="no"`: a browser's page translation must not change what the person reads into
 * something other than what is sent.)
 */
function wholeNumbers(text: string) {
  return text.split(/(\+?\d[\d ()-]*\d)/).map((part, i) => (i % 2 ? html`<span class="consult-address">${part}</span>` : part));
}

/** The last link's words: whole sentences per app, so that each language can inflect its own. */
function goText(kind: ConsultKind, copies: boolean): string {
  if (kind === 'telegram') return msg('Copy the message and open Telegram');
  if (kind === 'whatsapp') return copies ? msg('Copy the message and open WhatsApp') : msg('Open WhatsApp with this message');
  return copies ? msg('Copy the message and open your e-mail') : msg('Open your e-mail with this message');
}

function askText(channel: ConsultChannel) {
  // The address is one unit: a number or address never wraps inside.
  const address = html`<span class="consult-address">${channel.label}</span>`;
  switch (channel.kind) {
    case 'telegram':
      return html`${msg('Ask on Telegram')} ${address}`;
    case 'whatsapp':
      return html`${msg('Ask on WhatsApp')} ${address}`;
    case 'email':
      return html`${msg('Ask by e-mail')} ${address}`;
  }
}

/** The hand-off's looks, the same in the checker and in the badge's explanation. */
export const consultStyles = css`
  .consult {
    margin-block: var(--_space);
    padding: 0 var(--_space) calc(var(--_space) / 2);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .consult h4 {
    margin-block: var(--_space) calc(var(--_space) / 2);
    font-size: 1rem;
  }

  .consult-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block: calc(var(--_space) / 2);
  }

  .consult-button,
  .consult-link,
  .consult-secondary {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0 0.4em;
    min-block-size: 44px;
    min-inline-size: 44px;
    box-sizing: border-box;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }

  .consult-secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_text);
  }

  .consult-secondary:disabled {
    opacity: 0.6;
    cursor: default;
  }

  .consult-address {
    white-space: nowrap;
    font-weight: 400;
  }

  .consult label {
    display: block;
    font-weight: 700;
  }

  .consult textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    margin-block: 0.25rem 0.5rem;
    padding: 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }

  /* Never a scrolling box: the whole message shows, as it will be sent. */
  .consult-message {
    margin: 0 0 calc(var(--_space) / 2);
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_raised);
    font: inherit;
    white-space: pre-wrap;
  }

  .consult-trace {
    color: var(--_muted);
  }

  .consult :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
  }

  .consult [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
`;
