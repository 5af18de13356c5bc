import { html } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { SafeElement } from '../shared/safe-element.js';
import { textAttribute, webAddress } from '../shared/attribute-values.js';
import { exitNavigation } from './navigation.js';
import { styles } from './exit-button.styles.js';
import { baseStyles } from '../shared/base.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { defaultExitHref } from '../shared/exit-href.js';
import { stepEntriesAbovePage } from '../shared/step-history.js';

/** What started an exit. */
export type SafeExitTrigger = 'button' | 'shortcut' | 'api' | 'pageshow';

/**
 * Fired on the exit button when the page is being left, after the page is covered and before
 * navigation. It bubbles out of shadow roots to `window`, where other widgets wipe their state.
 * Cancel it (`preventDefault()`) to stay on the page; the cover is then removed. The repeat fired
 * when the page comes back from the back/forward cache (`trigger: 'pageshow'`) cannot be cancelled.
 */
export class SafeExitEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-exit';

  constructor(
    /** What started the exit. */
    readonly trigger: SafeExitTrigger,
    /** Where the page is going. */
    readonly href: string,
  ) {
    super(SafeExitEvent.eventName, { bubbles: true, composed: true, cancelable: trigger !== 'pageshow' });
  }
}

/** Shift presses needed to exit. */
const SHIFT_PRESSES = 3;

/** Below this width a floating button is a bar across the top of the page (the styles' media query says the same). */
const BAR_QUERY = '(max-width: 40em)';

/** Where the button goes when `href` is not set, or cannot be used: a neutral weather page. */
export { defaultExitHref };

/**
 * A button that leaves the page at once, for a person who may be watched. Pressing Shift three
 * times within five seconds does the same from anywhere on the page.
 *
 * On exit it covers the page in one frame, fires `safe-exit` (so the other widgets wipe what was
 * typed), then replaces the current history entry with `href`, so Back does not come back here
 * (going back first, under the cover, past the entries the report form added for its steps). If
 * the browser restores the page from its back/forward cache, the page stays covered and wiped.
 * It cannot erase browser history, cached pages or the address bar's suggestions: see
 * docs/exit-button.md.
 *
 * @summary Leave the page instantly: a button, or Shift pressed three times.
 *
 * @attribute lang - The language to show (`ru`, `kk`, `ky`, `uz`, `uz-Cyrl`, `tg`, `tk`, `en`); when absent, the nearest ancestor's `lang`, then the browser's languages decide. One the widgets do not speak (say `de`) is reported, and `<html lang>` or the browser's languages decide.
 *
 * @slot - The button's text, when the site wants other words than the localised "Exit this page". A
 *   link instead (`<a href="https://www.google.com/">Leave this page</a>`) is an exit that works
 *   before the script arrives, or without it; once the button shows (in the widget's language), the
 *   link is hidden and its address is used when `href` is not set.
 *
 * @csspart button - The exit button.
 * @csspart overlay - The cover shown over the whole page while it is being left.
 * @csspart locale-picker - The language picker, shown with `show-locale-picker`.
 * @csspart status - The visually hidden live region that announces Shift presses.
 *
 * @cssproperty --safe-color-danger - The button's background (global); see `--safe-exit-button-background`.
 * @cssproperty --safe-color-surface - The button's text and the cover shown while leaving (global); see `--safe-exit-button-color` and `--safe-exit-overlay-background`.
 * @cssproperty --safe-color-text - The language picker's text (global).
 * @cssproperty --safe-color-focus - The focus ring (global).
 * @cssproperty --safe-radius - The button's corners (global).
 * @cssproperty --safe-space-m - The space under the language picker (global).
 * @cssproperty --safe-font-family - The font (global).
 * @cssproperty --safe-exit-button-background - The button's background, when it must differ from `--safe-color-danger`.
 * @cssproperty --safe-exit-button-color - The button's text colour, when it must differ from `--safe-color-surface`; keep 4.5:1 against the background.
 * @cssproperty --safe-exit-button-font-size - The button's font size.
 * @cssproperty --safe-exit-button-inset - Distance from the top and end edges when `position="fixed"`; on a screen narrower than 40em, the padding around the button in its bar.
 * @cssproperty --safe-exit-button-z-index - Stacking order when `position="fixed"`.
 * @cssproperty --safe-exit-overlay-background - The cover shown while leaving, when it must differ from `--safe-color-surface`.
 *
 * @event {SafeExitEvent} safe-exit - When the page is being left, before navigation; cancelable.
 * @event {SafeErrorEvent} safe-error - When an attribute holds a value the button cannot use (say `href="javascript:…"`); the button uses its default and keeps working.
 */
