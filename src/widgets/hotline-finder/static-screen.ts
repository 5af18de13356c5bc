import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The static first screen the CDN loader painted in the finder's shadow root (first-screen.ts,
 * `firstScreenMark`; not imported, so that the finder's chunk does not take in the painter), kept
 * alone until the finder's own first screen has its call buttons, then removed in the update that
 * shows the finder's — before the browser paints: never both, and never "Loading…" between them.
 * A person who had tabbed to a static call link keeps their place, on the finder's link to the same
 * number.
 */
export class StaticScreenHandover implements ReactiveController {
  private painted: Element[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether the finder's own first screen has its call buttons (or has said why not). */
    private readonly ownReady: () => boolean,
  ) {
    host.addController(this);
  }

  /** Takes the painted nodes of a shadow root that is there already; call before Lit renders in it. */
  adopt(root: ShadowRoot | null): void {
    this.painted = [...(root?.querySelectorAll('[data-safe-first-screen]') ?? [])];
  }

  /** Whether the static screen is still shown alone: the finder renders nothing of its own then. */
  get holding(): boolean {
    return this.painted.length > 0 && !this.ownReady();
  }

  hostUpdated(): void {
    if (this.painted.length === 0 || !this.ownReady()) return;
    const root = this.host.shadowRoot;
    const focused = root?.activeElement;
    const href = focused && this.painted.some((node) => node.contains(focused)) ? focused.getAttribute('href') : null;
    for (const node of this.painted) node.remove();
    this.painted = [];
    if (href) [...(root?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].find((a) => a.getAttribute('href') === href)?.focus();
  }
}
