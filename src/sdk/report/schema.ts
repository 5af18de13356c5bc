/**
 * The report a person sends: one zod schema shared by the form, the delivery client and the
 * receiver, so that all three agree on what a valid report is. Only `description` and `consent`
 * are required; every other field is optional and bounded.
 */
import * as z from 'zod/mini';
import { countryCodePattern } from '../rules.js';
import { contactChannels, reportIndicators, reportLimits, reportPeopleLimit, reporterRoles, yesNoUnknown } from './vocabulary.js';

export { contactChannels, reportIndicators, reportLimits, reportPeopleLimit, reporterRoles, yesNoUnknown } from './vocabulary.js';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * Anonymous: the organisation cannot reply; this is the default.
 * @internal Validation schema; not part of the public API.
 */
export const anonymousContactSchema = z.strictObject({ mode: z.literal('anonymous') });

/**
 * Confidential contact: only when the reporter says it is safe, how and when.
 * @internal Validation schema; not part of the public API.
 */
export const confidentialContactSchema = z.strictObject({
  mode: z.literal('contact'),
  channel: z.enum(contactChannels),
  /** The number, username or e-mail address to use. */
  address: text(reportLimits.address),
  /** When it is safe to contact, in the reporter's words ("weekdays after 18:00"). */
  safeTimes: z.optional(text(reportLimits.safeTimes)),
  /** Whether the organisation may leave a voice or text message. */
  mayLeaveMessage: z.optional(z.boolean()),
  /** A word the organisation says first, so the reporter knows who is calling. */
  codeWord: z.optional(text(reportLimits.codeWord)),
});

/** @internal Validation schema; not part of the public API. */
export const contactPreferenceSchema = z.discriminatedUnion('mode', [anonymousContactSchema, confidentialContactSchema]);

/**
 * A report as the person sends it.
 * @internal Validation schema; not part of the public API.
 */
export const reportSchema = z.strictObject({
  /** What happened, in the reporter's words: the only required field besides consent. */
  description: text(reportLimits.description),
  /** The reporter agreed that the organisation may receive and use the report. */
  consent: z.literal(true),
  reporterRole: z.optional(z.enum(reporterRoles)),
  indicators: z.optional(z.array(z.enum(reportIndicators)).check(z.maxLength(reportIndicators.length))),
  where: z.optional(
    z.strictObject({
      /** ISO 3166-1 alpha-2 code, upper case. */
      country: z.optional(z.string().check(z.regex(countryCodePattern))),
      city: z.optional(text(reportLimits.city)),
      details: z.optional(text(reportLimits.placeDetails)),
    }),
  ),
  when: z.optional(
    z.strictObject({
      /** A date as precise as the reporter knows it: `2026`, `2026-11` or `2026-11-23`. */
      date: z.optional(z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/))),
      ongoing: z.optional(z.boolean()),
      text: z.optional(text(reportLimits.whenText)),
    }),
  ),
  people: z.optional(
    z.strictObject({
      count: z.optional(z.int().check(z.minimum(1), z.maximum(reportPeopleLimit))),
      anyUnder18: z.optional(z.enum(yesNoUnknown)),
    }),
  ),
  dangerNow: z.optional(z.enum(yesNoUnknown)),
  /** Absent means anonymous. */
  contact: z.optional(contactPreferenceSchema),
  /** The language the report was written in, as a BCP 47 tag. */
  locale: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), z.maxLength(35))),
  /**
   * Only inside an encrypted report: the key the organisation encrypts its replies with, derived
   * from the reporter's follow-up code (docs/report-api.md).
   */
  followUp: z.optional(z.strictObject({ replyKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)) })),
});

export type ReporterRole = (typeof reporterRoles)[number];
export type ReportIndicator = (typeof reportIndicators)[number];
export type ContactChannel = (typeof contactChannels)[number];
export type YesNoUnknown = (typeof yesNoUnknown)[number];
/** The organisation cannot reply; this is the default. */
export interface AnonymousContact {
  mode: 'anonymous';
}

