/**
 * The emergency numbers as the form shows them: on the danger step when someone may be in danger,
 * and again on the failure screen, since a person whose report did not arrive may still need help
 * now. Every number and every country offered comes from the hotline data; a country the data has
 * no sourced number for says so, in the person's language, and gives no number.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { countryNameOrCode, emergencyRenderer, placeNames } from './place-names.js';
import type { EmergencySource } from '../shared/emergency-numbers.js';

/** What the emergency panel reads from the form. */
export interface EmergencyView {
  /** The bundled emergency numbers, once loaded. */
  readonly directory: EmergencySource | undefined;
  /** The country whose numbers are shown: the person's choice, else the `country` attribute. */
  readonly country: string;
  /** The person chose another country. */
  choose(country: string): void;
}

/**
 * The countries "Where are you now?" offers: every country with sourced emergency numbers in the
 * data (Central Asia and the destination countries), so that a country added to the data is
 * offered without a change here, plus the one asked for.
 */
function countryChoices(directory: EmergencySource, current: string): string[] {
  const codes = directory.countries();
  if (current && !codes.includes(current)) codes.push(current);
  return codes;
}

/** The panel: the numbers of the chosen country, how current their source is, and "Where are you now?". */
export function renderEmergency(view: EmergencyView, locale: string, after: TemplateResult | typeof nothing = nothing): TemplateResult {
  const { directory, country } = view;
  // The form sets `directory` once the numbers' renderer has come with them (place-names.ts).
  const numbers = emergencyRenderer();
  const found = directory && numbers ? numbers.emergencyCalls(directory, country) : undefined;
  // The form sets `directory` once the names have come too; a failed fetch of the names leaves out the choice of country.
  const names = placeNames(locale);
  const options = directory && names ? names.byCountryName(countryChoices(directory, found?.country ?? ''), locale) : [];
  const selectId = 'emergency-country';
  return html`<div part="emergency" class="notice">
    <h3>${msg('If someone is in danger now, call for help')}</h3>
    ${found && found.calls.length > 0
      ? html`${numbers!.emergencyNumberList(found.calls, { locale, order: 'service-first' })}
          ${found.confirmation && names ? html`<p class="hint">${names.confirmationWords(found.confirmation, locale)}</p>` : nothing}`
      : html`<p>${msg('Call the local emergency number.')}</p>
          ${found?.country ? html`<p>${msg(str`We have no checked emergency number for ${countryNameOrCode(found.country, locale)}.`)}</p>` : nothing}`}
    ${options.length > 0
      ? html`<div class="field">
          <label class="field-label" for=${selectId}>${msg('Where are you now?')}</label>
          <select id=${selectId} class="countries" @change=${(e: Event) => view.choose((e.target as HTMLSelectElement).value)}>
            ${found?.country ? nothing : html`<option value="" selected>${msg('Choose a country')}</option>`}
            ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === found?.country}>${o.name}</option>`)}
          </select>
        </div>`
      : nothing}
    <slot name="emergency"></slot>
    ${after}
  </div>`;
}
