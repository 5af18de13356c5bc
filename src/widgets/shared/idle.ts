/** Resolves in the page's next idle period (after the first render), or soon where there is none. */
export function idle(): Promise<IdleDeadline | undefined> {
  return new Promise((resolve) => {
    // requestIdleCallback is missing in Safari; a timeout then leaves room for input and paint.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: 2000 });
    else setTimeout(() => resolve(undefined), 16);
  });
}
