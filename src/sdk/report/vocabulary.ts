/**
 * The report's choices and limits as plain values, apart from its zod schema (schema.ts), so that
 * a form's first screen can offer the choices and check the lengths without loading zod.
 */

/** Who is writing. */
export const reporterRoles = ['self', 'family-or-friend', 'witness', 'professional'] as const;

/**
 * What the person saw, offered as checkboxes in plain words. Each maps to an ILO indicator so the
 * receiving organisation can triage; none is required.
 */
export const reportIndicators = [
  'deceived-about-job',
  'documents-taken',
  'not-paid',
  'debt-or-fees',
  'cannot-leave',
  'threats',
  'violence',
  'forced-sex',
  'forced-to-commit-crimes',
  'watched-or-isolated',
  'excessive-hours',
  'bad-living-conditions',
] as const;

/** Ways an organisation may contact the reporter, when the reporter says it is safe. */
export const contactChannels = ['phone', 'sms', 'whatsapp', 'telegram', 'signal', 'email'] as const;

/** Yes, no, or not known. */
export const yesNoUnknown = ['yes', 'no', 'unknown'] as const;

/** Upper bounds on every free-text field, in UTF-16 code units. */
export const reportLimits = {
  description: 10000,
  city: 100,
  placeDetails: 500,
  whenText: 200,
  address: 200,
  safeTimes: 200,
  codeWord: 100,
} as const;

/** The most people a report can count. */
export const reportPeopleLimit = 10000;
