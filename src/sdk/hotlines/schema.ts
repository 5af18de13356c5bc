/**
 * The hotline data format: a profile of Open Referral HSDS 3, extended where HSDS falls short for
 * hotlines (hours per channel in IANA time zones, messaging apps, reachability from abroad,
 * operator type, provenance on every entry). docs/data-format.md maps each field to HSDS.
 *
 * Every outside file goes through `hotlineDataSchema` (see `validateHotlineData`), so the rest of
 * the SDK works on typed values only.
 */
import * as z from 'zod/mini';
import { countryCodePattern, emailAddressPattern, internationalDialPattern, telegramUsernamePattern } from '../rules.js';
import { hotlineTopics, operatorTypes, numberChannelTypes, triState, provenanceStatuses, weekdays, serviceKinds, confirmationMethods, reportedProblems, emergencyServices, hotlineLimits } from './vocabulary.js';
import type { HotlineTopic, OperatorType, NumberChannelType, TriState, ProvenanceStatus, Weekday, EmergencyService, ServiceKind, ConfirmationMethod, ReportedProblemCode } from './vocabulary.js';

export { hotlineTopics, operatorTypes, channelTypes, numberChannelTypes, triState, provenanceStatuses, weekdays, serviceKinds, confirmationMethods, reportedProblems, emergencyServices, hotlineLimits } from './vocabulary.js';
export type { HotlineTopic, OperatorType, ChannelType, NumberChannelType, TriState, ProvenanceStatus, Weekday, EmergencyService, ServiceKind, ConfirmationMethod, ReportedProblemCode } from './vocabulary.js';

const DIAL_FORMAT = 'must be + and 7 to 15 digits (E.164), or the digits of a short or national number';
/** What a phone dials: the international form, or the digits of a short or national number. */
const dialPattern = new RegExp(`${internationalDialPattern.source}|^\\d{2,15}$`);

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/**
 * A lower-case slug: `kz-contact-centre-111`.
 * @internal Validation schema; not part of the public API.
 */
export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as kz-contact-centre-111'), z.maxLength(100));

/**
 * ISO 3166-1 alpha-2, upper case.
 * @internal Validation schema; not part of the public API.
 */
export const countryCodeSchema = z.string().check(z.regex(countryCodePattern, 'must be an ISO 3166-1 alpha-2 code in capitals, such as KZ'));

/**
 * ISO 3166-2 subdivision code: the country, a hyphen, one to three letters or digits.
 * @internal Validation schema; not part of the public API.
 */
export const subdivisionCodeSchema = z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as KZ-79'));

/**
 * A BCP 47 language tag with a script where it matters: `ru`, `kk`, `uz-Latn`, `uz-Cyrl`.
 * @internal Validation schema; not part of the public API.
 */
export const languageTagSchema = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, 'must be a BCP 47 language tag such as ru, kk or uz-Cyrl'),
  z.maxLength(35),
);

/**
 * A date as precise as the source gives it: `2023`, `2023-10` or `2023-10-16`.
 * @internal Validation schema; not part of the public API.
 */
export const partialDateSchema = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'));

/**
 * A full calendar date, `YYYY-MM-DD`.
 * @internal Validation schema; not part of the public API.
 */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD'));

/**
 * A web address: http or https only (never `javascript:` or `data:`).
 * @internal Validation schema; not part of the public API.
 */
export const webUrlSchema = z.string().check(z.maxLength(hotlineLimits.url), z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'must be an http or https address'));

/**
 * A wall-clock time, `HH:MM` on a 24-hour clock; `24:00` ends a day.
 * @internal Validation schema; not part of the public API.
 */
export const clockTimeSchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time as HH:MM, 00:00 to 24:00'));

/**
 * Names in several languages, keyed by BCP 47 tag; `en` is always there as the fallback.
 * @internal Validation schema; not part of the public API.
 */
