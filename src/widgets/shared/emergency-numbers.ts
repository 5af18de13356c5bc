/**
 * The emergency numbers every element shows the same way: from the hotline SDK's sourced data only
 * (this module holds no number of its own), each one a `tel:` link that names its service.
 *
 * The bundled data is loaded with its own `import()`, so that an element's first paint does not
 * wait for it: the hotline finder the parts of the countries it shows, the report form the
 * emergency numbers alone (hotline-parts.ts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { telHref } from '../../sdk/rules.js';
import type { EmergencyNumbers, HotlineDirectory } from '../../sdk/hotlines/directory.js';
import type { ConfirmationNote } from '../../sdk/hotlines/freshness.js';
import type { EmergencyService, LocalizedText } from '../../sdk/hotlines/schema.js';
import { countryCode } from './attribute-values.js';
import { emergencyLabel, emergencyLabelText, emergencyServiceName } from './words.js';

/** One number to call, ready for a `tel:` link. */
export interface EmergencyCall {
  service: EmergencyService;
  /** The number as people write it locally, e.g. `112`. */
  printed: string;
  /** The `tel:` link. */
  href: string;
  /** What the data adds about this number (a city, an operator), in several languages. */
  label: LocalizedText | undefined;
}

/** A country's numbers, with why they are or are not shown as confirmed (`null` when no source gave any). */
export interface EmergencyCalls {
  country: string;
  calls: EmergencyCall[];
  confirmation: ConfirmationNote | null;
}

/**
 * Any country's sourced emergency numbers and the countries that have some, from the bundled data
 * (as the SDK's `emergencyNumbersFor()` and `countriesWithEmergencyNumbers()`), for an element that
 * needs no other hotline data.
 */
export interface EmergencySource {
  emergencyNumbers(country: string): EmergencyNumbers;
  countries(): string[];
}

/** Starts loading every country's emergency numbers (their own part of the bundled data, no line) and resolves with them. */
export function loadEmergencySource(): Promise<EmergencySource> {
  return import('./hotline-parts.js').then((m) => m.loadEmergencySource());
}

/** The sourced emergency numbers of `country`; none when it is not a country code or the data has no source for it. */
export function emergencyCalls(directory: Pick<HotlineDirectory, 'emergencyNumbers'>, country: string): EmergencyCalls {
  const code = countryCode(country);
  if (!code) return { country: country.trim().toUpperCase(), calls: [], confirmation: null };
  const found = directory.emergencyNumbers(code);
  return {
    country: code,
    calls: found.numbers.map((n) => ({ service: n.service, printed: n.printed, href: telHref(n.dial), label: n.label })),
    confirmation: found.confirmation,
  };
}


/** How an element lays out each number: the number first (a compact bar) or the service first (a list to read). */
export type EmergencyNumberOrder = 'number-first' | 'service-first';

/**
 * The list of call links: one `<li>` per number, each an `<a part="emergency-number">` whose text
 * is the number and what it reaches. `labelledBy` names the element's sentence that introduces it.
 */
export function emergencyNumberList(calls: readonly EmergencyCall[], options: { locale: string; order: EmergencyNumberOrder; labelledBy?: string }): TemplateResult {
  const service = (call: EmergencyCall) =>
    html`<span class="service">${emergencyServiceName(call.service)}${call.label ? html` (${emergencyLabel(call.label, options.locale)})` : ''}</span>`;
  const number = (call: EmergencyCall) => html`<span class="number">${call.printed}</span>`;
  return html`<ul class="emergency-numbers" aria-labelledby=${options.labelledBy ?? nothing}>
    ${calls.map(
      (call) =>
        html`<li>
          <a part="emergency-number" class="emergency-number" href=${call.href} aria-label=${options.order === 'number-first' ? numberFirstName(call, options.locale) : nothing}
            >${options.order === 'number-first' ? html`${number(call)} ${service(call)}` : html`${service(call)}: ${number(call)}`}</a
          >
        </li>`,
    )}
  </ul>`;
}

/**
 * A number-first call link's accessible name, with a dash between the number and the service: the
 * two are flex items, and a screen reader that reads a link's text (Orca in Chromium) ran them
 * together ("112Экстренные службы") because flex layout drops the space between them. A
 * service-first link ("Police: 102") is inline text and needs no name of its own.
 */
export function numberFirstName(call: EmergencyCall, locale: string): string {
  return `${call.printed} — ${emergencyServiceName(call.service)}${call.label ? ` (${emergencyLabelText(call.label, locale)})` : ''}`;
}
