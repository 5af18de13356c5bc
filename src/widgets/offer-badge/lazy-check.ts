/**
 * Checks offers only when their badge is on screen (or about to be), and a few at a time, so that a
 * job board with fifty badges pays for the ones a person actually sees and the page never freezes.
 * One IntersectionObserver serves every badge; the compiled rules are the SDK's one shared copy
 * (`bundledOfferRules()`, compiled on the first check and kept).
 *
 * A hidden page (a background tab, a prerendered page) runs no rendering steps, so the observer
 * reports nothing there until the page is shown. While the page is hidden, a badge that connects or
 * whose text changes measures its own box instead, with the same rule; nothing runs on a timer.
 */

/** An element whose check the queue runs; `runCheck` does nothing when there is nothing new. */
export interface LazyCheck extends Element {
  runCheck(): void;
}

/** How far above and below the viewport a badge counts as visible: checks start just before it scrolls in. */
const MARGIN_PX = 200;
/** How long one run of checks may hold the main thread before it yields, in milliseconds. */
const SLICE_MS = 8;

const visible = new WeakSet<Element>();
const queue = new Set<LazyCheck>();
/** Badges to measure by their box at the next run, because the page was hidden when they asked. */
const measure = new Set<LazyCheck>();
let observer: IntersectionObserver | undefined;
let scheduled = false;
let channel: MessageChannel | undefined;

/**
 * Runs the queue in a task of its own: not an animation frame, which stalls in hidden pages, and
 * not a timer, which hidden pages delay to once a second; a message to ourselves is neither.
 */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = run;
  }
  channel.port2.postMessage(null);
}

/** The observer's rule, from the layout box: within MARGIN_PX above or below the viewport, and laid out. */
function nearViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  return box.bottom > -MARGIN_PX && box.top < window.innerHeight + MARGIN_PX && box.right > 0 && box.left < window.innerWidth;
}

function run(): void {
  scheduled = false;
  if (document.visibilityState === 'hidden') {
    for (const element of measure) {
      if (!element.isConnected || !nearViewport(element)) continue;
      visible.add(element);
      queue.add(element);
    }
  }
  measure.clear();
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

/** While the page is hidden, the observer is silent: measure `element` at the next run instead. */
function measureIfHidden(element: LazyCheck): void {
  if (document.visibilityState !== 'hidden') return;
  measure.add(element);
  schedule();
}

/** Starts watching `element`; its check is queued whenever it comes into view. */
export function watchVisibility(element: LazyCheck): void {
  observer ??= new IntersectionObserver(onIntersect, { rootMargin: `${MARGIN_PX}px 0px` });
  observer.observe(element);
  measureIfHidden(element);
}

/** Stops watching `element` and drops any queued check. */
export function unwatchVisibility(element: LazyCheck): void {
  observer?.unobserve(element);
  visible.delete(element);
  queue.delete(element);
  measure.delete(element);
}

/** Queues a check of `element` now if it is in view; otherwise it runs when the element comes into view. */
export function requestCheck(element: LazyCheck): void {
  if (visible.has(element)) {
    queue.add(element);
    schedule();
  } else {
    measureIfHidden(element);
  }
}