export const localizedTextSchema = z
  .record(languageTagSchema, text(hotlineLimits.name))
  .check(z.refine((value) => typeof value.en === 'string', { message: 'needs an "en" entry', path: ['en'] }));

const knownZones = new Map<string, boolean>();

function isIanaZone(zone: string): boolean {
  // A fixed offset is never a zone: it would be wrong for half the year wherever clocks change.
  if (/^(?:Etc\/)?(?:GMT|UTC|UCT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?$/i.test(zone) || /^[+-]\d/.test(zone)) return false;
  if (!zone.includes('/')) return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    // Asking Intl is slow; a file repeats a handful of zones thousands of times.
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/**
 * An IANA time-zone name the platform knows (`Asia/Almaty`), never a fixed UTC offset.
 * @internal Validation schema; not part of the public API.
 */
export const timeZoneSchema = z
  .string()
  .check(z.maxLength(64), z.refine(isIanaZone, { message: 'must be an IANA time-zone name such as Asia/Almaty, never a fixed offset' }));

/**
 * One span of opening time; `closes` at or before `opens` runs past midnight into the next day.
 * @internal Validation schema; not part of the public API.
 */
export const timeSpanSchema = z.strictObject({ opens: clockTimeSchema, closes: clockTimeSchema });

/**
 * A weekly rule: these days, these hours. Several rules on one day make a split shift.
 * @internal Validation schema; not part of the public API.
 */
export const weeklyRuleSchema = z.strictObject({
  days: z.array(z.enum(weekdays)).check(z.minLength(1), z.maxLength(7)),
  opens: clockTimeSchema,
  closes: clockTimeSchema,
});

/**
 * A dated exception: on this local date, only these spans (none: closed all day).
 * @internal Validation schema; not part of the public API.
 */
export const hoursExceptionSchema = z.strictObject({
  date: isoDateSchema,
  spans: z.array(timeSpanSchema).check(z.maxLength(6)),
});

const printedHours = z.optional(text(hotlineLimits.note));

/**
 * When a channel answers.
 * - `unknown`: no source states it (never guessed).
 * - `always`: 24 hours a day, every day.
 * - `weekly`: rules in an IANA zone, with dated exceptions. `daysStated: false` records a source
 *   that gives the hours but not the days ("9:00 to 18:00"): outside them the line is closed, inside
 *   them it may or may not be open.
 * `printed` keeps the hours as the source words them.
 * @internal Validation schema; not part of the public API.
 */
export const hoursSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('unknown'), printed: printedHours }),
  z.strictObject({ type: z.literal('always'), printed: printedHours }),
  z.strictObject({
    type: z.literal('weekly'),
    timeZone: timeZoneSchema,
    rules: z.array(weeklyRuleSchema).check(z.minLength(1), z.maxLength(30)),
    exceptions: z.optional(z.array(hoursExceptionSchema).check(z.maxLength(400))),
    daysStated: z.optional(z.boolean()),
    validFrom: z.optional(isoDateSchema),
    validUntil: z.optional(isoDateSchema),
    printed: printedHours,
  }),
]);

const channelCommon = {
  /** Whether a caller outside the line's countries can reach it; short codes are `no`. */
  reachableFromAbroad: z.enum(triState),
  /** Languages the channel answers in, as BCP 47 tags; empty when no source says. */
  languages: z.array(languageTagSchema).check(z.maxLength(60)),
  /** The source says it answers in more languages than it lists. */
  moreLanguages: z.optional(z.boolean()),
  hours: hoursSchema,
  /** A short label from the source, such as the region a number serves. */
  label: z.optional(localizedTextSchema),
  /** Index into the entry's `provenance.sources` of the source that prints this channel. */
  source: z.int().check(z.minimum(0), z.maximum(hotlineLimits.sources - 1)),
};

/**
 * A number to call or text. `printed` is the number exactly as the source prints it and is what a
 * person sees. `dial` is what a phone dials: `+` and the E.164 digits when the international form
 * follows from the source, else the digits of a short code or national number (reachable only
 * inside the country). It is absent when the printed form cannot be dialled as it is (`800SAVE`).
 * @internal Validation schema; not part of the public API.
 */
