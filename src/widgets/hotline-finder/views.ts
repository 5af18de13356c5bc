/**
 * What the finder shows: the emergency bar, the filters, each line with its channels, hours and
 * source, and what is shown when no line fits. Each view is a template of the finder's state
 * (`FinderView`); what a person does goes back to the element through its callbacks.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { contactHref, contactText, toVCard, vCardDataUrl } from '../../sdk/hotlines/contact-links.js';
import type { ChannelStatus, CheckedDataDirectory, HotlineResult } from '../../sdk/hotlines/directory-core.js';
import { channelSourceAge, confirmationNote } from '../../sdk/hotlines/freshness.js';
import { hotlineDisplayName } from '../../sdk/hotlines/names.js';
import type { NumberReportChannel } from '../../sdk/hotlines/number-report.js';
import type * as NumberReportView from './number-report-view.js';
import type { LaterScreens } from './screens-code.js';
import type { Channel, Hotline, HotlineTopic } from '../../sdk/hotlines/schema.js';
import { emergencyCalls, emergencyNumberList } from '../shared/emergency-numbers.js';
import { countryName, languageName, partialDate } from '../shared/formats.js';
import { formatWeekdayTime } from '../shared/cldr-names.js';
import { channelName, dataLabel } from '../shared/words.js';
import { confirmationWords } from '../shared/confirmation-words.js';
import { SafeContactEvent } from './events.js';
import type { HotlineFilters, SafeFilterChangeEvent } from './events.js';
import { actionText, operatorName, serviceKindName, steadyHoursText, topicChoiceName, topicName } from './words.js';
import { badgeChannel, mixedHours } from './find-lines.js';

/** What the views read from the finder, and what they may ask it to do. */
export interface FinderView {
  /** The data in use, once chosen or loaded. */
  readonly directory: CheckedDataDirectory | undefined;
  /** Set while the data of the country shown is on its way (or failed to come): its numbers are not known yet. */
  readonly arriving: boolean;
  readonly filters: HotlineFilters;
  readonly locale: string;
  /** This finder's prefix for element ids, unique in the page. */
  readonly uid: string;
  /** The moment "open now" is worked out for; the current time when unset. */
  readonly now: Date | undefined;
  /** Where "This number did not work" goes, as the site configured it; none offers no such action. */
  readonly numberReportChannel: NumberReportChannel | undefined;
  /** "This number did not work" (number-report-view.ts), once its chunk has arrived: fetched only when the site configured where it goes. */
  readonly numberReportView: typeof NumberReportView | undefined;
  /** The lists of choices, "More choices" and the empty view (later-screens.ts), once their chunk has arrived. */
  readonly screens: LaterScreens | undefined;
  /** Fetches the later screens now, saying "Loading…" until they come: a person reached for a control that needs them. */
  want(): void;
  setFilter<K extends keyof HotlineFilters>(key: K, value: HotlineFilters[K]): void;
  /** Clears every filter but the country. */
  widen(): void;
  copy(hotline: Hotline, channel: Channel, index: number): void;
  emit(event: SafeContactEvent | SafeFilterChangeEvent): void;
}

/** The emergency bar, always shown: the country's sourced numbers, or the advice to call the local one. */
export function renderEmergency(view: FinderView, country: string): TemplateResult {
  if (!view.directory || !country || view.arriving) {
    return html`<div part="emergency" class="emergency">
      <p class="emergency-text">${msg('In danger right now? Call your local emergency number.')}</p>
    </div>`;
  }
  const { calls } = emergencyCalls(view.directory, country);
  if (calls.length === 0) {
    const name = countryName(country, view.locale);
    return html`<div part="emergency" class="emergency">
      <p class="emergency-text">
        ${msg(str`In danger right now? Call your local emergency number. We have no checked emergency number for ${name}.`)}
      </p>
    </div>`;
  }
  return html`<div part="emergency" class="emergency">
    <p class="emergency-text" id="${view.uid}-emergency">${msg('In danger right now? Call:')}</p>
    ${emergencyNumberList(calls, { locale: view.locale, order: 'number-first', labelledBy: `${view.uid}-emergency` })}
  </div>`;
}

