/**
 * What `<safe-hotline-finder>` shows after its first screen, which needs none of it: the lists of
 * "Where are you now?" and "What do you need help with?", the "More choices" filters, what is shown
 * when no line fits, "Print this list" and "Share this list", and the country suggested from the
 * page's language and time zone. The finder imports this module in idle time after its first
 * render (screens-code.ts), or at once when a person reaches for one of these controls, or when
 * it has no country to show.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { channelTypes, hotlineTopics } from '../../sdk/hotlines/vocabulary.js';
import type { ChannelType, HotlineTopic } from '../../sdk/hotlines/schema.js';
import { byCountryName, countryName, languageName } from '../shared/formats.js';
import { channelName } from '../shared/words.js';
import type { FinderView } from './views.js';
import { topicChoiceName } from './words.js';

export { deviceTimeZone, suggestCountry } from './suggest-country.js';

/** Languages offered in the language filter: the widgets' own, Uzbek in both scripts. */
const languageChoices = ['ru', 'kk', 'ky', 'uz-Latn', 'uz-Cyrl', 'tg', 'tk', 'en'] as const;

/** The countries of the data by name, for "Where are you now?" and "Your home country"; `chosen` is selected. */
export function countryOptions(view: FinderView, chosen: string): TemplateResult[] {
  const countries = view.directory?.countries() ?? [];
  return byCountryName(countries, view.locale).map((c) => html`<option value=${c.code} ?selected=${c.code === chosen}>${c.name}</option>`);
}

/** Every problem, by its short name, for "What do you need help with?". */
export function needOptions(chosen: HotlineTopic | ''): TemplateResult[] {
  return hotlineTopics.map((t) => html`<option value=${t} ?selected=${t === chosen}>${topicChoiceName(t)}</option>`);
}

/** The filters under "More choices": the line's language, the way to get in touch, the home country. */
export function moreChoices(view: FinderView): TemplateResult {
  const f = view.filters;
  const id = view.uid;
  return html`<div class="field">
      <label for="${id}-language">${msg('Your language')}</label>
      <select id="${id}-language" @change=${(e: Event) => view.setFilter('language', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!f.language}>${msg('Any language')}</option>
        ${languageChoices.map((l) => html`<option value=${l} ?selected=${l === f.language}>${languageName(l, view.locale)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="${id}-channel">${msg('How do you want to get in touch?')}</label>
      <select id="${id}-channel" @change=${(e: Event) => view.setFilter('channel', (e.target as HTMLSelectElement).value as ChannelType | '')}>
        <option value="" ?selected=${!f.channel}>${msg('Any way')}</option>
        ${channelTypes.map((c) => html`<option value=${c} ?selected=${c === f.channel}>${channelName(c)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="${id}-from">${msg('Your home country')}</label>
      <select id="${id}-from" class="countries" @change=${(e: Event) => view.setFilter('from', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!f.from}>${msg('Same as where I am')}</option>
        ${countryOptions(view, f.from)}
      </select>
    </div>`;
}

export function renderEmpty(view: FinderView): TemplateResult {
  const f = view.filters;
  const narrowed = f.need || f.channel || f.openNow || f.language;
  const name = f.country ? countryName(f.country, view.locale) : '';
  return html`<div part="empty" class="empty">
    <p>
      ${!f.country
        ? msg('Choose the country you are in to see the lines there.')
        : narrowed
          ? msg('No line fits all these choices.')
          : msg(str`We have no lines for ${name} yet. The emergency numbers above are always there.`)}
    </p>
    ${f.country && narrowed
      ? html`<button class="more" type="button" @click=${view.widen}>${msg(str`Show every line for ${name}`)}</button>`
      : nothing}
  </div>`;
}

/** "Print this list" and "Share this list". */
export function renderPrintShare(print: () => void, share: () => void): TemplateResult {
  return html`<div part="print-share" class="print-share">
    <button part="print-button" class="more" type="button" @click=${print}>${msg('Print this list')}</button>
    <button part="share-button" class="more" type="button" @click=${share}>${msg('Share this list')}</button>
  </div>`;
}