export const numberChannelSchema = z.strictObject({
  type: z.enum(numberChannelTypes),
  printed: text(hotlineLimits.printed),
  dial: z.optional(z.string().check(z.regex(dialPattern, DIAL_FORMAT))),
  tollFree: z.enum(triState),
  ...channelCommon,
});

/**
 * A Telegram account or channel, by its public username (without `@`).
 * @internal Validation schema; not part of the public API.
 */
export const telegramChannelSchema = z.strictObject({
  type: z.literal('telegram'),
  username: z.string().check(z.regex(telegramUsernamePattern, 'must be a Telegram username without @')),
  ...channelCommon,
});

/**
 * An e-mail address.
 * @internal Validation schema; not part of the public API.
 */
export const emailChannelSchema = z.strictObject({
  type: z.literal('email'),
  address: z.string().check(z.maxLength(254), z.regex(emailAddressPattern, 'must be an e-mail address')),
  ...channelCommon,
});

/**
 * A web page: a chat window or the organisation's site.
 * @internal Validation schema; not part of the public API.
 */
export const webChannelSchema = z.strictObject({
  type: z.enum(['web-chat', 'website']),
  url: webUrlSchema,
  ...channelCommon,
});

/** @internal Validation schema; not part of the public API. */
export const channelSchema = z.discriminatedUnion('type', [numberChannelSchema, telegramChannelSchema, emailChannelSchema, webChannelSchema]);

/**
 * One source: where a fact was read, the words it used, and when it was published.
 * @internal Validation schema; not part of the public API.
 */
export const sourceSchema = z.strictObject({
  /** Where to read it; `null` only when the excerpt came without an address. */
  url: z.nullable(webUrlSchema),
  /** Who published it, when the address alone does not say. */
  citation: z.optional(text(hotlineLimits.note)),
  /** The source's own words. */
  quote: z.nullable(text(hotlineLimits.quote)),
  /** When it was published, as precisely as known; `null` when undated. */
  date: z.nullable(partialDateSchema),
  /** The date as the research note gives it ("undated (c. 2019-2020)"). */
  dateText: z.optional(text(hotlineLimits.note)),
  /** Numbers, usernames and addresses exactly as this source prints them. A channel may use only these. */
  prints: z.array(text(hotlineLimits.printed)).check(z.maxLength(30)),
  /**
   * `false` for a page that only repeats what others published (a blog, a travel site, an
   * aggregator): an entry whose numbers come only from such pages is "not an official source".
   */
  official: z.optional(z.boolean()),
});

/**
 * A check someone made after the sources were read: when, and how. The person's name stays in the
 * country file in the repository; the built data carries only what a reader needs.
 * @internal Validation schema; not part of the public API.
 */
export const confirmationSchema = z.strictObject({
  method: z.enum(confirmationMethods),
  /** The day of the call or e-mail; for `source`, the date the source was published. */
  date: isoDateSchema,
  /** For `source`: where it was read. */
  url: z.optional(webUrlSchema),
});

/**
 * Where an entry comes from and how far to trust it. `lastConfirmed` is the publication date of the
 * newest source that shows the line working; `seedOnly` marks a lead that only the project's seed
 * documents name (no source found) and is never shown as verified.
 * @internal Validation schema; not part of the public API.
 */
