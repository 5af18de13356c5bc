import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What must not move at the hand-over: a call link (the n-th link to `href`), its top in the window, and whether it had focus. */
interface Anchor {
  href: string | null;
  index: number;
  top: number;
  focused: boolean;
}

/** The links to `href` under `nodes`, in order. */
function linksTo(nodes: readonly ParentNode[], href: string | null): Element[] {
  return nodes.flatMap((node) => [...node.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href') === href));
}

/**
 * The static first screen the CDN loader painted in the finder's shadow root (first-screen.ts,
 * `firstScreenMark`; not imported, so that the finder's chunk does not take in the painter), kept
 * alone until the finder's own first screen has its call buttons, then removed in the update that
 * shows the finder's — before the browser paints: never both, and never "Loading…" between them.
 *
 * Nothing the person is about to tap moves. The top of the finder's own screen is laid out as the
 * static one: the lines right under the emergency numbers, each card's call links under the same
 * name, kind, operator and badge. The finder's cards are taller (hours, copy, source, save), so a
 * line further down would move: where the person has a static link focused, or under the pointer or
 * finger (`:hover`, `:active`), or has scrolled past the static screen's top (then the first link
 * in the window), the page is scrolled, before the browser paints, by as much as the
 * finder's own counterpart moved. A person who had tabbed to a static call link
 * keeps their place, on the finder's link to the same number.
 */
export class StaticScreenHandover implements ReactiveController {
  private painted: Element[] = [];
  /** What is to stay in place, measured before the update that shows the finder's own screen. */
  private kept: Anchor | undefined;

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

  /** Before the update that shows the finder's own screen (Lit renders it before the static nodes): where things are. */
  hostUpdate(): void {
    if (this.painted.length === 0 || !this.ownReady()) return;
    const links = this.painted.flatMap((node) => [...node.querySelectorAll('a[href]')]);
    const top = (el: Element) => el.getBoundingClientRect().top;
    const focused = links.find((a) => a === this.host.shadowRoot!.activeElement);
    const target =
      focused ??
      links.find((a) => a.matches(':hover, :active')) ??
      // Scrolled into the static screen: the first link in the window.
      (top(this.painted[0]!) < 0 ? links.find((a) => top(a) >= 0 && top(a) < innerHeight) : undefined);
    const href = target?.getAttribute('href') ?? null;
    this.kept = target && { href, index: linksTo(this.painted, href).indexOf(target), top: top(target), focused: target === focused };
  }

  hostUpdated(): void {
    if (this.painted.length === 0 || !this.ownReady()) return;
    const kept = this.kept;
    for (const node of this.painted) node.remove();
    this.painted = [];
    const own = kept && linksTo([this.host.shadowRoot!], kept.href)[kept.index];
    if (!own) return;
    // The page's scroll (a finder inside a scrolling box of the page's own is left as it is).
    const off = own.getBoundingClientRect().top - kept.top;
    if (Math.abs(off) >= 1) scrollBy({ top: off, behavior: 'instant' });
    if (kept.focused) (own as HTMLElement).focus({ preventScroll: true });
  }
}
