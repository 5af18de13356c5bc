import type { ReactiveControllerHost } from 'lit';
import { loadOnce } from '../localization.js';
import type * as PrintSheet from './print-sheet.js';

/** Loads "Print or share" once per page; a failed load is retried on the next call. */
const loadSheet: () => Promise<typeof PrintSheet> = loadOnce(() => import('./print-sheet.js'));

/** What the finder lends its "Print this list" and "Share this list". */
export interface SheetHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The finder's "Print this list" and "Share this list": the sheet module (print-sheet.ts), fetched
 * once after the first render with the country's data — so that it shares the network with nothing
 * a number to call waits for, and is there long before anyone prints — and again when the person
 * presses Print or Share if that load failed.
 */
export class SheetActions {
  /** The sheet module, once it has come. */
  private tools: typeof PrintSheet | undefined;
  private tried = false;

  constructor(
    private readonly host: SheetHost,
    /** What the sheet is made from: the data, the filters chosen, the moment and the language. */
    private readonly input: () => PrintSheet.SheetInput,
    /** Says a result of sharing to screen readers. */
    private readonly say: (text: string) => void,
  ) {}

  /** Fetches the module once, quietly (a failure is retried on Print or Share). */
  preload(): void {
    if (this.tried) return;
    this.tried = true;
    void this.load().catch(() => undefined);
  }

  /** The module, loaded once; resolves when the sheet can be rendered. */
  private async load(): Promise<typeof PrintSheet> {
    const tools = this.tools ?? (await loadSheet());
    tools.adoptSheetStyles(this.host.renderRoot);
    if (!this.tools) {
      this.tools = tools;
      this.host.requestUpdate();
    }
    return tools;
  }

  readonly print = async (): Promise<void> => {
    await this.load();
    await this.host.updateComplete;
    window.print();
  };

  readonly share = async (): Promise<void> => {
    const tools = await this.load();
    const said = await tools.shareSheet(this.input());
    if (said) this.say(said);
  };

  /** The printable sheet of the list shown, once the module is there. */
  renderSheet(show: boolean): unknown {
    return this.tools && show ? this.tools.renderSheet(this.tools.sheetFor(this.input())) : undefined;
  }
}
