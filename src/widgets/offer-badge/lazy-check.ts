/**
 * Checks offers only when their badge is on screen (or about to be), and a few at a time, so that a
 * job board with fifty badges pays for the ones a person actually sees and the page never freezes.
 * One IntersectionObserver serves every badge; the compiled rules are the SDK's one shared copy
 * (`bundledOfferRules()`, compiled on the first check and kept).
 */

/** An element whose check the queue runs; `runCheck` does nothing when there is nothing new. */
export interface LazyCheck extends Element {
  runCheck(): void;
}

/** How far outside the viewport a badge counts as visible: checks start just before it scrolls in. */
const MARGIN = '200px 0px';
/** How long one run of checks may hold the main thread before it yields, in milliseconds. */
const SLICE_MS = 8;

const visible = new WeakSet<Element>();
const queue = new Set<LazyCheck>();
let observer: IntersectionObserver | undefined;
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // A task, not an animation frame: frames stall in background tabs, and a check is not drawing.
  setTimeout(run, 0);
}

function run(): void {
  scheduled = false;
  const start = performance.now();
  for (const element of queue) {
    queue.delete(element);
    element.runCheck();
    if (queue.size > 0 && performance.now() - start > SLICE_MS) {
      schedule();
      return;
    }
  }
}

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    if (entry.isIntersecting) {
      visible.add(entry.target);
      queue.add(entry.target as LazyCheck);
    } else {
      visible.delete(entry.target);
    }
  }
  if (queue.size > 0) schedule();
}

/** Starts watching `element`; its check is queued whenever it comes into view. */
export function watchVisibility(element: LazyCheck): void {
  observer ??= new IntersectionObserver(onIntersect, { rootMargin: MARGIN });
  observer.observe(element);
}

/** Stops watching `element` and drops any queued check. */
export function unwatchVisibility(element: LazyCheck): void {
  observer?.unobserve(element);
  visible.delete(element);
  queue.delete(element);
}

/** Queues a check of `element` now if it is in view; otherwise it runs when the element comes into view. */
export function requestCheck(element: LazyCheck): void {
  if (!visible.has(element)) return;
  queue.add(element);
  schedule();
}