export const provenanceSchema = z.strictObject({
  status: z.enum(provenanceStatuses),
  /** Why the status is what it is, as a code (`recent-source`, `source-older-than-window`, …). */
  statusReason: z.string().check(z.regex(/^[a-z0-9-]+$/, 'must be a lower-case code'), z.maxLength(60)),
  seedOnly: z.boolean(),
  lastConfirmed: z.nullable(partialDateSchema),
  sources: z.array(sourceSchema).check(z.maxLength(hotlineLimits.sources)),
  /** Ids of the research leads this entry was built from. */
  leads: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20))),
  /** What a reader should know before relying on the entry, in English. */
  note: z.optional(text(hotlineLimits.quote)),
  /**
   * Trouble a source reported after the line was last shown working, such as calls that went
   * unanswered (`calls-unanswered`) on `date`.
   */
  problem: z.optional(z.strictObject({ code: z.enum(reportedProblems), date: partialDateSchema })),
  /** Checks made by people after the sources were read, newest last. */
  confirmations: z.optional(z.array(confirmationSchema).check(z.maxLength(50))),
});

/**
 * Who runs a line: HSDS `organization`, with the operator type added.
 * @internal Validation schema; not part of the public API.
 */
export const organizationSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  operator: z.enum(operatorTypes),
  website: z.optional(webUrlSchema),
});

/**
 * Where a line serves. `countries` are where a caller can be; `regions` narrow it when the service
 * is local; `servesNationalsOf` names the home countries of migrants it serves while they are abroad
 * (a Tajik ministry's line in Moscow: countries `RU`, servesNationalsOf `TJ`).
 * @internal Validation schema; not part of the public API.
 */
export const serviceAreaSchema = z.strictObject({
  countries: z.array(countryCodeSchema).check(z.minLength(1), z.maxLength(250)),
  regions: z.optional(z.array(subdivisionCodeSchema).check(z.maxLength(100))),
  servesNationalsOf: z.optional(z.array(countryCodeSchema).check(z.maxLength(250))),
  /** The area as the source words it ("Shymkent / Turkestan region"). */
  printed: z.optional(text(hotlineLimits.note)),
});

/**
 * One hotline or service: HSDS `service` with its `phone`s, `schedule`s, `language`s and `service_area`.
 * @internal Validation schema; not part of the public API.
 */
export const hotlineSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** What kind of service it is (absent in files written before the field existed). */
  kind: z.optional(z.enum(serviceKinds)),
  organization: organizationSchema,
  topics: z.array(z.enum(hotlineTopics)).check(z.maxLength(hotlineTopics.length)),
  channels: z.array(channelSchema).check(z.maxLength(hotlineLimits.channels)),
  area: serviceAreaSchema,
  provenance: provenanceSchema,
});

/**
 * A country's emergency number, with its own source.
 * @internal Validation schema; not part of the public API.
 */
export const emergencyNumberSchema = z.strictObject({
  service: z.enum(emergencyServices),
  printed: text(hotlineLimits.printed),
  dial: z.string().check(z.regex(dialPattern, DIAL_FORMAT)),
  tollFree: z.enum(triState),
  label: z.optional(localizedTextSchema),
  source: z.int().check(z.minimum(0), z.maximum(hotlineLimits.sources - 1)),
});

/**
 * The emergency numbers of one country that a source supports. A country absent from the list, or
 * with an empty `numbers`, has no sourced number: the finder says so rather than guess.
 * @internal Validation schema; not part of the public API.
 */
export const emergencyCountrySchema = z.strictObject({
  country: countryCodeSchema,
  numbers: z.array(emergencyNumberSchema).check(z.maxLength(20)),
  /** Services for which no source gave a number. */
  unsourced: z.optional(z.array(z.enum(emergencyServices))),
  provenance: provenanceSchema,
});

/**
 * A whole hotline data file.
 * @internal Validation schema; not part of the public API.
 */
export const hotlineDataSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(hotlineLimits.url))),
  format: z.literal('safe-migration-kit/hotlines'),
  /** The format's version; a reader refuses versions it does not know. */
  version: z.literal(1),
  /** The HSDS version this profile extends. */
  hsds: z.literal('3.0'),
  /** When the file was built. */
  generated: isoDateSchema,
  /** When its statuses were last reviewed; `confirmed` is measured back from this date. */
  reviewed: isoDateSchema,
  /** How many months back a source may be and still make an entry `confirmed`. */
  confirmWindowMonths: z.int().check(z.minimum(1), z.maximum(120)),
  hotlines: z.array(hotlineSchema).check(z.maxLength(hotlineLimits.hotlines)),
  emergency: z.array(emergencyCountrySchema).check(z.maxLength(250)),
});

