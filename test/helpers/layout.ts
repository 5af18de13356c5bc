/**
 * Layout checks for browser tests at a phone's width (run them after `setViewport({ width: 320, … })`):
 * what axe cannot see but a person on a small phone does. Each check walks the light DOM and every
 * open shadow root under `root` and returns the offending elements with a sentence that says what
 * is wrong; `expectGoodLayout` runs them all and fails with every sentence.
 */
import { expect } from 'chai';
import { cldrData } from './cldr.js';

export type LayoutProblemKind = 'too-wide' | 'too-narrow' | 'broken-inside' | 'bare-code' | 'english';

export interface LayoutProblem {
  kind: LayoutProblemKind;
  element: Element;
  description: string;
}

type Root = Document | Element | ShadowRoot;

/** Every element under `root`, in document order, entering open shadow roots and slotted content once. */
export function deepElements(root: Root): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Every text node under `root` with something other than white space, shadow roots included. */
export function deepTextNodes(root: Root): Text[] {
  const texts: Text[] = [];
  const scopes: (Document | Element | ShadowRoot)[] = [root, ...deepElements(root).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  for (const scope of scopes) {
    for (const node of scope.childNodes) collectTexts(node, texts);
  }
  return texts;
}

function collectTexts(node: Node, into: Text[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    if ((node as Text).data.trim()) into.push(node as Text);
    return;
  }
  for (const child of node.childNodes) collectTexts(child, into);
}

/** "safe-report-form › dl.answers › dd" — where an element is, through its shadow hosts. */
export function describeElement(element: Element): string {
  const part = (e: Element) => {
    const id = e.id ? `#${e.id}` : '';
    const classes = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
    const partName = e.getAttribute('part') ? `[part="${e.getAttribute('part')}"]` : '';
    return `${e.localName}${id}${classes}${partName}`;
  };
  const chain: string[] = [part(element)];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.unshift(part(root.host));
    root = root.host.getRootNode();
  }
  return chain.join(' › ');
}

const snippet = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
};

/** The element's parent across a shadow boundary (a slotted node's parent is its slot's parent chain). */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function isRendered(element: Element): boolean {
  if (!element.isConnected) return false;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  return element.getClientRects().length > 0;
}

/** Visually hidden (1 px, clipped) text for screen readers only: not something a person sees. */
function isVisuallyHidden(element: Element): boolean {
  for (let e: Element | null = element; e; e = composedParent(e)) {
    const style = getComputedStyle(e);
    if (style.clip !== 'auto' && style.position === 'absolute') return true;
    if (style.clipPath !== 'none' && style.clipPath.includes('inset(50%')) return true;
  }
  return false;
}

/** Whether an ancestor scrolls or clips sideways, so what sticks out of it is not wider than the screen. */
function clippedByAncestor(element: Element): boolean {
  for (let e = composedParent(element); e && e !== document.documentElement; e = composedParent(e)) {
    const overflow = getComputedStyle(e).overflowX;
    if (overflow !== 'visible') return true;
  }
  return false;
}

/**
 * (a) Elements that reach past the screen's edge (the layout viewport's width), and the page's own
 * sideways scroll. Only the outermost element of a run that sticks out is reported.
 */
export function findTooWide(root: Root = document, width = document.documentElement.clientWidth): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const over = new Set<Element>();
  for (const element of deepElements(root)) {
    if (!isRendered(element) || isVisuallyHidden(element)) continue;
    const rect = element.getBoundingClientRect();
    const right = rect.right + window.scrollX;
    const left = rect.left + window.scrollX;
    if ((right > width + 0.5 || left < -0.5) && rect.width > 0 && !clippedByAncestor(element)) {
      over.add(element);
      const parent = composedParent(element);
      if (parent && over.has(parent)) continue;
      problems.push({
        kind: 'too-wide',
        element,
        description: `${describeElement(element)} spans ${Math.round(left)}–${Math.round(right)} px on a ${width}-px screen${element.textContent?.trim() ? ` ("${snippet(element.textContent)}")` : ''}`,
      });
    }
  }
  const scroll = document.documentElement.scrollWidth;
  if (root === document && scroll > width + 0.5 && problems.length === 0) {
    problems.push({ kind: 'too-wide', element: document.documentElement, description: `the page scrolls sideways: ${scroll} px wide on a ${width}-px screen` });
  }
  return problems;
}

