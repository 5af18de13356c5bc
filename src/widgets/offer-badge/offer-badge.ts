import { html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { maxOfferLength } from '../../sdk/offer-check/limits.js';
import { offerLanguages } from '../../sdk/offer-check/types.js';
import type { AdviceCode, OfferCheckResult, OfferFlag, OfferLanguage, OfferLevel } from '../../sdk/offer-check/types.js';
import { SafeElement } from '../shared/safe-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { textAttribute, webAddress } from '../shared/attribute-values.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { loadOfferEngine, offerEngine, prepareRulesWhenIdle, resultWords } from '../shared/prepare-rules.js';
import { matchLocale } from '../localization.js';
import { levelLabel } from '../shared/level-label.js';
import { requestCheck, unwatchVisibility, watchVisibility } from './lazy-check.js';
import { SafeOfferCheckedEvent } from '../shared/offer-checked-event.js';
import { ConsultAttributes } from '../shared/consult-channels.js';
import { styles } from './offer-badge.styles.js';

export { SafeOfferCheckedEvent } from '../shared/offer-checked-event.js';

const levels: readonly OfferLevel[] = ['low', 'medium', 'high'];
/**
 * Whether the browser closes a `closedby="any"` dialog on a click outside it. Where it does, the
 * dialog has no click listener of its own: Chromium exposes every element inside one as
 * "clickable", and Orca read the explanation's heading as "… clickable".
 */
const lightDismiss = typeof HTMLDialogElement !== 'undefined' && 'closedBy' in HTMLDialogElement.prototype;
/** At most this many evidence snippets are quoted per flag: enough to find them in the offer. */
const MAX_QUOTES = 3;
/** What a low result advises: the few checks that catch most bad offers, found signs or not. */
const lowAdvice: readonly AdviceCode[] = ['ask-written-contract', 'never-pay-fees', 'keep-your-passport'];

/** The icon of each level: a different shape for each (circle, triangle, filled octagon), so the level never rests on colour alone. */
const icons: Record<OfferLevel, ReturnType<typeof svg>> = {
  low: svg`<circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 10.5v6.5" stroke="currentColor" stroke-width="2.25" stroke-linecap="round"/><circle cx="12" cy="7.25" r="1.4" fill="currentColor"/>`,
  medium: svg`<path d="M12 2.75 22 20.5H2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 9v5.5" stroke="currentColor" stroke-width="2.25" stroke-linecap="round"/><circle cx="12" cy="17.25" r="1.4" fill="currentColor"/>`,
  high: svg`<path d="M7.5 1.5h9l6 6v9l-6 6h-9l-6-6v-9z" fill="currentColor"/><path class="knockout" d="M12 6.5v7" stroke-width="2.5" stroke-linecap="round"/><circle class="knockout" cx="12" cy="17" r="1.5"/>`,
};

/**
 * A compact warning beside a job listing: it checks the offer's text with the SDK's red-flag engine
 * and shows "Warning signs" (high), "Check carefully" (medium) or a quiet "No clear warning signs"
 * (low), each with its own icon shape. Pressing it opens a dialog that explains each sign in plain
 * words, quotes where the offer shows it, and says what to do.
 *
 * The text comes from the `text` property, or else from the `textContent` of the element whose id
 * is in `for` (looked up in the badge's own document or shadow root); the badge checks again when
 * either changes. Nothing leaves the page: the check runs here, and the `safe-offer-checked` event
 * carries the level and flag ids only.
 *
 * It is cheap on a page with many badges: each badge checks only when it is on screen (or within
 * 200px of it), a few per task, with the rules compiled once for the whole page. The engine and
 * its rules load after the badge's first render (in idle time, or at once when a badge with a text
 * comes into view); until then the badge is pending (`engineReady` resolves when they are there). Its box has the
 * same size before and after the check (the space of the longest label is kept from the start), so
 * a listing never jumps.
 *
 * A low result is shown, quietly and without colour, rather than hidden: an empty space would read
 * as "not checked", and the words never say "safe". A site that prefers nothing for low results
 * hides it with `safe-offer-badge[level='low'] { visibility: hidden; }`, which keeps the space.
 *
 * When the site names a counsellor (`consult-telegram`, `consult-whatsapp`, `consult-email`), the
 * explanation offers to ask them about the offer: the person sees the whole message first, may
 * change or leave out the offer's text, and their own app sends it (the badge sends nothing).
 *
 * On `safe-exit` (from any `<safe-exit-button>`) it closes, forgets the text and the result, and
 * stays empty until the site sets `text` or `for` again.
 *
 * @summary A warning badge beside a job offer that explains what looks risky and what to do.
 *
 * @attribute lang - The language to show (`ru`, `kk`, `ky`, `uz`, `uz-Cyrl`, `tg`, `tk`, `en`); when absent, the nearest ancestor's `lang`, then the browser's languages decide. One the widgets do not speak (say `de`) is reported, and `<html lang>` or the browser's languages decide. The offer's own language is `offer-lang`.
 * @attribute level - Set by the badge after a check (`low`, `medium`, `high`) and removed when there is no result; read it for styling, never set it: a value set by the page is put back at once (and reported).
 *
 * @csspart base - The wrapper of everything the badge shows; it carries the shadow content's `lang`.
 * @csspart badge - The button that shows the level and opens the explanation.
 * @csspart icon - The level's icon in the badge.
 * @csspart label - The level's words in the badge.
 * @csspart dialog - The explanation, a modal dialog.
 * @csspart title - The explanation's heading.
 * @csspart flags - The list of signs found.
 * @csspart evidence - The words quoted from the offer for one sign.
 * @csspart advice - The list of what to do.
 * @csspart help-link - The link to the site's help page, shown with `help-href`.
 * @csspart close-button - The button that closes the explanation.
 * @csspart consult - "Ask a counsellor about this offer" in the explanation, shown with `consult-telegram`, `consult-whatsapp` or `consult-email`.
 * @csspart consult-button - The button that opens the message for one counsellor.
 * @csspart consult-offer - The box where the person edits the offer's text in the message, or empties it.
 * @csspart consult-message - The whole message, exactly as it will be sent.
 * @csspart consult-link - The link that opens the counsellor's chat or e-mail: with the message in it (WhatsApp, e-mail), or after copying it (Telegram, or a message too long for a link).
 * @csspart locale-picker - The language picker inside the explanation, shown with `show-locale-picker`.
 *
 * @cssproperty --safe-color-surface - The explanation's background, the low badge's background and the high badge's text (global).
 * @cssproperty --safe-color-text - The explanation's text and the low badge's; the medium amber is mixed from it (global).
 * @cssproperty --safe-color-accent - The help link (global).
 * @cssproperty --safe-color-danger - The high badge's background (global).
 * @cssproperty --safe-color-focus - The focus ring (global).
 * @cssproperty --safe-radius - Corner radius (global).
 * @cssproperty --safe-space-m - The explanation's spacing (global).
 * @cssproperty --safe-font-family - The font (global).
 * @cssproperty --safe-offer-badge-font-size - The badge's font size; the explanation uses the page's.
 * @cssproperty --safe-offer-badge-high-background - The background of a high badge, when it must differ from `--safe-color-danger`.
 * @cssproperty --safe-offer-badge-high-color - The text colour of a high badge, when it must differ from `--safe-color-surface`.
 * @cssproperty --safe-offer-badge-medium-background - The background of a medium badge; by default the medium amber mixed with `--safe-color-surface`.
 * @cssproperty --safe-offer-badge-medium-color - The text and border colour of a medium badge; by default an amber mixed with `--safe-color-text`.
 * @cssproperty --safe-offer-badge-low-color - The text and border colour of a low badge, when it must differ from `--safe-color-text`.
 *
 * @event {SafeOfferCheckedEvent} safe-offer-checked - After each check of a new or changed text, with `level` and `flagIds` only.
 * @event {SafeErrorEvent} safe-error - When an attribute holds a value the badge cannot use (a `for` that names no element, an unknown `offer-lang`, a `help-href` that is not a web address, a `consult-*` value that is not that kind of address, a `level` set by the page); the badge falls back as each attribute says.
 */
@customElement('safe-offer-badge')
@localized()
export class SafeOfferBadge extends SafeElement {
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles];

  /**
   * The offer's text, set as a property (there is no attribute: a listing's text belongs in the
   * page, not in an attribute). When it is not empty it is used instead of `for`. Texts longer than
   * the SDK's `maxOfferLength` are checked up to that length.
   */
  @property({ attribute: false }) text = '';

  /**
   * The id of the element that holds the offer, as in `<label for>` (attribute: `for`); its
   * `textContent` is checked, and checked again when it changes. The element is looked up in the
   * badge's own document or shadow root when the badge comes into view; if the site replaces it with
   * a new one, set `for` again. While no element has that id, the badge shows no level.
   */
  @property({ attribute: 'for', converter: textAttribute }) htmlFor = '';

  /**
   * The language the offer is written in (attribute: `offer-lang`), such as `ru`, `kk`, `uz-Cyrl`;
   * when absent or not one the rules know, the engine detects it. Every rule runs either way.
   */
  @property({ attribute: 'offer-lang', converter: textAttribute }) offerLang = '';

  /**
   * A page of the site where a person can get help or check an offer in detail (attribute:
   * `help-href`), linked from the explanation; only `http:` and `https:` addresses (or relative
   * ones) are used, and the link is left out for any other value. The badge looks up no hotlines itself.
   */
  @property({ attribute: 'help-href', converter: textAttribute }) helpHref = '';

  /**
   * A counsellor's Telegram username (`ngo_consult`, `@ngo_consult` or `https://t.me/ngo_consult`)
   * (attribute: `consult-telegram`): the explanation offers to ask them. Telegram cannot take the
   * message in a link, so it is copied when the person taps, and the chat opens. Any other value is
   * reported and nothing is offered.
   */
  @property({ attribute: 'consult-telegram', converter: textAttribute }) consultTelegram = '';

  /**
   * A counsellor's WhatsApp number in international form, such as `+996 555 123 456` (attribute:
   * `consult-whatsapp`): the explanation offers a chat with the message filled in. A number without
   * `+` and its country code is reported and nothing is offered.
   */
  @property({ attribute: 'consult-whatsapp', converter: textAttribute }) consultWhatsapp = '';

  /**
   * A counsellor's e-mail address (attribute: `consult-email`): the explanation offers an e-mail
   * with the subject and the message filled in. Any other value is reported and nothing is offered.
   */
  @property({ attribute: 'consult-email', converter: textAttribute }) consultEmail = '';

  @state() private result: OfferCheckResult | undefined;
  /** The `consult-*` attributes, and "Ask a counsellor" once loaded (only when the site names a usable counsellor). */
  private readonly counsellors = new ConsultAttributes(this, (attribute, value, usable, expected) =>
    this.checkAttribute(attribute, value, usable, expected, 'no counsellor is offered for it'),
  );
  @state() private open = false;
  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('[part="badge"]') private badge!: HTMLButtonElement | null;

  /** The text and language of the last check, so an unchanged text is not checked twice. */
  private checked: { text: string; lang: OfferLanguage | undefined } | undefined;
  private dirty = true;
  private wiped = false;
  /** Set while a check waits for the engine, which loads after the first screen; the badge stays pending meanwhile. */
  private waitingForEngine = false;
  private observedTarget: Element | undefined;
  private targetObserver: MutationObserver | undefined;

  /** The level of the last check, or `undefined` before a check, for an empty text, or after `safe-exit`. */
  get level(): OfferLevel | undefined {
    return this.result?.level;
  }

  /**
   * Resolves once the offer-check engine and its rules have loaded, fetching them now if the
   * badge has not yet done so (it asks for them in idle time after its first render, or when it
   * first comes into view with a text to check). Until then the badge is pending; it checks as
   * soon as they arrive.
   */
  get engineReady(): Promise<void> {
    return loadOfferEngine().then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('safe-exit', this.onExit);
    this.dirty = true;
    watchVisibility(this);
    // Once the badge speaks the page's language, so as not to share a slow line with its messages.
    // A failed load leaves the badge pending; it tries again when it next has something to check.
    void this.afterLocale(prepareRulesWhenIdle).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('safe-exit', this.onExit);
    unwatchVisibility(this);
    this.observeTarget(undefined);
    this.closeExplanation(false);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'level'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'level') {
      super.attributeChangedCallback(name, old, value);
      return;
    }
    // `level` is the badge's own output: a value from the page would show a level no check found.
    const own = this.result?.level ?? null;
    if (value === own) return;
    if (value !== null) this.reportAttribute('level', value, 'for the page to set (the badge sets it after a check)', own ? `it is set back to "${own}"` : 'it is removed');
    if (own) this.setAttribute('level', own);
    else this.removeAttribute('level');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('offerLang')) {
      const value = this.offerLang.trim();
      this.checkAttribute('offer-lang', this.offerLang, !value || !!this.offerLanguage(), `a language the rules know (${offerLanguages.join(', ')})`, 'the language is detected instead');
    }
    if (changed.has('helpHref')) {
      this.checkAttribute('help-href', this.helpHref, !!webAddress(this.helpHref), 'an http: or https: address', 'the help link is left out');
    }
    this.counsellors.update(changed);
    if (changed.has('text') || changed.has('htmlFor') || changed.has('offerLang')) {
      // wipe() empties `text`; only a new text or a new `for` from the site brings the badge back.
      if ((changed.has('text') && this.text !== '') || changed.has('htmlFor')) this.wiped = false;
      this.dirty = true;
      requestCheck(this);
    }
  }

  /**
   * Checks the text if it is new or changed since the last check. Called by the visibility queue,
   * never while the badge is off screen.
   * @internal
   */
  runCheck(): void {
    if (!this.isConnected || this.wiped || !this.dirty) return;
    const engine = offerEngine();
    if (!engine) {
      this.waitForEngine();
      return;
    }
    this.dirty = false;
    const text = this.readText().slice(0, maxOfferLength);
    const lang = this.offerLanguage();
    if (this.checked && this.checked.text === text && this.checked.lang === lang) return;
    this.checked = { text, lang };
    if (!text.trim()) {
      this.showResult(undefined);
      return;
    }
    let result: OfferCheckResult;
    try {
      result = engine.checkOffer(text, lang ? { lang } : undefined);
    } catch (error) {
      console.error('<safe-offer-badge> could not check the offer', error);
      this.showResult(undefined);
      return;
    }
    this.showResult(result);
    const checked = new SafeOfferCheckedEvent(result.level, result.flags.map((f) => f.id));
    this.dispatchEvent(checked);
  }

  /** Fetches the engine (now: the badge is in view with a text to check) and checks once it is there. */
  private waitForEngine(): void {
    if (this.waitingForEngine) return;
    this.waitingForEngine = true;
    loadOfferEngine().then(
      () => {
        this.waitingForEngine = false;
        requestCheck(this);
      },
      (error: unknown) => {
        this.waitingForEngine = false;
        console.error('<safe-offer-badge> could not load the offer check', error);
      },
    );
  }

  /** Opens the explanation, when there is a result; focus moves to its heading. */
  async show(): Promise<void> {
    if (!this.result || this.dialog?.open) return;
    this.open = true;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!this.open || !dialog || !dialog.isConnected) return;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
  }

  /** Closes the explanation; focus returns to the badge. */
  close(): void {
    this.closeExplanation(true);
  }

  /**
   * Every way of closing comes here (Close, Escape, the backdrop, the help link, `safe-exit`), and
   * the state changes at once: the dialog's own `close` event waits for the next frame.
   */
  private closeExplanation(returnFocus: boolean): void {
    if (this.dialog?.open) this.dialog.close();
    if (!this.open) return;
    this.open = false;
    this.counsellors.controller?.reset();
    if (returnFocus && this.result) this.badge?.focus();
  }

  /** Closes the explanation, forgets the text and the result, and empties the clipboard if the badge put a message for a counsellor there; the badge is then empty. */
  wipe(): void {
    this.wiped = true;
    this.counsellors.controller?.wipe();
    this.closeExplanation(false);
    this.text = '';
    this.checked = undefined;
    this.observeTarget(undefined);
    this.showResult(undefined);
  }

  private readonly onExit = (): void => {
    // Wipe even when a listener cancelled the exit: the site may be running its own exit.
    this.wipe();
  };

  private readText(): string {
    if (this.text) {
      this.observeTarget(undefined);
      return this.text;
    }
    const id = this.htmlFor.trim();
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = id && typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    this.observeTarget(target ?? undefined);
    this.checkAttribute('for', this.htmlFor, !!target, "the id of an element in the badge's document", 'the badge shows no level until there is one');
    return target?.textContent ?? '';
  }

  /** Watches the `for` element's text, so a changed listing is checked again. */
  private observeTarget(target: Element | undefined): void {
    if (target === this.observedTarget) return;
    this.targetObserver?.disconnect();
    this.observedTarget = target;
    if (!target) return;
    this.targetObserver ??= new MutationObserver(() => {
      this.dirty = true;
      requestCheck(this);
    });
    this.targetObserver.observe(target, { characterData: true, childList: true, subtree: true });
  }

  /** `offer-lang` as a language the rules know, or `undefined` (the engine then detects it). */
  private offerLanguage(): OfferLanguage | undefined {
    const value = this.offerLang.trim();
    if (!value) return undefined;
    const matched = matchLocale(value);
    return offerLanguages.find((lang) => lang === matched);
  }

  /** `help-href` as an http(s) address, or `undefined` when empty or any other scheme. */
  private get helpUrl(): string | undefined {
    return this.helpHref.trim() ? webAddress(this.helpHref) : undefined;
  }

  private showResult(result: OfferCheckResult | undefined): void {
    this.result = result;
    if (result) this.setAttribute('level', result.level);
    else this.removeAttribute('level');
    if (!result) this.closeExplanation(false);
  }

  /** Escape closes through `closeExplanation`, not the browser's cancel, so focus and state change together. */
  private readonly onDialogKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close();
  };

  /** The dialog closed some other way (a browser's own close request): keep the state in step. */
  private readonly onDialogClose = (): void => {
    // A late event from a close that closeExplanation already handled, perhaps reopened since.
    if (this.dialog?.open) return;
    this.closeExplanation(true);
  };

  /** Where the browser has no light dismiss (`closedby`): a click on the backdrop (the dialog element itself, outside its content) closes it. */
  private readonly onDialogClick = (event: MouseEvent): void => {
    if (event.target === this.dialog) this.close();
  };

  /** Leaving for the help page (perhaps an anchor in this page) closes the dialog first. */
  private readonly onHelpClick = (): void => {
    this.closeExplanation(false);
  };

  override render() {
    const level = this.result?.level;
    return html`<span part="base" lang=${this.renderLocale}>
      <button
        part="badge"
        type="button"
        class=${level ? `badge ${level}` : 'badge pending'}
        aria-haspopup="dialog"
        ?disabled=${!level}
        @click=${() => void this.show()}
      >
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${level ? icons[level] : nothing}</svg>
        <span class="visually-hidden">${msg('Job offer check:')} </span>
        <span class="labels">
          ${levels.map((l) => html`<span class="sizer" aria-hidden="true">${levelLabel(l)}</span>`)}
          <span part="label" class="label">${level ? levelLabel(level) : nothing}</span>
        </span>
      </button>
      <dialog
        part="dialog"
        aria-modal=${this.open ? 'true' : nothing}
        aria-labelledby=${this.open ? 'title' : nothing}
        aria-describedby=${this.open ? 'intro' : nothing}
        closedby="any"
        @close=${this.onDialogClose}
        @keydown=${this.onDialogKeydown}
        @click=${lightDismiss ? nothing : this.onDialogClick}
      >
        ${this.open && this.result ? this.renderExplanation(this.result) : nothing}
      </dialog>
    </span>`;
  }

  private renderExplanation(result: OfferCheckResult) {
    const quoteLang = result.language === 'und' ? nothing : result.language;
    const advice = result.level === 'low' ? [...new Set([...result.advice, ...lowAdvice])] : result.advice;
    const help = this.helpUrl;
    return html`<div class="panel">
      ${this.renderLocalePicker()}
      <h2 part="title" id="title" tabindex="-1">${this.titleFor(result.level)}</h2>
      <p id="intro">${this.introFor(result.level)}</p>
      ${result.flags.length > 0
        ? html`<h3>${result.level === 'low' ? msg('Worth asking about') : msg('Signs found')}</h3>
            <ul part="flags" class="flags">
              ${result.flags.map((flag) => this.renderFlag(flag, quoteLang))}
            </ul>`
        : nothing}
      <h3>${result.level === 'low' ? msg('Before you agree to any job') : msg('What to do')}</h3>
      <ul part="advice" class="advice">
        ${advice.map((code) => html`<li>${resultWords().adviceText(code)}</li>`)}
      </ul>
      ${this.counsellors.controller?.render(this.counsellors.channels, result, this.checked?.text ?? '')}
      ${help ? html`<p><a part="help-link" href=${help} @click=${this.onHelpClick}>${msg('Where to get help')}</a></p>` : nothing}
      <p class="privacy">${msg('Checked on this device. The text was not sent anywhere.')}</p>
      <button part="close-button" type="button" class="close" @click=${() => this.close()}>${msg('Close')}</button>
    </div>`;
  }

  private renderFlag(flag: OfferFlag, quoteLang: string | typeof nothing) {
    const quotes = flag.evidence.slice(0, MAX_QUOTES);
    return html`<li>
      <strong>${resultWords().flagTitle(flag.id)}</strong>
      <span>${resultWords().flagExplanation(flag.id)}</span>
      ${quotes.length > 0
        ? html`<span part="evidence" class="evidence"
            >${msg('In the offer:')}
            ${quotes.map((q, i) => {
              // In a combined flag each quote says what part it plays ("Hostess" is the job, not the pay).
              const label = resultWords().evidenceLabel(q.signal);
              return html`${i > 0 ? ' · ' : ''}<q lang=${quoteLang}>${q.text}</q>${label ? ` (${label})` : ''}`;
            })}</span
          >`
        : nothing}
    </li>`;
  }

  private titleFor(level: OfferLevel): string {
    switch (level) {
      case 'high':
        return msg('Warning signs in this job offer');
      case 'medium':
        return msg('Check this job offer carefully');
      case 'low':
        return msg('No clear warning signs in this job offer');
    }
  }

  private introFor(level: OfferLevel): string {
    switch (level) {
      case 'high':
        return msg('This offer has several signs that often go with trafficking and forced labour. It does not prove anything, but do not agree before you have checked.');
      case 'medium':
        return msg('This offer has some signs that need checking before you agree.');
      case 'low':
        return msg('This check found no clear warning signs in the text. That does not prove the job is safe.');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-offer-badge': SafeOfferBadge;
  }
}