/**
 * The filters. Until the later screens have come, each list holds only what is chosen and "More
 * choices" is empty: reaching for any of them fetches the rest at once, and the same controls fill
 * in when it arrives, so focus stays where the person put it.
 */
export function renderFilters(view: FinderView): TemplateResult {
  const f = view.filters;
  const screens = view.screens;
  const id = view.uid;
  // The list shows short names, which fit a phone's closed list; the chosen one's full words follow it.
  const needDetail = f.need && topicName(f.need) !== topicChoiceName(f.need) ? topicName(f.need) : '';
  return html`<form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()} @focusin=${view.want} @pointerdown=${view.want}>
    <div class="field">
      <label for="${id}-country">${msg('Where are you now?')}</label>
      <select id="${id}-country" class="countries" @change=${(e: Event) => view.setFilter('country', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!f.country}>${msg('Choose a country')}</option>
        ${screens
          ? screens.countryOptions(view, f.country)
          : f.country
            ? html`<option value=${f.country} selected>${countryName(f.country, view.locale)}</option>`
            : nothing}
      </select>
    </div>
    <div class="field">
      <label for="${id}-need">${msg('What do you need help with?')}</label>
      <select
        id="${id}-need"
        aria-describedby=${needDetail ? `${id}-need-detail` : nothing}
        @change=${(e: Event) => view.setFilter('need', (e.target as HTMLSelectElement).value as HotlineTopic | '')}
      >
        <option value="" ?selected=${!f.need}>${msg('Anything')}</option>
        ${screens ? screens.needOptions(f.need) : f.need ? html`<option value=${f.need} selected>${topicChoiceName(f.need)}</option>` : nothing}
      </select>
      ${needDetail ? html`<p class="choice-detail" id="${id}-need-detail">${needDetail}</p>` : nothing}
    </div>
    <details class="more-filters">
      <summary>${msg('More choices')}</summary>
      ${screens ? screens.moreChoices(view) : nothing}
    </details>
    <div class="check">
      <input
        id="${id}-open"
        type="checkbox"
        .checked=${f.openNow}
        @change=${(e: Event) => view.setFilter('openNow', (e.target as HTMLInputElement).checked)}
      />
      <label for="${id}-open">${msg('Open now only')}</label>
    </div>
  </form>`;
}

export function renderResult(view: FinderView, result: HotlineResult, index: number): TemplateResult {
  const { hotline } = result;
  const nameId = `${view.uid}-r${index}`;
  const badge = badgeChannel(result);
  const languages = [...new Set(result.channels.flatMap((c) => c.channel.languages))];
  const more = result.channels.some((c) => c.channel.moreLanguages);
  const list = `${languages.map((l) => languageName(l, view.locale)).join(', ')}${more ? ', …' : ''}`;
  // When channels keep different hours, each one says its own.
  const eachOwnHours = mixedHours(result);
  return html`<li part="result" class="result">
    <article aria-labelledby=${nameId}>
      ${renderName(view, hotline, nameId)}
      <p class="meta">
        <span part="operator" class="operator">${operatorName(hotline.organization.operator)}</span>
        ${badge ? renderBadge(view, badge) : nothing}
      </p>
      <ul class="channels">
        ${result.channels.map((status) => renderChannel(view, hotline, status, eachOwnHours))}
      </ul>
      ${languages.length
        ? html`<p part="languages" class="languages">
            ${msg(str`Languages: ${list}`)}
          </p>`
        : nothing}
      ${renderProvenance(view, hotline)} ${renderSave(view, hotline, nameId)} ${view.numberReportView?.renderNumberReport(view, hotline, nameId) ?? nothing}
    </article>
  </li>`;
}

/**
 * The line's name in the reader's language where the data has one; otherwise the organisation's
 * own name, kept as it is (a proper name: `translate="no"`), with a line in the reader's language
 * that says what kind of service it is.
 */
function renderName(view: FinderView, hotline: Hotline, nameId: string): TemplateResult {
  const name = hotlineDisplayName(hotline, view.locale);
  const readerLanguage = view.locale.split('-')[0];
  const foreign = !name.inReaderLanguage && readerLanguage !== 'en';
  return html`<h3 part="result-name" class="name" id=${nameId} tabindex="-1">
      <span translate=${foreign ? 'no' : nothing}>${keepNumbersWhole(name.text)}</span>
    </h3>
    ${foreign && name.kind
      ? html`<p part="result-kind" class="kind">
          ${serviceKindName(name.kind)}${name.ownName ? html` · <span translate="no">${name.ownName.text}</span>` : nothing}
        </p>`
      : nothing}`;
}