const canvas = document.createElement('canvas');
/** The width a word needs in the element's font, measured apart from the layout. */
function wordWidth(word: string, style: CSSStyleDeclaration): number {
  const context = canvas.getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const spacing = parseFloat(style.letterSpacing) || 0;
  return context.measureText(word).width + spacing * word.length;
}

/** The words of a text, as a line breaker sees them (spaces, including no-break ones, join nothing). */
const words = (text: string) => text.split(/[\s\u200b]+/u).filter((w) => w.length > 1);

/**
 * (b) Text blocks narrower than their longest word needs (a `<dd>` 5 px wide prints one letter a
 * line). Words longer than 60% of the screen (a long address) are left to check (c) and the eye.
 */
export function findTooNarrow(root: Root = document, width = document.documentElement.clientWidth): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const seen = new Set<Element>();
  for (const text of deepTextNodes(root)) {
    const element = text.parentElement;
    if (!element || seen.has(element) || !isRendered(element) || isVisuallyHidden(element)) continue;
    if (element.closest('option, script, style, textarea')) continue;
    const style = getComputedStyle(element);
    if (style.whiteSpace === 'nowrap' || style.whiteSpace === 'pre') continue;
    const box = blockOf(element);
    if (!box) continue;
    const boxStyle = getComputedStyle(box);
    const available = box.clientWidth - (parseFloat(boxStyle.paddingLeft) || 0) - (parseFloat(boxStyle.paddingRight) || 0);
    const longest = words(text.data)
      .map((w) => ({ w, px: wordWidth(w, style) }))
      .sort((a, b) => b.px - a.px)[0];
    if (!longest || longest.px > width * 0.6) continue;
    if (available + 1 < longest.px) {
      seen.add(element);
      problems.push({
        kind: 'too-narrow',
        element: box,
        description: `${describeElement(box)} is ${Math.round(available)} px wide but "${longest.w}" needs ${Math.round(longest.px)} px ("${snippet(text.data)}")`,
      });
    }
  }
  return problems;
}

/** The box whose width a text wraps in: the nearest ancestor that is not inline. */
function blockOf(element: Element): Element | null {
  for (let e: Element | null = element; e; e = composedParent(e)) {
    const display = getComputedStyle(e).display;
    if (display !== 'inline' && display !== 'contents') return e;
  }
  return null;
}

/** How many lines a stretch of a text node sits on. */
function linesOf(text: Text, start: number, end: number): number {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const tops: number[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width === 0 && rect.height === 0) continue;
    if (!tops.some((t) => Math.abs(t - rect.top) < rect.height / 2)) tops.push(rect.top);
  }
  return tops.length;
}

/** Numbers, phone numbers and short codes as printed: "112", "116 16", "+971 50 123 4567", "1414". */
const numberPattern = /\+?\d(?:[\d\u00a0\u202f ()-]*\d)?/gu;
const buttonSelector = 'button, [role="button"], a.button, .button, input[type="submit"], summary';

/**
 * (c) Numbers, phone numbers, short codes and button labels broken inside across lines ("11 / 2").
 * A button label may wrap between its words, never inside one.
 */
export function findBrokenInside(root: Root = document): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  for (const text of deepTextNodes(root)) {
    const element = text.parentElement;
    if (!element || !isRendered(element) || isVisuallyHidden(element) || element.closest('option, textarea, script, style')) continue;
    for (const match of text.data.matchAll(numberPattern)) {
      if (match[0].replace(/\D/g, '').length < 2) continue;
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (linesOf(text, start, end) > 1) {
        problems.push({ kind: 'broken-inside', element, description: `${describeElement(element)} breaks the number "${match[0].trim()}" across lines` });
      }
    }
    if (element.closest(buttonSelector)) {
      for (const match of text.data.matchAll(/[^\s]+/gu)) {
        if (match[0].length < 2 || /^\+?\d/.test(match[0])) continue;
        if (linesOf(text, match.index, match.index + match[0].length) > 1) {
          problems.push({ kind: 'broken-inside', element, description: `${describeElement(element)} breaks the button word "${match[0]}" across lines` });
        }
      }
    }
  }
  return problems;
}

/** The country codes a person might see bare: every region the widgets name. */
const regionCodes = Object.keys(cldrData.en.regions);