/** Names in several languages, keyed by BCP 47 tag; `en` is always there as the fallback. */
export type LocalizedText = Record<string, string>;

/** One span of opening time, `HH:MM`; `closes` at or before `opens` runs past midnight into the next day. */
export interface TimeSpan {
  opens: string;
  closes: string;
}

/** A weekly rule: these days, these hours (`HH:MM`). Several rules on one day make a split shift. */
export interface WeeklyRule {
  days: Weekday[];
  opens: string;
  closes: string;
}

/** A dated exception: on this local date (`YYYY-MM-DD`), only these spans (none: closed all day). */
export interface HoursException {
  date: string;
  spans: TimeSpan[];
}

/** No source states when the channel answers (never guessed). */
export interface UnknownHours {
  type: 'unknown';
  /** The hours as the source words them. */
  printed?: string;
}

/** The channel answers 24 hours a day, every day. */
export interface AlwaysHours {
  type: 'always';
  /** The hours as the source words them. */
  printed?: string;
}

/** The channel answers by weekly rules in an IANA time zone, with dated exceptions. */
export interface WeeklyHours {
  type: 'weekly';
  /** An IANA time-zone name (`Asia/Almaty`), never a fixed offset. */
  timeZone: string;
  rules: WeeklyRule[];
  exceptions?: HoursException[];
  /**
   * `false` when the source gives the hours but not the days ("9:00 to 18:00"): outside them the
   * line is closed, inside them it may or may not be open.
   */
  daysStated?: boolean;
  /** The first day (`YYYY-MM-DD`) the rules apply. */
  validFrom?: string;
  /** The last day (`YYYY-MM-DD`) the rules apply. */
  validUntil?: string;
  /** The hours as the source words them. */
  printed?: string;
}

/** When a channel answers: not known, always, or by weekly rules. */
export type Hours = UnknownHours | AlwaysHours | WeeklyHours;

/** What every kind of channel has. */
export interface ChannelCommon {
  /** Whether a caller outside the line's countries can reach it; short codes are `no`. */
  reachableFromAbroad: TriState;
  /** Languages the channel answers in, as BCP 47 tags; empty when no source says. */
  languages: string[];
  /** The source says it answers in more languages than it lists. */
  moreLanguages?: boolean;
  /** When the channel answers. */
  hours: Hours;
  /** A short label from the source, such as the region a number serves. */
  label?: LocalizedText;
  /** Index into the entry's `provenance.sources` of the source that prints this channel. */
  source: number;
}

/**
 * A number to call or text. `printed` is the number exactly as the source prints it and is what a
 * person sees; `dial` is what a phone dials (`+` and E.164 digits, or a short or national number),
 * absent when the printed form cannot be dialled as it is.
 */
export interface NumberChannel extends ChannelCommon {
  type: NumberChannelType;
  printed: string;
  dial?: string;
  tollFree: TriState;
}

/** A Telegram account or channel, by its public username (without `@`). */
export interface TelegramChannel extends ChannelCommon {
  type: 'telegram';
  username: string;
}

/** An e-mail address. */
export interface EmailChannel extends ChannelCommon {
  type: 'email';
  address: string;
}

/** A web page: a chat window or the organisation's site (http or https only). */
export interface WebChannel extends ChannelCommon {
  type: 'web-chat' | 'website';
  url: string;
}

/** One way to reach a line. */
export type Channel = NumberChannel | TelegramChannel | EmailChannel | WebChannel;

