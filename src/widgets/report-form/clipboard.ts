/**
 * Copying the report to the clipboard, and forgetting it: the clipboard is the one trace the form
 * itself leaves outside the page, so a wipe empties it again when the form put the report there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ReportClipboard implements ReactiveController {
  /** Whether the report is on the clipboard now, as far as this form knows. */
  copied = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Puts `text` on the clipboard; when the browser refuses, selects the copy field (if shown) for the person to copy. */
  async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
    } catch {
      this.copied = false;
      this.host.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text')?.select();
    }
    this.host.requestUpdate();
  }

  /** Empties the clipboard when the form put the report there. */
  forget(): void {
    if (this.copied) navigator.clipboard?.writeText('').catch(() => undefined);
    this.copied = false;
    this.host.requestUpdate();
  }
}