/**
 * "Save contact" with the name it is saved under: anyone who opens the phone's contacts may read
 * that name, so the person chooses it, and the default is a first name that says nothing about the
 * line. The card is made in the page (no request) and its file name says nothing either.
 */
function renderSave(view: FinderView, hotline: Hotline, nameId: string): TemplateResult {
  const fieldId = `${nameId}-save-name`;
  const card = (name: string) => vCardDataUrl(toVCard(hotline, { locale: view.locale, name: name.trim() || defaultContactName(), note: vCardNote(view, hotline) }));
  const rename = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const link = input.closest('.save-row')?.querySelector<HTMLAnchorElement>('[part="save"]');
    if (link) link.href = card(input.value);
  };
  return html`<div class="save-row">
    <label class="save-label" for=${fieldId}>${msg('Save in your contacts as')}</label>
    <input part="save-name" class="save-name" id=${fieldId} aria-describedby=${nameId} type="text" autocomplete="off" spellcheck="false" maxlength="40" value=${defaultContactName()} @input=${rename} />
    <a
      part="save"
      class="save"
      href=${card(defaultContactName())}
      download="contact.vcf"
      @click=${() => view.emit(new SafeContactEvent(hotline.id, 'save-contact', null, -1))}
      >${msg('Save contact')}</a
    >
  </div>`;
}

/** A common first name in the reader's language: a contact saved under it reveals nothing. */
function defaultContactName(): string {
  return msg('Aida', { id: 'finder.default-contact-name', desc: 'A common first name, used as the default name of a saved hotline contact so that it reveals nothing.' });
}

/**
 * Keeps each number in a text on one line ("116 16", "+7 925 115 50 47") by wrapping it in a
 * no-wrap span; the text itself (what is read out and copied) stays as it was.
 */
function keepNumbersWhole(text: string): (string | TemplateResult)[] {
  return text.split(/(\+?\d[\d ()-]*\d)/).map((part, i) => (i % 2 ? html`<span class="nowrap">${part}</span>` : part));
}

/**
 * A contact button's words with the number or address kept whole: a number never breaks inside, and
 * an e-mail address only after its "@" and dots.
 */
function contactWords(channel: Channel, shown: string): (string | TemplateResult)[] {
  const mark = '\u0000';
  const [before = '', after = ''] = actionText(channel, mark).split(mark);
  const value =
    channel.type === 'email'
      ? html`<span class="address">${shown.split(/(?<=[@.])/).map((piece, i) => (i ? html`<wbr />${piece}` : piece))}</span>`
      : html`<span class="nowrap">${shown}</span>`;
  // One span, so that the button's flex layout sees one item that wraps between words, not a row of pieces.
  return actionText(channel, mark).includes(mark) ? [html`<span>${before}${value}${after}</span>`] : [actionText(channel, shown)];
}

function renderBadge(view: FinderView, status: ChannelStatus): TemplateResult {
  const kind = status.channel.hours.type === 'unknown' ? 'unknown' : status.open;
  return html`<span part="badge badge-${kind}" class="badge badge-${kind}">${hoursText(view, status)}</span>`;
}

/** Open now and until when, in the visitor's own time, in words. */
function hoursText(view: FinderView, status: ChannelStatus): string {
  const { hours } = status.channel;
  if (hours.type === 'always' || hours.type === 'unknown') return steadyHoursText(hours.type);
  const time = status.next ? clockTime(view, status.next) : '';
  if (status.open === 'open') return time ? msg(str`Open now, closes at ${time}`) : msg('Open now');
  if (status.open === 'closed') return time ? msg(str`Closed now, opens at ${time}`) : msg('Closed now');
  return time ? msg(str`May be open now, until ${time}`) : msg('Hours not known');
}

