/**
 * The hotline data's fixed vocabularies and bounds: the constants the schema checks against, in a
 * module of their own so that code working on checked data (the finder's first screen, the
 * directory's ranking) can name a topic or a channel without bringing in the schema and zod.
 * schema.ts re-exports every name here.
 */
/** What a line helps with: a fixed taxonomy, so that a filter means the same in every file. */
export const hotlineTopics = [
  'trafficking',
  'labour-exploitation',
  'migrant-rights',
  'legal-aid',
  'psychological-support',
  'shelter',
  'domestic-violence',
  'child-protection',
  'emergency',
] as const;

/**
 * Who runs a line. People wary of the police choose by this: `police` covers every law-enforcement
 * body (police, interior ministry, customs).
 */
export const operatorTypes = ['ngo', 'government', 'police', 'international', 'other'] as const;

/** How a line is reached. */
export const channelTypes = ['phone', 'sms', 'whatsapp', 'telegram', 'viber', 'email', 'web-chat', 'website'] as const;

/** The channels reached by dialling or texting a number. */
export const numberChannelTypes = ['phone', 'sms', 'whatsapp', 'viber'] as const;

/** Yes, no, or not known: used wherever a source may be silent. */
export const triState = ['yes', 'no', 'unknown'] as const;

/**
 * How far an entry can be trusted.
 * - `confirmed`: a dated source that can be looked up, from within the review window, prints it.
 * - `lead`: a source prints it, but it is old, undated, ambiguous or from seed documents only: call to check.
 * - `outdated`: a source says it ended, or it belonged to a project that ended; kept for the record.
 */
export const provenanceStatuses = ['confirmed', 'lead', 'outdated'] as const;

/** Days of the week as RFC 5545 `BYDAY` writes them (and HSDS 3 `schedule.byday`). */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * What kind of service a line is, so that a widget can say it in the reader's language when the
 * line's own name is only in the organisation's language.
 * - `trafficking-hotline`: a line for trafficking and forced labour.
 * - `migrant-helpline`: advice and help for migrants (rights, documents, work).
 * - `labour-complaints`: a labour ministry's or inspectorate's line for complaints about work.
 * - `violence-helpline`: a line for domestic or gender-based violence.
 * - `child-helpline`: a line for children and young people.
 * - `crisis-line`: a trust or crisis line (psychological help).
 * - `government-contact-centre`: a state contact centre that takes many kinds of calls.
 * - `consular-help`: an embassy's, consulate's or home ministry's line for its citizens abroad.
 * - `support-organisation`: an NGO or international organisation's office that helps in person or by contact.
 * - `emergency-service`: an emergency service's own line (police, rescue).
 */
export const serviceKinds = [
  'trafficking-hotline',
  'migrant-helpline',
  'labour-complaints',
  'violence-helpline',
  'child-helpline',
  'crisis-line',
  'government-contact-centre',
  'consular-help',
  'support-organisation',
  'emergency-service',
] as const;

/**
 * How someone confirmed a line: `call` (they called it and it answered), `email` (the operator
 * answered an e-mail), `source` (they found a dated source that shows it working).
 */
export const confirmationMethods = ['call', 'email', 'source'] as const;

/** Trouble a source can report about a line: test calls that went unanswered. */
export const reportedProblems = ['calls-unanswered'] as const;

/** Which emergency service a number reaches. */
export const emergencyServices = ['general', 'police', 'ambulance', 'fire', 'gas'] as const;

export type HotlineTopic = (typeof hotlineTopics)[number];
export type OperatorType = (typeof operatorTypes)[number];
export type ChannelType = (typeof channelTypes)[number];
export type NumberChannelType = (typeof numberChannelTypes)[number];
export type TriState = (typeof triState)[number];
export type ProvenanceStatus = (typeof provenanceStatuses)[number];
export type Weekday = (typeof weekdays)[number];
export type EmergencyService = (typeof emergencyServices)[number];
export type ServiceKind = (typeof serviceKinds)[number];
export type ConfirmationMethod = (typeof confirmationMethods)[number];
export type ReportedProblemCode = (typeof reportedProblems)[number];

/** Bounds on free text, so that a hostile file cannot make the widget render megabytes. */
export const hotlineLimits = {
  name: 200,
  quote: 2000,
  note: 1000,
  printed: 100,
  url: 2000,
  hotlines: 20000,
  channels: 30,
  sources: 20,
} as const;
