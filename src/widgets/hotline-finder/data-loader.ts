/**
 * Which hotline data the finder uses: a directory the page gave, the file at `src` (loaded with
 * its own `import()`, so the bundled data's chunk is not fetched twice), or the bundled data. A
 * newer choice, or the finder leaving the page, cancels a load still under way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledHotlineDirectory } from '../../sdk/hotlines/bundled.js';
import type { HotlineDirectory } from '../../sdk/hotlines/directory.js';

export class HotlineDataLoader implements ReactiveController {
  /** Whether the `src` file is being loaded. */
  loading = false;
  #ready: Promise<void> = Promise.resolve();
  #controller: AbortController | undefined;

  /** `onData` is called with each directory that comes into use, bundled, given or loaded. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onData: (directory: HotlineDirectory) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#controller?.abort();
  }

  /** Resolves once the data chosen last is in use and rendered. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Uses `directory` when given, else the file at `src` when set, else the bundled data. */
  choose(directory: HotlineDirectory | undefined, src: string): void {
    this.#controller?.abort();
    const url = src.trim();
    if (directory || !url) {
      this.loading = false;
      this.onData(directory ?? bundledHotlineDirectory());
      this.#ready = this.host.updateComplete.then(() => undefined);
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.loading = true;
    this.host.requestUpdate();
    this.#ready = import('../../sdk/hotlines/remote.js')
      .then(({ loadHotlineDirectory }) => loadHotlineDirectory(url, { signal: controller.signal }))
      .then(
        (loaded) => {
          if (controller.signal.aborted) return;
          this.loading = false;
          this.onData(loaded);
        },
        (error: unknown) => {
          // Only a cancelled load rejects; a newer `src` or `directory` has taken over.
          if (!controller.signal.aborted) console.error('<safe-hotline-finder>', error);
        },
      )
      .then(() => this.host.updateComplete.then(() => undefined));
  }
}
