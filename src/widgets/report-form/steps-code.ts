/**
 * Loads the form's later steps (later-steps.ts) after its first screen, once per page, and makes
 * a "Continue" pressed before they have arrived wait for them without losing an answer.
 */
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type * as LaterStepsModule from './later-steps.js';
import type { ReportClipboard } from './clipboard.js';
import { loadMessagesOf, loadOnce } from '../localization.js';

/** The steps after the first, the views after "Send report", and the checks by the report's rules. */
export type LaterSteps = typeof LaterStepsModule;

/**
 * Fetches the later steps with their words in the page's language (their own part of the
 * translation, scripts/split-locales.ts); a failed fetch (a dropped connection) is tried again on
 * the next call.
 */
export const loadLaterSteps: () => Promise<LaterSteps> = loadOnce(() =>
  Promise.all([import('./later-steps.js'), loadMessagesOf('report-form-steps')]).then(([steps]) => steps),
);

/** One form's later steps: loaded once, and waited for by "Continue" on the first step. */
export class LaterStepsLoad implements ReactiveController {
  /** The later steps, once loaded. */
  steps: LaterSteps | undefined;
  /** The clipboard the views after "Send report" copy with, made when the steps arrive. */
  clipboard: ReportClipboard | undefined;
  /** "Continue" is waiting for the later steps, or their fetch failed. */
  private wait: 'loading' | 'failed' | undefined;
  /** Counts wipes, so that a "Continue" waiting when the form was wiped does not move on. */
  private wipes = 0;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fetches the later steps now, once per page; rejects when they could not be fetched. */
  async load(): Promise<LaterSteps> {
    const steps = await loadLaterSteps();
    if (!this.steps) {
      this.steps = steps;
      this.clipboard = new steps.ReportClipboard(this.host);
      this.host.requestUpdate();
    }
    return steps;
  }

  /**
   * "Continue" was pressed: `go` runs at once when the later steps are there. Else the form says
   * they are loading, and `go` runs once they arrive if `stillWanted()` (the person has not gone
   * elsewhere meanwhile); a failed fetch keeps every answer and turns "Continue" into "Try again".
   */
  whenPressed(stillWanted: () => boolean, go: (steps: LaterSteps) => void): void {
    if (this.steps) go(this.steps);
    else if (this.wait !== 'loading') void this.waitFor(stillWanted).then((steps) => steps && go(steps));
  }

  private async waitFor(stillWanted: () => boolean): Promise<LaterSteps | undefined> {
    const wipes = this.wipes;
    this.show('loading');
    try {
      const steps = await this.load();
      if (wipes !== this.wipes) return undefined;
      this.show(undefined);
      return stillWanted() ? steps : undefined;
    } catch (error) {
      console.error('<safe-report-form> could not load its later steps', error);
      if (wipes === this.wipes) this.show('failed');
      return undefined;
    }
  }

  /** The form was wiped: a "Continue" waiting moves on no more, and the clipboard is emptied if the form filled it. */
  forget(): void {
    this.wipes += 1;
    this.clipboard?.forget();
    this.show(undefined);
  }

  /** "Continue" (one button throughout, so focus stays on it), and what it is waiting for. */
  renderContinue(): TemplateResult {
    const failed = this.wait === 'failed';
    return html`<button part=${failed ? 'retry-button' : 'continue-button'} class="button" type="submit">${failed ? msg('Try again') : msg('Continue')}</button>
      <span role="status">${this.wait === 'loading' ? msg('Loading…') : failed ? msg('This did not work. Check your internet connection and try again.') : ''}</span>`;
  }

  private show(wait: 'loading' | 'failed' | undefined): void {
    this.wait = wait;
    this.host.requestUpdate();
  }
}