@customElement('safe-exit-button')
@localized()
export class SafeExitButton extends SafeElement {
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles];

  /**
   * Where the button takes the person: a neutral page that looks ordinary in a browser history. Only
   * an `http:` or `https:` address is used (a relative one resolves against the page); when empty, or
   * any other value (such as `javascript:`), the default weather page is used.
   */
  @property({ attribute: 'href', converter: textAttribute }) href = defaultExitHref;

  /**
   * `inline` sits where it is placed; `fixed` floats at the top end corner of the window, and on a
   * screen narrower than 40em is a bar across the top for which the page is moved down, so that it
   * covers nothing. Any other value counts as `inline`.
   */
  @property({ attribute: 'position', converter: textAttribute, reflect: true }) position: 'inline' | 'fixed' = 'inline';

  /** Turns off the Shift-three-times shortcut, for pages that already give Shift another meaning. */
  @property({ attribute: 'no-shortcut', type: Boolean }) noShortcut = false;

  /**
   * How long, in milliseconds, the three Shift presses may take, counted from the first. GOV.UK
   * tested five seconds with users; change it only for tests.
   */
  @property({ attribute: false }) shortcutWindow = 5000;

  @state() private announcement = '';
  @query('[part="overlay"]') private overlay!: HTMLElement;

  private shiftCount = 0;
  private shiftHeld = false;
  private otherKeyWithShift = false;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  private exited = false;
  private exitedTo = defaultExitHref;
  private barObserver: ResizeObserver | undefined;
  /** The page's own top padding and scroll padding, kept while the bar's room is added to them. */
  private pageTop: [padding: string, scrollPadding: string, base: number] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('pageshow', this.onPageShow);
    // The button's size changes whenever the bar comes or goes (the screen's width, \`position\`, the
    // language), so one observer keeps the page's room right.
    this.barObserver = new ResizeObserver(this.reserveBar);
    this.barObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    window.removeEventListener('pageshow', this.onPageShow);
    this.barObserver?.disconnect();
    // No longer connected: gives the page back its own padding.
    this.reserveBar();
    this.resetShortcut();
  }

  protected override firstUpdated(): void {
    // At once, not at the observer's first call after the next frame: a widget may focus a heading before then.
    this.reserveBar();
  }

  /**
   * Whether the button is a bar across the top of a narrow screen (`position="fixed"` below 40em),
   * with the page moved down by the bar's height so that the bar covers nothing.
   */
  get isBar(): boolean {
    return this.position === 'fixed' && matchMedia(BAR_QUERY).matches;
  }

  /**
   * A fixed bar takes no room of its own: the page's top padding grows by its height, so that the
   * first heading starts under it, and so does its scroll padding, so that a heading a widget
   * focuses or scrolls to (the offer check's verdict) stops below it rather than under it.
   */
  private readonly reserveBar = (): void => {
    const root = document.documentElement.style;
    if (this.isConnected && this.isBar) {
      this.pageTop ??= [root.paddingTop, root.scrollPaddingTop, parseFloat(getComputedStyle(document.documentElement).paddingTop) || 0];
      const height = Math.ceil(this.getBoundingClientRect().height);
      root.paddingTop = `${this.pageTop[2] + height}px`;
      // A little room between the bar and a heading scrolled up to it.
      root.scrollPaddingTop = `${height + 8}px`;
    } else if (this.pageTop) {
      [root.paddingTop, root.scrollPaddingTop] = this.pageTop;
      this.pageTop = undefined;
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) {
      this.checkAttribute('href', this.href, !!webAddress(this.href), 'an http: or https: address', `the button leaves for ${defaultExitHref}`);
    }
    if (changed.has('position')) {
      const position = String(this.position);
      this.checkAttribute('position', position, position === 'inline' || position === 'fixed', '"inline" or "fixed"', 'the button stays inline');
    }
  }

  /**
   * The page's link for browsers without scripts (`<safe-exit-button><a href="…">Leave this page</a></safe-exit-button>`),
   * when it has one: the button then hides it and, without an `href` attribute, goes to its address.
   */
  private get fallbackLink(): HTMLAnchorElement | null {
    return this.querySelector(':scope > a[href]');
  }

  /** Where the page goes on exit: `href` as given when it is a web address, else the fallback link's address when it is one, else the default weather page. */
  get exitHref(): string {
    const link = this.fallbackLink;
    const value = (link && !this.hasAttribute('href') ? link.getAttribute('href')! : this.href).trim();
    return value && webAddress(value) ? value : defaultExitHref;
  }

  /**
   * Leaves the page now, as the button does: covers the page, fires `safe-exit`, then navigates.
   * Returns `false`, and leaves the page as it was, when a listener cancelled the event.
   */
  exit(trigger: SafeExitTrigger = 'api'): boolean {
    this.resetShortcut();
    this.cover();
    const href = this.exitHref;
    const event = new SafeExitEvent(trigger, href);
    if (!this.dispatchEvent(event)) {
      this.uncover();
      return false;
    }
    this.exited = true;
    this.exitedTo = href;
    this.leave(href);
    return true;
  }

  /**
   * Replaces the page's own history entry with `href`. When a step-by-step element (the report
   * form) has added entries for its steps, the page first goes back past them, under the cover, so
   * that Back from `href` does not return to the site.
   */
  private leave(href: string): void {
    const above = stepEntriesAbovePage();
    // The way out is fixed when the exit starts, even if the page changes it while history moves.
    const { replace } = exitNavigation;
    if (above === 0) {
      replace(href);
      return;
    }
    let left = false;
    const go = () => {
      if (left) return;
      left = true;
      window.removeEventListener('popstate', go);
      replace(href);
    };
    window.addEventListener('popstate', go);
    // A browser that never reports the traversal must still leave.
    setTimeout(go, 500);
    history.go(-above);
  }

  private cover(): void {
    const overlay = this.overlay;
    if (!overlay) return;
    if (typeof overlay.showPopover === 'function') {
      if (!overlay.matches(':popover-open')) overlay.showPopover();
    } else {
      overlay.classList.add('open');
    }
  }

  private uncover(): void {
    const overlay = this.overlay;
    if (!overlay) return;
    if (typeof overlay.hidePopover === 'function' && overlay.matches(':popover-open')) overlay.hidePopover();
    overlay.classList.remove('open');
  }

  /** Whether the whole page is covered right now. */
  get covered(): boolean {
    const overlay = this.overlay;
    return !!overlay && (overlay.classList.contains('open') || overlay.matches(':popover-open'));
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted || !this.exited) return;
    this.cover();
    const again = new SafeExitEvent('pageshow', this.exitedTo);
    this.dispatchEvent(again);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.noShortcut) return;
    if (event.key === 'Shift') {
      this.shiftHeld = true;
      this.otherKeyWithShift = false;
      return;
    }
    // Any other key ends a run of Shift presses: a typed capital letter is not a request to leave.
    if (this.shiftHeld) this.otherKeyWithShift = true;
    if (this.shiftCount > 0) this.resetShortcut();
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (this.noShortcut || event.key !== 'Shift') return;
    const counts = this.shiftHeld && !this.otherKeyWithShift;
    this.shiftHeld = false;
    this.otherKeyWithShift = false;
    if (!counts) return;
    this.shiftCount += 1;
    if (this.shiftCount >= SHIFT_PRESSES) {
      this.exit('shortcut');
      return;
    }
    if (this.shiftCount === 1) {
      this.resetTimer = setTimeout(() => {
        this.resetShortcut();
        this.announcement = msg('Exit shortcut cancelled.');
      }, this.shortcutWindow);
    }
    this.announcement =
      SHIFT_PRESSES - this.shiftCount === 2
        ? msg('Shift, press 2 more times to exit.')
        : msg('Shift, press 1 more time to exit.');
  };

  private resetShortcut(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = undefined;
    this.shiftCount = 0;
    this.announcement = '';
  }

  /** How many Shift presses have counted towards the shortcut so far. */
  get shortcutProgress(): number {
    return this.shiftCount;
  }

  private onClick(event: MouseEvent): void {
    event.preventDefault();
    this.exit('button');
  }

  override render() {
    // With a fallback link there is no slot, so the link is hidden once the button shows: one exit
    // control, never a link inside a button, and the button speaks the widget's language.
    return html`
      ${this.renderLocalePicker()}
      <button part="button" type="button" lang=${this.renderLocale} @click=${this.onClick}>
        ${this.fallbackLink ? msg('Exit this page') : html`<slot>${msg('Exit this page')}</slot>`}
      </button>
      <span part="status" class="visually-hidden" role="status" aria-live="polite" lang=${this.renderLocale}
        >${this.announcement}</span
      >
      <div part="overlay" popover="manual" aria-hidden="true"></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-exit-button': SafeExitButton;
  }
  interface GlobalEventHandlersEventMap {
    'safe-exit': SafeExitEvent;
  }
}
