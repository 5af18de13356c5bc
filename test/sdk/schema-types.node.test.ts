import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import type {
  Channel,
  Confirmation,
  EmergencyCountry,
  EmergencyNumber,
  EncryptedReply,
  EncryptedReport,
  Hotline,
  HotlineData,
  Hours,
  HoursException,
  LocalizedText,
  Organization,
  Provenance,
  ServiceArea,
  Source,
  TimeSpan,
  WeeklyRule,
  ContactPreference,
  CueRule,
  FlagRule,
  OfferAnswers,
  OfferRule,
  OfferRuleSet,
  ReassuranceRule,
  Report,
  ReportInput,
} from '../../src/sdk/index.js';
import type {
  confirmationSchema,
  channelSchema,
  emergencyCountrySchema,
  emergencyNumberSchema,
  hotlineDataSchema,
  hotlineSchema,
  hoursExceptionSchema,
  hoursSchema,
  localizedTextSchema,
  organizationSchema,
  provenanceSchema,
  serviceAreaSchema,
  sourceSchema,
  timeSpanSchema,
  weeklyRuleSchema,
} from '../../src/sdk/hotlines/schema.js';
import type { contactPreferenceSchema, encryptedReportSchema, reportSchema } from '../../src/sdk/report/schema.js';
import type { encryptedReplySchema } from '../../src/sdk/report/follow-up.js';
import type { offerAnswersSchema } from '../../src/sdk/offer-check/questionnaire.js';
import type { cueRuleSchema, flagRuleSchema, offerRuleSchema, offerRuleSetSchema, reassuranceRuleSchema } from '../../src/sdk/offer-check/rule-schema.js';
import type {
  ConfirmationDraft,
  CountryFile,
  EmergencyDraft,
  EntryDraft,
  ReviewFile,
  SourceDraft,
  confirmationDraftSchema,
  countryFileSchema,
  emergencyDraftSchema,
  entryDraftSchema,
  reviewFileSchema,
  sourceDraftSchema,
} from '../../src/sdk/hotlines/country-files.js';
import type { ParsedQuery, querySchema } from '../../src/sdk/hotlines/ranking.js';
import { bundledHotlineData, offerRuleSet, validateReport } from '../../src/sdk/index.js';

// The data types are written by hand (so the API shows no zod type) and the schemas stay the
// run-time validators. `npm run typecheck` compiles this file: when a schema and its type drift
// apart in either direction (a field added, dropped, made optional or retyped), an `Agree` below
// stops compiling.

/** True when A and B are the same type, optional and readonly modifiers included. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Flattens intersections zod builds, so that `Equal` compares shapes, not how they were spelled. */
type Deep<T> = T extends readonly unknown[] ? { [K in keyof T]: Deep<T[K]> } : T extends object ? { [K in keyof T]: Deep<T[K]> } : T;
/** Compiles only when the schema's parsed output, its input, and the type are one shape. */
type Agree<Schema extends z.ZodMiniType, Type> = [
  Equal<Deep<z.output<Schema>>, Deep<Type>>,
  Equal<Deep<z.input<Schema>>, Deep<Type>>,
] extends [true, true]
  ? true
  : never;

const agreements = {
  report: true,
  reportInput: true,
  contactPreference: true,
  encryptedReport: true,
  localizedText: true,
  timeSpan: true,
  weeklyRule: true,
  hoursException: true,
  hours: true,
  channel: true,
  source: true,
  confirmation: true,
  provenance: true,
  organization: true,
  serviceArea: true,
  hotline: true,
  emergencyNumber: true,
  emergencyCountry: true,
  hotlineData: true,
  offerAnswers: true,
  cueRule: true,
  flagRule: true,
  reassuranceRule: true,
  offerRule: true,
  offerRuleSet: true,
  sourceDraft: true,
  confirmationDraft: true,
  entryDraft: true,
  emergencyDraft: true,
  countryFile: true,
  reviewFile: true,
  parsedQuery: true,
  encryptedReply: true,
} satisfies {
  encryptedReply: Agree<typeof encryptedReplySchema, EncryptedReply>;
  report: Agree<typeof reportSchema, Report>;
  reportInput: Agree<typeof reportSchema, ReportInput>;
  contactPreference: Agree<typeof contactPreferenceSchema, ContactPreference>;
  encryptedReport: Agree<typeof encryptedReportSchema, EncryptedReport>;
  localizedText: Agree<typeof localizedTextSchema, LocalizedText>;
  timeSpan: Agree<typeof timeSpanSchema, TimeSpan>;
  weeklyRule: Agree<typeof weeklyRuleSchema, WeeklyRule>;
  hoursException: Agree<typeof hoursExceptionSchema, HoursException>;
  hours: Agree<typeof hoursSchema, Hours>;
  channel: Agree<typeof channelSchema, Channel>;
  source: Agree<typeof sourceSchema, Source>;
  confirmation: Agree<typeof confirmationSchema, Confirmation>;
  provenance: Agree<typeof provenanceSchema, Provenance>;
  organization: Agree<typeof organizationSchema, Organization>;
  serviceArea: Agree<typeof serviceAreaSchema, ServiceArea>;
  hotline: Agree<typeof hotlineSchema, Hotline>;
  emergencyNumber: Agree<typeof emergencyNumberSchema, EmergencyNumber>;
  emergencyCountry: Agree<typeof emergencyCountrySchema, EmergencyCountry>;
  hotlineData: Agree<typeof hotlineDataSchema, HotlineData>;
  offerAnswers: Agree<typeof offerAnswersSchema, OfferAnswers>;
  cueRule: Agree<typeof cueRuleSchema, CueRule>;
  flagRule: Agree<typeof flagRuleSchema, FlagRule>;
  reassuranceRule: Agree<typeof reassuranceRuleSchema, ReassuranceRule>;
  offerRule: Agree<typeof offerRuleSchema, OfferRule>;
  offerRuleSet: Agree<typeof offerRuleSetSchema, OfferRuleSet>;
  sourceDraft: Agree<typeof sourceDraftSchema, SourceDraft>;
  confirmationDraft: Agree<typeof confirmationDraftSchema, ConfirmationDraft>;
  entryDraft: Agree<typeof entryDraftSchema, EntryDraft>;
  emergencyDraft: Agree<typeof emergencyDraftSchema, EmergencyDraft>;
  countryFile: Agree<typeof countryFileSchema, CountryFile>;
  reviewFile: Agree<typeof reviewFileSchema, ReviewFile>;
  parsedQuery: Agree<typeof querySchema, ParsedQuery>;
};

test('every data type is checked against its schema', () => {
  assert.ok(Object.values(agreements).every((agrees) => agrees));
});

test('the checker itself tells a drifted shape apart', () => {
  type Drifted = Omit<Report, 'locale'> & { locale?: number };
  const optionalAdded: Equal<Deep<Report>, Deep<Report & { extra?: string }>> = false;
  const retyped: Equal<Deep<Report>, Deep<Drifted>> = false;
  const same: Equal<Deep<Report>, Deep<ReportInput>> = true;
  assert.deepEqual([optionalAdded, retyped, same], [false, false, true]);
});

test('the bundled data and rules have the plain types', () => {
  const data: HotlineData = bundledHotlineData;
  const rules: OfferRuleSet = offerRuleSet;
  assert.ok(data.hotlines.length > 0 && rules.rules.length > 0);
  const report: Report = validateReport({ description: ' x ', consent: true });
  assert.equal(report.description, 'x');
});
