/**
 * Loads the finder's later screens (later-screens.ts) after its first render, once per page, and
 * makes a control reached before they have arrived say "Loading…" and work once they have.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type * as LaterScreensModule from './later-screens.js';
import { loadMessagesOf, loadOnce } from '../localization.js';

/** The lists of choices, "More choices", the empty view, print and share, and the suggested country. */
export type LaterScreens = typeof LaterScreensModule;

/**
 * Fetches the later screens with their words in the page's language (their own part of the
 * translation, scripts/split-locales.ts); a failed fetch (a dropped connection) is tried again on
 * the next call.
 */
export const loadLaterScreens: () => Promise<LaterScreens> = loadOnce(() =>
  Promise.all([import('./later-screens.js'), loadMessagesOf('hotline-finder-later')]).then(([screens]) => screens),
);

/** One finder's later screens: loaded once, and waited for by a control reached before they came. */
export class LaterScreensLoad implements ReactiveController {
  /** The later screens, once loaded. */
  screens: LaterScreens | undefined;
  /** A control was reached before they came and they are on their way, or their fetch failed then. */
  private wait: 'loading' | 'failed' | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fetches the later screens now, once per page; rejects when they could not be fetched. */
  async load(): Promise<LaterScreens> {
    const screens = await loadLaterScreens();
    if (!this.screens) {
      this.screens = screens;
      this.host.requestUpdate();
    }
    return screens;
  }

  /**
   * A person reached for a control that needs the later screens: until they have come it says
   * "Loading…"; if they cannot be fetched, that it did not work, with "Try again".
   */
  readonly want = (): void => {
    if (this.screens || this.wait === 'loading') return;
    this.show('loading');
    this.load().then(
      () => this.show(undefined),
      (error: unknown) => {
        console.error('<safe-hotline-finder> could not load its choices', error);
        this.show('failed');
      },
    );
  };

  /** What the finder says while a control waits for the later screens, or after their fetch failed; '' when nothing waits. */
  waitText(): string {
    return this.wait === 'loading' ? msg('Loading…') : this.wait === 'failed' ? msg('This did not work. Check your internet connection and try again.') : '';
  }

  /** "Try again", after their fetch failed. */
  renderRetry(): TemplateResult | typeof nothing {
    return this.wait === 'failed' ? html`<button part="retry-button" class="more" type="button" @click=${this.want}>${msg('Try again')}</button>` : nothing;
  }

  private show(wait: 'loading' | 'failed' | undefined): void {
    this.wait = wait;
    this.host.requestUpdate();
  }
}