/** The visitor's calendar day, and their clock time in each locale: made once, as creating one costs more than using it. */
let dayFormat: Intl.DateTimeFormat | undefined;
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A time in the visitor's own time zone, with the weekday when it is not today. */
function clockTime(view: FinderView, date: Date): string {
  const now = view.now ?? new Date();
  dayFormat ??= new Intl.DateTimeFormat('en-CA');
  const sameDay = dayFormat.format(date) === dayFormat.format(now);
  // Browsers lack weekday names for several of our languages ("Tue 09:00" in Uzbek): the shipped CLDR names fill in.
  if (!sameDay) return formatWeekdayTime(date, view.locale);
  let time = timeFormats.get(view.locale);
  if (!time) timeFormats.set(view.locale, (time = new Intl.DateTimeFormat(view.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return time.format(date);
}

function renderChannel(view: FinderView, hotline: Hotline, status: ChannelStatus, showHours: boolean): TemplateResult {
  const { channel, index } = status;
  const href = contactHref(channel);
  const shown = contactText(channel);
  const label = channel.label ? dataLabel(channel.label, view.locale, channelName(channel.type)) : '';
  const age = view.directory ? channelSourceAge(hotline, channel, view.directory.data) : undefined;
  // Said once: when the line's own note already names the same old date, the number does not repeat it.
  const oldSource = age?.code === 'old-source' && age.date && age.date !== confirmationNote(hotline, view.directory!.data).date ? age.date : '';
  const notes = [
    showHours ? hoursText(view, status) : '',
    oldSource ? msg(str`From an old source, dated ${partialDate(oldSource, view.locale)}`) : '',
    'tollFree' in channel && channel.tollFree === 'yes' ? msg('Free call') : '',
    channel.reachableFromAbroad === 'no' ? msg('Not from abroad') : '',
  ].filter(Boolean);
  const open = () => view.emit(new SafeContactEvent(hotline.id, 'open', channel.type, index));
  // A number is never split across lines: no-break spaces and hyphens, for display only.
  const display = 'printed' in channel ? shown.replace(/ /g, '\u00a0').replace(/-/g, '\u2011') : shown;
  const isWeb = channel.type === 'website' || channel.type === 'web-chat';
  return html`<li class="channel">
    ${href
      ? html`<a
          part="contact"
          class="contact"
          href=${href}
          @click=${open}
          target=${isWeb || href.startsWith('https://') ? '_blank' : nothing}
          rel=${isWeb || href.startsWith('https://') ? 'noopener noreferrer' : nothing}
          >${contactWords(channel, display)}</a
        >`
      : html`<span class="contact contact-text">${channelName(channel.type)}: <span class="nowrap">${display}</span></span>`}
    ${isWeb
      ? nothing
      : html`<button part="copy" class="copy" type="button" aria-label=${msg(str`Copy ${shown}`)} @click=${() => view.copy(hotline, channel, index)}>
          ${msg('Copy')}
        </button>`}
    ${label || notes.length ? html`<span class="channel-notes">${[label, ...notes].filter(Boolean).map((note, i) => (i ? html` · ${note}` : note))}</span>` : nothing}
  </li>`;
}

function renderProvenance(view: FinderView, hotline: Hotline): TemplateResult {
  const source = hotline.provenance.sources.find((s) => s.url);
  const note = view.directory ? confirmationNote(hotline, view.directory.data) : undefined;
  return html`<p part="provenance" class="provenance">
    ${note ? html`<span class=${note.current ? nothing : 'warning'}>${confirmationWords(note, view.locale)}</span>` : msg('Date of last confirmation not known')}
    ${source?.url
      ? html`· <a href=${source.url} target="_blank" rel="noopener noreferrer">${msg('Source')}</a>`
      : nothing}
  </p>`;
}

/** The card's note: when the numbers were last confirmed, without the source's address, which could name the line. */
function vCardNote(view: FinderView, hotline: Hotline): string {
  const { lastConfirmed } = hotline.provenance;
  const date = lastConfirmed ? partialDate(lastConfirmed, view.locale) : msg('not known');
  return msg(str`Last confirmed: ${date}`);
}

export function renderAbout(view: FinderView): TemplateResult {
  const reviewed = view.directory ? partialDate(view.directory.data.reviewed, view.locale) : '';
  return html`<p class="about">${msg(str`Nothing you choose here leaves this page. List last checked: ${reviewed}`)}</p>`;
}
