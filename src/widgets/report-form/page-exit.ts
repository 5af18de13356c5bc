/**
 * The page's own `<safe-exit-button>` beside the form. Two exit buttons on one screen stack up and
 * hide "Back" on a phone (issue 13): when the page has its own, outside the form, the form shows
 * none, and makes room for a floating one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** No exit button of the page's own, one in its flow, or a floating one. */
export type PageExit = 'none' | 'inline' | 'fixed';

/** The page's own exit button outside `form`, if it has one. */
export function pageExitOutside(form: HTMLElement): PageExit {
  const outside = [...document.querySelectorAll('safe-exit-button')].filter((b) => !form.contains(b));
  return outside.length === 0 ? 'none' : outside.some((b) => b.getAttribute('position') === 'fixed') ? 'fixed' : 'inline';
}

/** Which exit button the page has outside the form, kept up to date while the form is on the page. */
export class PageExitWatch implements ReactiveController {
  kind: PageExit = 'none';
  private observer: MutationObserver | undefined;

  constructor(private readonly form: ReactiveControllerHost & HTMLElement) {
    form.addController(this);
  }

  hostConnected(): void {
    this.find();
    // A page-level exit button may come later in the HTML than the form, or be added by a script.
    this.observer = new MutationObserver(() => this.find());
    this.observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['position'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private find(): void {
    const found = pageExitOutside(this.form);
    if (found === this.kind) return;
    this.kind = found;
    this.form.requestUpdate();
  }
}

/** Keeps the form's top row clear of the page's floating exit button, so it never covers "Back". */
export function reserveExitSpace(form: HTMLElement, root: ParentNode): void {
  const space = root.querySelector<HTMLElement>('.exit-space');
  if (!space) return;
  const floating = [...document.querySelectorAll<HTMLElementTagNameMap['safe-exit-button']>('safe-exit-button[position="fixed"]')].find((b) => !form.contains(b));
  // On a narrow screen the floating button is a bar above the page, which the page is moved down for.
  const rect = floating && !floating.isBar ? floating.getBoundingClientRect() : undefined;
  space.style.inlineSize = rect ? `${Math.ceil(rect.width)}px` : '';
  space.style.blockSize = rect ? `${Math.ceil(rect.height)}px` : '';
  // A floating button nearly as wide as a phone (Tajik's "Аз ин саҳифа баромадан" at 320 px) leaves
  // no room beside it: the space then takes the whole first row and "Back" goes under it.
  const back = root.querySelector<HTMLElement>('[part="back-button"]');
  const row = space.parentElement;
  const crowded = !!rect && !!back && !!row && row.clientWidth - rect.width < back.offsetWidth + 16;
  space.classList.toggle('whole-row', crowded);
}
