/**
 * "Print or share": the country's sourced emergency numbers and the top lines for the chosen need,
 * in the reader's language, each number whole and with the date of its source. One list, two
 * forms: the sheet the print stylesheet shows instead of the finder, and the same words as plain
 * text for the phone's share sheet or the clipboard. Nothing is invented: every number is one the
 * data holds, with the source it cites.
 *
 * Loaded after the finder's first render, with its print stylesheet (the finder's own chunk grows
 * only by its two buttons), and awaited when the person presses Print or Share before it has arrived.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { contactText } from '../../sdk/hotlines/contact-links.js';
import type { CheckedDataDirectory, HotlineResult } from '../../sdk/hotlines/directory-core.js';
import { HotlineQueryError } from '../../sdk/hotlines/errors.js';
import { hotlineDisplayName } from '../../sdk/hotlines/names.js';
import type { HotlineTopic, Provenance } from '../../sdk/hotlines/schema.js';
import { countryName, partialDate } from '../shared/formats.js';
import { channelName, emergencyLabelText, emergencyServiceName } from '../shared/words.js';
import type { HotlineFilters } from './events.js';
import { topicName } from './words.js';

/** How many lines the sheet lists: what fits one A4 page with the emergency numbers. */
export const SHEET_LINES = 5;
/** How many ways to reach each line: the ones a person can dial or type, most useful first. */
const SHEET_CONTACTS = 3;

/** One number or address, as printed, with what it is and the date of the source that gives it. */
export interface SheetNumber {
  /** "Police", "Phone", "Telegram"… in the reader's language. */
  kind: string;
  /** The number, username or address exactly as the source prints it. */
  value: string;
  /** "Source: March 2024", or that the source gives no date. */
  source: string;
}

/** The list to print or share. */
export interface Sheet {
  title: string;
  /** The need the lines are for, when one is chosen. */
  need: string;
  emergencyHeading: string;
  emergency: SheetNumber[];
  linesHeading: string;
  lines: { name: string; numbers: SheetNumber[] }[];
  /** When the list was last checked. */
  footer: string;
}

function sourceDate(provenance: Provenance | null, index: number, locale: string): string {
  const date = provenance?.sources[index]?.date;
  return date ? msg(str`Source: ${partialDate(date, locale)}`) : msg('Source gives no date');
}

/** What the finder knows that the sheet is made from. */
export interface SheetInput {
  directory: CheckedDataDirectory;
  filters: HotlineFilters;
  /** The moment the lines are ranked for; the clock when unset. */
  now: Date | undefined;
  locale: string;
}

/**
 * The sheet for the country and need chosen, in the language chosen: the lines ranked for them,
 * whatever the open-now and channel filters say (a printed list is read at other hours).
 */
export function sheetFor({ directory, filters: f, now, locale }: SheetInput): Sheet {
  let results: HotlineResult[] = [];
  try {
    results = directory.query({
      country: f.country,
      openAt: now ?? new Date(),
      ...(f.need ? { need: f.need } : {}),
      ...(f.language ? { language: f.language } : {}),
      ...(f.region && f.region.startsWith(`${f.country}-`) ? { region: f.region } : {}),
      ...(f.from && f.from !== f.country ? { from: f.from } : {}),
    });
  } catch (error) {
    if (!(error instanceof HotlineQueryError)) throw error;
  }
  return buildSheet(directory, f.country, f.need, results, locale);
}

/**
 * The sheet for `country` and `need`: its sourced emergency numbers and the first lines of
 * `results` (ranked by the finder for the chosen need and language) that have a number or address
 * to write down.
 */
export function buildSheet(directory: CheckedDataDirectory, country: string, need: HotlineTopic | '', results: readonly HotlineResult[], locale: string): Sheet {
  const emergency = directory.emergencyNumbers(country);
  const lines: Sheet['lines'] = [];
  for (const { hotline, channels } of results) {
    const numbers = channels
      .filter(({ channel }) => channel.type !== 'web-chat')
      .slice(0, SHEET_CONTACTS)
      .map(({ channel }) => ({ kind: channelName(channel.type), value: contactText(channel), source: sourceDate(hotline.provenance, channel.source, locale) }));
    if (numbers.length) lines.push({ name: hotlineDisplayName(hotline, locale).text, numbers });
    if (lines.length === SHEET_LINES) break;
  }
  return {
    title: msg(str`Help lines: ${countryName(country, locale)}`),
    need: need ? topicName(need) : '',
    emergencyHeading: msg('In danger right now? Call:'),
    emergency: emergency.numbers.map((n) => ({
      kind: `${emergencyServiceName(n.service)}${n.label ? ` (${emergencyLabelText(n.label, locale)})` : ''}`,
      value: n.printed,
      source: sourceDate(emergency.provenance, n.source, locale),
    })),
    linesHeading: msg('Lines that can help'),
    lines,
    footer: msg(str`List last checked: ${partialDate(directory.data.reviewed, locale)}`),
  };
}

