/**
 * The finder's static first screen (issue 19): what the CDN loader paints in a
 * `<safe-hotline-finder country="…">` while the finder's own code (Lit, its chunk, its messages and
 * data, about 50 KB gzip) is still on its way — the heading, the country's emergency numbers and its
 * lines as the finder's first screen lists them, each number a `tel:` link; each card's top as the
 * finder's (name, kind, who runs the line, and its badge where the words never change), so that the
 * call links are where the finder's will be (static-screen.ts keeps them there). Not the note on each
 * line's source and its date: the finder writes dates with the browser's own date data where it has
 * some, so a date written at build time could read differently from the finder's (Tajik "1 Сентябр"
 * in Node, "01 Сентябр" in Chromium); the static screen shows less than the card, never other words. Plain DOM, no Lit, no
 * messages: scripts/split-first-screens.ts writes one part per country and locale at build time,
 * from the same data and the same translations as the finder, with the words already in them.
 *
 * The nodes are the finder's own markup (its classes and parts) in the element's own open shadow
 * root, styled by the finder's own stylesheet as a constructed sheet (no `<style>`, so a page whose
 * CSP has no `style-src 'unsafe-inline'` shows it). The finder finds the root there when it starts
 * (Lit renders into an existing `shadowRoot`), shows nothing of its own until its call buttons are
 * ready, and then removes these nodes in the same update that shows its own (hotline-finder.ts).
 */
import { firstScreenCss } from '../../generated/first-screens/styles.js';
import { firstScreenLocale } from './first-screen-locale.js';

/**
 * Marks the static first screen's nodes; the finder removes what carries it (hotline-finder.ts
 * writes the same name: a module of its own would be one more chunk on both first screens).
 */
export const firstScreenMark = 'data-safe-first-screen';

/** A call link: the `tel:` address and its text, the number kept whole. */
export interface FirstScreenCall {
  href: string;
  /** The words before the number, the number, the words after it ("Call ", "150", ""). */
  text: readonly [before: string, number: string, after: string];
}

/** One emergency number, as the finder's emergency bar shows it. */
export interface FirstScreenEmergencyCall {
  href: string;
  number: string;
  service: string;
  /** The link's accessible name, where it is not "number — service". */
  label?: string;
}

/** One line, as the top of the finder's card for it shows it. */
export interface FirstScreenLine {
  name: string;
  /** The name is not in the reader's language (a proper name: `translate="no"`). */
  foreign: boolean;
  /** Under a foreign name: what kind of service the line is, in the reader's language. */
  kind: string;
  /** Who runs the line: its operator's code, whose words are in the screen's `words`. */
  operator: string;
  /**
   * The open-now badge where its words are the same at every moment (`always`: open around the
   * clock; `unknown`: hours not known; the words in the screen's `words`); absent where the finder's
   * badge says a time of day, or shows none.
   */
  badge?: 'always' | 'unknown';
  calls: readonly FirstScreenCall[];
}

/** One country's first screen in one locale. */
export interface FirstScreen {
  lang: string;
  title: string;
  emergencyText: string;
  emergency: readonly FirstScreenEmergencyCall[];
  /** The words of the lines' operators and badges, by code. */
  words: Readonly<Record<string, string>>;
  lines: readonly FirstScreenLine[];
  /**
   * The lines' order (indexes into `lines`) for each `need` ('' for none), as the finder ranks
   * them; `null` where the order depends on the time of day (then no line is painted, only the
   * emergency numbers).
   */
  orders: Readonly<Record<string, readonly number[] | null>>;
}

let painted = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Which lines the finder would list first for the host's attributes, or none where that is not known here. */
function linesFor(host: Element, screen: FirstScreen): FirstScreenLine[] {
  const attr = (name: string) => (host.getAttribute(name) ?? '').trim().toUpperCase();
  // A region, or a home country, changes the ranking: the emergency numbers are shown without lines.
  if (attr('region') || (attr('from') && attr('from') !== attr('country'))) return [];
  const need = (host.getAttribute('need') ?? '').trim();
  // A need the finder does not know shows every problem, as none does.
  const order = need in screen.orders ? screen.orders[need] : screen.orders[''];
  const limitText = host.getAttribute('limit');
  const limit = Number(limitText);
  const shown = limitText !== null && Number.isSafeInteger(limit) && limit >= 1 ? limit : 5;
  return (order ?? []).slice(0, shown).map((i) => screen.lines[i]!);
}

/**
 * Paints the screen of `screens` (a country's, by locale, the source locale first) in the locale the
 * finder will speak, in `host`'s open shadow root (attached here, as the finder attaches it), unless
 * the host has one already (the finder has started). Returns whether it painted.
 */
export function paintFirstScreen(host: HTMLElement, screens: Readonly<Record<string, FirstScreen>>): boolean {
  if (host.shadowRoot) return false;
  const screen = screens[firstScreenLocale(host, Object.keys(screens))];
  if (!screen) return false;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(firstScreenCss);
  root.adoptedStyleSheets = [sheet];
  const uid = `sfs${++painted}`;
  const emergency = el('div', { part: 'emergency', class: 'emergency' }, el('p', { class: 'emergency-text', id: `${uid}-emergency` }, screen.emergencyText));
  if (screen.emergency.length) {
    emergency.append(
      el(
        'ul',
        { class: 'emergency-numbers', 'aria-labelledby': `${uid}-emergency` },
        ...screen.emergency.map((call) =>
          el('li', {}, el('a', { part: 'emergency-number', class: 'emergency-number', href: call.href, 'aria-label': call.label ?? `${call.number} — ${call.service}` }, el('span', { class: 'number' }, call.number), ' ', el('span', { class: 'service' }, call.service))),
        ),
      ),
    );
  }
  const lines = linesFor(host, screen);
  const section = el('section', { part: 'base', lang: screen.lang, 'aria-labelledby': `${uid}-title`, [firstScreenMark]: '' }, el('h2', { part: 'title', id: `${uid}-title` }, screen.title), emergency);
  if (lines.length) {
    section.append(
      el(
        'ul',
        { part: 'results', class: 'results' },
        ...lines.map((line, i) => {
          const nameId = `${uid}-r${i}`;
          // As the finder's card (views.ts): numbers in the name kept whole, who runs the line and its
          // badge, so that the call links are where the finder's will be.
          const name = line.name.split(/(\+?\d[\d ()-]*\d)/).map((part, i) => (i % 2 ? el('span', { class: 'nowrap' }, part) : part));
          const article = el('article', { 'aria-labelledby': nameId }, el('h3', { part: 'result-name', class: 'name', id: nameId }, el('span', line.foreign ? { translate: 'no' } : {}, ...name)));
          if (line.kind) article.append(el('p', { part: 'result-kind', class: 'kind' }, line.kind));
          const meta = el('p', { class: 'meta' }, el('span', { part: 'operator', class: 'operator' }, screen.words[line.operator]!));
          const badge = line.badge === 'always' ? 'open' : line.badge;
          if (line.badge) meta.append(el('span', { part: `badge badge-${badge}`, class: `badge badge-${badge}` }, screen.words[line.badge]!));
          article.append(meta);
          if (line.calls.length) {
            article.append(
              el(
                'ul',
                { class: 'channels' },
                ...line.calls.map(({ href, text: [before, number, after] }) =>
                  el('li', { class: 'channel' }, el('a', { part: 'contact', class: 'contact', href }, el('span', {}, before, el('span', { class: 'nowrap' }, number), after))),
                ),
              ),
            );
          }
          return el('li', { part: 'result', class: 'result' }, article);
        }),
      ),
    );
  }
  root.append(section);
  return true;
}