/** One source: where a fact was read, the words it used, and when it was published. */
export interface Source {
  /** Where to read it; `null` only when the excerpt came without an address. */
  url: string | null;
  /** Who published it, when the address alone does not say. */
  citation?: string;
  /** The source's own words. */
  quote: string | null;
  /** When it was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `null` when undated. */
  date: string | null;
  /** The date as the research note gives it ("undated (c. 2019-2020)"). */
  dateText?: string;
  /** Numbers, usernames and addresses exactly as this source prints them. A channel may use only these. */
  prints: string[];
  /** `false` for a page that only repeats what others published (a blog, an aggregator). */
  official?: boolean;
}

/** A check someone made after the sources were read: when, and how. */
export interface Confirmation {
  method: ConfirmationMethod;
  /** The day (`YYYY-MM-DD`) of the call or e-mail; for `source`, the date the source was published. */
  date: string;
  /** For `source`: where it was read. */
  url?: string;
}

/** Trouble a source reported after the line was last shown working. */
export interface ReportedProblem {
  code: ReportedProblemCode;
  /** When, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
}

/** Where an entry comes from and how far to trust it. */
export interface Provenance {
  status: ProvenanceStatus;
  /** Why the status is what it is, as a code (`recent-source`, `source-older-than-window`, …). */
  statusReason: string;
  /** A lead that only the project's seed documents name (no source found); never shown as verified. */
  seedOnly: boolean;
  /** The publication date of the newest source that shows the line working. */
  lastConfirmed: string | null;
  sources: Source[];
  /** Ids of the research leads this entry was built from. */
  leads?: string[];
  /** What a reader should know before relying on the entry, in English. */
  note?: string;
  /** Trouble a source reported after the line was last shown working. */
  problem?: ReportedProblem;
  /** Checks made by people after the sources were read, newest last. */
  confirmations?: Confirmation[];
}

/** Who runs a line: HSDS `organization`, with the operator type added. */
export interface Organization {
  id: string;
  name: LocalizedText;
  operator: OperatorType;
  website?: string;
}

/**
 * Where a line serves: `countries` where a caller can be, `regions` (ISO 3166-2) when the service is
 * local, `servesNationalsOf` the home countries of migrants it serves while they are abroad.
 */
export interface ServiceArea {
  countries: string[];
  regions?: string[];
  servesNationalsOf?: string[];
  /** The area as the source words it ("Shymkent / Turkestan region"). */
  printed?: string;
}

/** One hotline or service: HSDS `service` with its `phone`s, `schedule`s, `language`s and `service_area`. */
export interface Hotline {
  /** A lower-case slug: `kz-contact-centre-111`. */
  id: string;
  name: LocalizedText;
  /** What kind of service it is (absent in files written before the field existed). */
  kind?: ServiceKind;
  organization: Organization;
  topics: HotlineTopic[];
  channels: Channel[];
  area: ServiceArea;
  provenance: Provenance;
}

/** A country's emergency number, with its own source. */
export interface EmergencyNumber {
  service: EmergencyService;
  printed: string;
  dial: string;
  tollFree: TriState;
  label?: LocalizedText;
  /** Index into the country's `provenance.sources`. */
  source: number;
}

/** The emergency numbers of one country that a source supports; none is guessed. */
export interface EmergencyCountry {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  numbers: EmergencyNumber[];
  /** Services for which no source gave a number. */
  unsourced?: EmergencyService[];
  provenance: Provenance;
}

/** A valid hotline data file, after parsing. */
export interface HotlineData {
  $schema?: string;
  format: 'safe-migration-kit/hotlines';
  /** The format's version; a reader refuses versions it does not know. */
  version: 1;
  /** The HSDS version this profile extends. */
  hsds: '3.0';
  /** When the file was built (`YYYY-MM-DD`). */
  generated: string;
  /** When its statuses were last reviewed; `confirmed` is measured back from this date. */
  reviewed: string;
  /** How many months back a source may be and still make an entry `confirmed`. */
  confirmWindowMonths: number;
  hotlines: Hotline[];
  emergency: EmergencyCountry[];
}