const numberLine = (n: SheetNumber) => `${n.kind}: ${n.value} (${n.source})`;

/** The sheet as plain text, for the share sheet or the clipboard: one number a line, each with its source date. */
export function sheetText(sheet: Sheet): string {
  const out = [sheet.need ? `${sheet.title} — ${sheet.need}` : sheet.title];
  if (sheet.emergency.length) out.push('', sheet.emergencyHeading, ...sheet.emergency.map(numberLine));
  if (sheet.lines.length) {
    out.push('', sheet.linesHeading);
    for (const line of sheet.lines) out.push('', line.name, ...line.numbers.map(numberLine));
  }
  out.push('', sheet.footer);
  return out.join('\n');
}

function renderNumbers(numbers: readonly SheetNumber[]): TemplateResult {
  return html`<ul>
    ${numbers.map(
      (n) => html`<li>${n.kind}: <strong class="nowrap">${n.value}</strong> <span class="sheet-source">(${n.source})</span></li>`,
    )}
  </ul>`;
}

/** The sheet the print stylesheet shows in place of everything else the finder shows: text only, no buttons. */
export function renderSheet(sheet: Sheet): TemplateResult {
  return html`<div part="print-sheet" class="print-sheet">
    <h2>${sheet.title}</h2>
    ${sheet.need ? html`<p class="sheet-need">${sheet.need}</p>` : nothing}
    ${sheet.emergency.length ? html`<h3>${sheet.emergencyHeading}</h3>${renderNumbers(sheet.emergency)}` : nothing}
    ${sheet.lines.length
      ? html`<h3>${sheet.linesHeading}</h3>
          ${sheet.lines.map((line) => html`<h4>${line.name}</h4>${renderNumbers(line.numbers)}`)}`
      : nothing}
    <p class="sheet-footer">${sheet.footer}</p>
  </div>`;
}

/**
 * Shares the sheet as text through the phone's share sheet; where there is none, or it fails,
 * copies the same text. Resolves with what the finder announces: nothing when the share sheet took
 * the list or the person closed it.
 */
export async function shareSheet(input: SheetInput): Promise<string> {
  const sheet = sheetFor(input);
  const text = sheetText(sheet);
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: sheet.title, text });
      return '';
    } catch (error) {
      // The person closed the share sheet: nothing to do.
      if (error instanceof DOMException && error.name === 'AbortError') return '';
    }
  }
  const copied = await navigator.clipboard?.writeText(text).then(
    () => true,
    () => false,
  );
  return copied ? msg('The list is copied. Paste it where you want to keep it.') : msg('Could not copy the list. Print it instead.');
}

/** The sheet's looks: hidden on screen; on paper, the sheet alone. */
export const sheetStyles = css`
  .print-sheet {
    display: none;
  }

  /*
   * On paper, the sheet alone: the numbers and their source dates, with no buttons, filters or
   * links to tap. A page that holds more than the finder hides the rest itself (docs/hotline-finder.md).
   */
  @media print {
    :host {
      max-inline-size: none;
      color: #000;
      background: #fff;
    }
    .printable {
      padding: 0;
    }
    .printable > :not(.print-sheet) {
      display: none !important;
    }
    .print-sheet {
      display: block;
      font-size: 11pt;
      line-height: 1.35;
    }
    .print-sheet h2 {
      font-size: 16pt;
    }
    .print-sheet h3 {
      margin: 10pt 0 3pt;
      font-size: 13pt;
    }
    .print-sheet h4 {
      margin: 7pt 0 1pt;
      font-size: 11pt;
    }
    .print-sheet ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .print-sheet p {
      margin: 0;
    }
    .sheet-footer {
      margin-block-start: 10pt !important;
      color: #333;
    }
  }
`;

/** Adds the sheet's styles to the finder's shadow root (they arrive with this chunk, after the finder's own). */
export function adoptSheetStyles(root: ParentNode): void {
  const sheet = sheetStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
