/**
 * Loads the offer-check engine after the first screen and prepares its rules in the page's idle
 * time, once per page. The engine and rules are a chunk of their own (offer-engine.ts): an offer
 * widget renders its form, its questions or its pending badge without them, and a check asked
 * for before they arrive waits for them (the widget shows that it is checking) instead of being
 * lost. Preparing the rules a slice at a time keeps a person's first check from freezing the page
 * while hundreds of patterns compile (about half a second on a slow phone); a check started
 * earlier simply finishes what it needs itself.
 */
import type * as Engine from './offer-engine.js';
import { loadMessagesOf, loadOnce } from '../localization.js';
import { idle } from './idle.js';

/** The engine's functions, once loaded. */
export type OfferEngine = typeof Engine;

/** The longest slice, in milliseconds, even when the browser offers a longer idle period. */
const MAX_SLICE_MS = 12;

let loaded: OfferEngine | undefined;
let done: Promise<void> | undefined;

/** The engine if it has loaded, else `undefined`: a widget renders its first screen either way. */
export function offerEngine(): OfferEngine | undefined {
  return loaded;
}

/**
 * Fetches the engine and rules now, once per page, with the words for its results in the page's
 * language; resolves with them. A failed fetch (a dropped connection) is tried again on the next
 * call rather than remembered.
 */
export const loadOfferEngine: () => Promise<OfferEngine> = loadOnce(() =>
  Promise.all([import('./offer-engine.js'), loadMessagesOf('offer-engine')]).then(([engine]) => (loaded = engine)),
);

/**
 * Starts loading the engine when the page is idle, then prepares the rules in idle slices;
 * resolves when they are ready. Safe to call often: the work is done once per page. A failed
 * load rejects, and the next call starts again.
 */
export function prepareRulesWhenIdle(): Promise<void> {
  done ??= idle()
    .then(loadOfferEngine)
    .then(async (engine) => {
      for (;;) {
        const deadline = await idle();
        const budget = deadline ? Math.max(1, Math.min(deadline.timeRemaining(), MAX_SLICE_MS)) : 8;
        if (engine.prepareOfferRules(budget)) return;
      }
    })
    .catch((error: unknown) => {
      done = undefined;
      throw error;
    });
  return done;
}

/**
 * The words for a result's flags and advice, which come with the engine: a result, and so anything
 * that shows these words, exists only once the engine has loaded.
 */
export function resultWords(): OfferEngine {
  if (!loaded) throw new Error('safe-migration-kit: a result was shown before the offer engine loaded');
  return loaded;
}

/**
 * A check that a person asked for, which may have to wait for the engine: it runs at once when the
 * engine is there, else when it arrives (`waiting` is true meanwhile, and the host re-renders on
 * each change). A newer check, or `cancel()`, drops one still waiting: a click is never lost, and
 * never answered after the person has moved on.
 */
export class EngineWait {
  /** Whether a check is waiting for the engine. */
  waiting = false;
  #request = 0;

  constructor(private readonly host: { requestUpdate(): void }) {}

  /** Runs `check` with the engine, now or once loaded; `failed` when it cannot be loaded. */
  run(check: (engine: OfferEngine) => void, failed: (error: unknown) => void): void {
    const request = ++this.#request;
    if (loaded) {
      this.waiting = false;
      check(loaded);
      return;
    }
    this.waiting = true;
    this.host.requestUpdate();
    const settle = (then: () => void) => {
      if (request !== this.#request) return;
      this.waiting = false;
      then();
      this.host.requestUpdate();
    };
    loadOfferEngine().then(
      (engine) => settle(() => check(engine)),
      (error: unknown) => settle(() => failed(error)),
    );
  }

  /** Drops a check still waiting for the engine. */
  cancel(): void {
    this.#request += 1;
    this.waiting = false;
  }
}