/** The organisation may contact the reporter: only when the reporter says it is safe, how and when. */
export interface ConfidentialContact {
  mode: 'contact';
  channel: ContactChannel;
  /** The number, username or e-mail address to use. */
  address: string;
  /** When it is safe to contact, in the reporter's words ("weekdays after 18:00"). */
  safeTimes?: string;
  /** Whether the organisation may leave a voice or text message. */
  mayLeaveMessage?: boolean;
  /** A word the organisation says first, so the reporter knows who is calling. */
  codeWord?: string;
}

/** Whether and how the organisation may contact the reporter. */
export type ContactPreference = AnonymousContact | ConfidentialContact;

/** Where it happened. */
export interface ReportPlace {
  /** ISO 3166-1 alpha-2 code, upper case. */
  country?: string;
  city?: string;
  details?: string;
}

/** When it happened. */
export interface ReportTime {
  /** A date as precise as the reporter knows it: `2026`, `2026-11` or `2026-11-23`. */
  date?: string;
  ongoing?: boolean;
  text?: string;
}

/** Who is affected. */
export interface ReportPeople {
  /** How many people, 1 to 10,000. */
  count?: number;
  anyUnder18?: YesNoUnknown;
}

/**
 * A valid report, after parsing (strings trimmed; each within `reportLimits`). Only `description`
 * and `consent` are required.
 */
export interface Report {
  /** What happened, in the reporter's words. */
  description: string;
  /** The reporter agreed that the organisation may receive and use the report. */
  consent: true;
  reporterRole?: ReporterRole;
  indicators?: ReportIndicator[];
  where?: ReportPlace;
  when?: ReportTime;
  people?: ReportPeople;
  dangerNow?: YesNoUnknown;
  /** Absent means anonymous. */
  contact?: ContactPreference;
  /** The language the report was written in, as a BCP 47 tag. */
  locale?: string;
  /**
   * Only inside an encrypted report: the key the organisation encrypts its replies to the reporter
   * with, derived from the reporter's follow-up code. `ReportClient` adds it; a plaintext report
   * never carries it.
   */
  followUp?: ReportFollowUp;
}

/** What an encrypted report carries for the reporter's follow-up. */
export interface ReportFollowUp {
  /** The AES-256-GCM reply key, base64url (43 characters). */
  replyKey: string;
}

/** What a caller may pass in before parsing: the same shape; strings are trimmed when parsed. */
export type ReportInput = Report;

/**
 * The encrypted form of a report (`public-key` set): the receiver stores it as it is and only the
 * holder of the private key can read it. ECDH P-256 with an ephemeral key, HKDF-SHA-256, AES-256-GCM;
 * the plaintext is the report's JSON padded to a size bucket so that length says little.
 * @internal Validation schema; not part of the public API.
 */
export const encryptedReportSchema = z.strictObject({
  v: z.literal(1),
  alg: z.literal('ECDH-ES+HKDF-SHA-256+A256GCM'),
  /** Identifies the organisation's key (its JWK thumbprint), so it can rotate keys. */
  kid: z.optional(z.string().check(z.maxLength(128))),
  /** The sender's ephemeral public key. */
  epk: z.strictObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
    y: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  }),
  /** 12-byte AES-GCM nonce, base64url. */
  iv: z.string().check(z.regex(/^[A-Za-z0-9_-]{16}$/)),
  /** Ciphertext with its 16-byte tag, base64url; at most a 64 KiB bucket. */
  ciphertext: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(90000)),
});

/** The sender's ephemeral public key, as a JWK. */
export interface EphemeralPublicKey {
  kty: 'EC';
  crv: 'P-256';
  /** base64url, 43 characters. */
  x: string;
  /** base64url, 43 characters. */
  y: string;
}

/**
 * An encrypted report: the receiver stores it as it is and only the holder of the private key can
 * read it (ECDH P-256 with an ephemeral key, HKDF-SHA-256, AES-256-GCM).
 */
export interface EncryptedReport {
  v: 1;
  alg: 'ECDH-ES+HKDF-SHA-256+A256GCM';
  /** Identifies the organisation's key (its JWK thumbprint), so it can rotate keys. */
  kid?: string;
  /** The sender's ephemeral public key. */
  epk: EphemeralPublicKey;
  /** 12-byte AES-GCM nonce, base64url. */
  iv: string;
  /** Ciphertext with its 16-byte tag, base64url. */
  ciphertext: string;
}