/** English strings of the message catalogue that a translation replaces, by locale (from its XLIFF). */
const catalogues = new Map<string, Promise<string[]>>();

/**
 * The literal stretches of every source string whose translation differs from it, for `locale`:
 * placeholders split a string into stretches; stretches of two words or more are kept.
 */
export function englishCatalogue(locale: string): Promise<string[]> {
  if (!catalogues.has(locale)) {
    catalogues.set(
      locale,
      fetch(`/locales/${locale}.xlf`)
        .then((r) => {
          if (!r.ok) throw new Error(`No XLIFF for ${locale}: ${r.status}`);
          return r.text();
        })
        .then((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const pieces = new Set<string>();
          for (const unit of doc.querySelectorAll('trans-unit')) {
            const source = unit.querySelector('source');
            const target = unit.querySelector('target');
            if (!source || !target) continue;
            const literal = (node: Element) =>
              [...node.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '\u0000')).join('');
            const targetText = literal(target);
            for (const piece of literal(source).split('\u0000')) {
              const p = piece.replace(/\s+/g, ' ').trim();
              if (p.split(' ').filter((w) => /\p{L}{2,}/u.test(w)).length >= 2 && !targetText.includes(p)) pieces.add(p);
            }
          }
          return [...pieces].sort((a, b) => b.length - a.length);
        }),
    );
  }
  return catalogues.get(locale)!;
}

/** English country and language names (CLDR) that the locale writes otherwise: "Kazakhstan" on a Kazakh page. */
function englishNames(locale: string): string[] {
  const data = cldrData[locale as keyof typeof cldrData];
  if (!data || locale === 'en') return [];
  const differing = (en: Record<string, string>, own: Record<string, string>) =>
    Object.entries(en)
      .filter(([code, name]) => own[code] !== name)
      .map(([, name]) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return [...differing(cldrData.en.regions, data.regions), ...differing(cldrData.en.languages, data.languages)];
}

/**
 * (d) Bare ISO country codes shown as text ("AE", "KZ"), and, outside English, English strings from
 * the source catalogue and English country or language names. Names from the hotline data are not in the catalogue, so they are not
 * reported here; `allow` lists other text that may stay as it is.
 */
export async function findUntranslated(root: Root = document, locale = document.documentElement.lang, allow: readonly string[] = []): Promise<LayoutProblem[]> {
  const problems: LayoutProblem[] = [];
  const english = locale.startsWith('en') ? [] : await englishCatalogue(locale);
  for (const text of deepTextNodes(root)) {
    const element = text.parentElement;
    if (!element || element.closest('script, style, textarea, code, [translate="no"]')) continue;
    const inOption = !!element.closest('option');
    if (!inOption && (!isRendered(element) || isVisuallyHidden(element))) continue;
    const data = text.data.replace(/\s+/g, ' ').trim();
    if (allow.some((a) => data.includes(a))) continue;
    for (const code of regionCodes) {
      if (new RegExp(`(?<![\\p{L}\\p{N}@/._+-])${code}(?![\\p{L}\\p{N}])`, 'u').test(data)) {
        problems.push({ kind: 'bare-code', element, description: `${describeElement(element)} shows the bare country code ${code}: "${snippet(data)}"` });
      }
    }
    const hit = english.find((piece) => data.includes(piece));
    if (hit) problems.push({ kind: 'english', element, description: `${describeElement(element)} shows English from the catalogue in ${locale}: "${snippet(hit)}"` });
    const name = englishNames(locale).find((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(data));
    if (name) problems.push({ kind: 'english', element, description: `${describeElement(element)} shows the English name "${name}" in ${locale}: "${snippet(data)}"` });
  }
  return problems;
}

/** All four checks under `root`. */
export async function layoutProblems(root: Root = document, locale = document.documentElement.lang, allow: readonly string[] = []): Promise<LayoutProblem[]> {
  return [...findTooWide(root), ...findTooNarrow(root), ...findBrokenInside(root), ...(await findUntranslated(root, locale, allow))];
}

/** Fails with one line per problem, prefixed with `where` ("report-form, kk, step 8"). */
export async function expectGoodLayout(root: Root, where: string, allow: readonly string[] = []): Promise<void> {
  const problems = await layoutProblems(root, document.documentElement.lang, allow);
  expect(problems.map((p) => `${where}: ${p.description}`)).to.deep.equal([]);
}
