/**
 * Which hotline data the finder uses: a directory the page gave, the file at `src` (loaded with
 * its own `import()`), or the bundled data, fetched a country at a time (hotline-parts.ts). A
 * newer choice, or the finder leaving the page, cancels a load still under way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CheckedDataDirectory } from '../../sdk/hotlines/directory-core.js';
import type { HotlineDirectory } from '../../sdk/hotlines/directory.js';
import { bundledPartsDirectory, loadParts, missingParts } from '../shared/hotline-parts.js';

export class HotlineDataLoader implements ReactiveController {
  /** Whether the `src` file, or a country's part of the bundled data, is being loaded. */
  loading = false;
  /** Set when a country's part of the bundled data could not be fetched (a dropped connection); `retry()` tries again. */
  failed = false;
  #ready: Promise<void> = Promise.resolve();
  #controller: AbortController | undefined;
  /** Whether the bundled data is in use, so that `cover()` fetches parts. */
  #bundled = false;
  /** The parts being fetched for `cover()`, or the last that failed, joined: the same set is not asked for twice. */
  #covering = '';
  #wanted: readonly string[] | 'all' = [];

  /**
   * `onData` is called with each directory that comes into use, bundled, given or loaded;
   * `onParts` with the bundled directory each time more of its countries arrive.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onData: (directory: CheckedDataDirectory) => void,
    private readonly onParts: (directory: CheckedDataDirectory) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page after a fetch was cancelled: the next update asks for the parts again.
    if (this.#bundled) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#controller?.abort();
    this.#covering = '';
    if (this.#bundled) this.loading = false;
  }

  /** Resolves once the data chosen last, and the bundled parts asked for last, are in use and rendered. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Uses `directory` when given, else the file at `src` when set, else the bundled data. */
  choose(directory: HotlineDirectory | undefined, src: string): void {
    this.#controller?.abort();
    this.#covering = '';
    this.failed = false;
    const url = src.trim();
    this.#bundled = !directory && !url;
    if (directory || !url) {
      this.loading = false;
      this.onData(directory ?? bundledPartsDirectory());
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

  /**
   * With the bundled data, fetches the parts of `countries` (the one shown and the home country),
   * or of every country for `all`, unless they are here; `loading` is set meanwhile. Called on
   * every update, so it does nothing when nothing is missing or the same parts are on their way.
   */
  cover(countries: readonly string[] | 'all'): void {
    this.#wanted = countries;
    if (!this.#bundled) return;
    const missing = missingParts(countries);
    const key = missing.join();
    if (!missing.length) {
      if (this.loading || this.failed) {
        // What was on its way is no longer wanted (the person chose a country already here).
        this.#controller?.abort();
        this.#covering = '';
        this.loading = this.failed = false;
        this.onParts(bundledPartsDirectory());
      }
      return;
    }
    if (key === this.#covering) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#covering = key;
    this.loading = true;
    this.failed = false;
    this.#ready = loadParts(missing)
      .then(
        () => {
          if (controller.signal.aborted) return;
          this.#covering = '';
          this.loading = false;
          this.onParts(bundledPartsDirectory());
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          console.error('<safe-hotline-finder>: the hotline list could not be loaded', error);
          this.loading = false;
          this.failed = true;
          this.host.requestUpdate();
        },
      )
      .then(() => this.host.updateComplete.then(() => undefined));
    this.host.requestUpdate();
  }

  /** Fetches again the parts that failed. */
  retry(): void {
    this.#covering = '';
    this.cover(this.#wanted);
  }
}
