import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/**
 * Puts `markup` in the page, waits until every custom element in it has rendered, and returns that element.
 * Every fixture is removed by `cleanup()` (called after each test by the files that use it).
 */
export async function fixture<T extends HTMLElement>(markup: string): Promise<T> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  mounted.push(host);
  const element = host.firstElementChild as T;
  for (const el of [element, ...element.querySelectorAll('*')]) {
    if (!el.localName.includes('-')) continue;
    await customElements.whenDefined(el.localName);
    await (el as LitElement).updateComplete;
  }
  return element;
}

export function cleanup(): void {
  for (const host of mounted.splice(0)) host.remove();
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `check` returns true, polling with timers (animation frames stall in a background
 * tab when tests run in parallel), or fails after `timeout` ms. The default is generous: on a loaded
 * two-core CI machine an offer check's first result waits for the rules' preparation, which took
 * over 3 s there once (a wait that passes returns as soon as its condition holds, so this costs
 * nothing when tests pass).
 */
export async function waitUntil(check: () => boolean, message: string, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting until ${message}`);
    await sleep(20);
  }
}
