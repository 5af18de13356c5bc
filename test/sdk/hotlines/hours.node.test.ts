import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instantOf, isOpen, nextChange, openStatus, zoneOffset } from '../../../src/sdk/hotlines/hours.js';
import type { Hours } from '../../../src/sdk/hotlines/schema.js';
import { officeHours } from './fixtures.js';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;
const HOUR = 3_600_000;

test('Kazakhstan is UTC+5 in Asia/Almaty from 2024-03-01 and was UTC+6 before', () => {
  assert.equal(zoneOffset('Asia/Almaty', Date.parse('2024-06-03T12:00:00Z')), 5 * HOUR);
  assert.equal(zoneOffset('Asia/Almaty', Date.parse('2024-02-15T12:00:00Z')), 6 * HOUR);
});

test('an Almaty office opens at 09:00 local, 04:00 UTC, after the 2024 zone change', () => {
  const hours = officeHours('Asia/Almaty');
  // Monday 3 June 2024.
  assert.equal(isOpen(hours, at('2024-06-03T03:59:00Z')), 'closed');
  assert.equal(isOpen(hours, at('2024-06-03T04:00:00Z')), 'open');
  assert.equal(iso(nextChange(hours, at('2024-06-03T03:59:00Z'))), '2024-06-03T04:00:00.000Z');
  assert.equal(iso(nextChange(hours, at('2024-06-03T04:00:00Z'))), '2024-06-03T13:00:00.000Z');
  // Monday 12 February 2024, still UTC+6: 09:00 local was 03:00 UTC.
  assert.equal(isOpen(hours, at('2024-02-12T03:00:00Z')), 'open');
  assert.equal(iso(nextChange(hours, at('2024-02-12T02:00:00Z'))), '2024-02-12T03:00:00.000Z');
});

test('the same 09:00 in Berlin moves by an hour across daylight saving time; in Istanbul it does not', () => {
  const berlin = officeHours('Europe/Berlin');
  const istanbul = officeHours('Europe/Istanbul');
  // Monday 24 March 2025 (CET, UTC+1) and Monday 31 March 2025 (CEST, UTC+2).
  assert.equal(iso(nextChange(berlin, at('2025-03-24T05:00:00Z'))), '2025-03-24T08:00:00.000Z');
  assert.equal(iso(nextChange(berlin, at('2025-03-31T05:00:00Z'))), '2025-03-31T07:00:00.000Z');
  assert.equal(iso(nextChange(istanbul, at('2025-03-24T05:00:00Z'))), '2025-03-24T06:00:00.000Z');
  assert.equal(iso(nextChange(istanbul, at('2025-03-31T05:00:00Z'))), '2025-03-31T06:00:00.000Z');
  assert.equal(isOpen(berlin, at('2025-03-31T07:30:00Z')), 'open');
  assert.equal(isOpen(berlin, at('2025-03-24T07:30:00Z')), 'closed');
});

test('closed over a weekend that spans the clock change, it opens on Monday at 09:00 summer time', () => {
  const berlin = officeHours('Europe/Berlin');
  // Friday 28 March 2025 at 18:30 CET; clocks go forward on Sunday the 30th.
  const status = openStatus(berlin, at('2025-03-28T17:30:00Z'));
  assert.equal(status.state, 'closed');
  assert.equal(iso(status.next), '2025-03-31T07:00:00.000Z');
});

test('an overnight span belongs to the day it starts and stays open after midnight', () => {
  const hours: Hours = { type: 'weekly', timeZone: 'Asia/Bishkek', rules: [{ days: ['FR'], opens: '20:00', closes: '02:00' }] };
  // Bishkek is UTC+6. Friday 6 June 2025 20:00 local = 14:00 UTC.
  assert.equal(isOpen(hours, at('2025-06-06T13:59:00Z')), 'closed');
  assert.equal(isOpen(hours, at('2025-06-06T14:00:00Z')), 'open');
  assert.equal(isOpen(hours, at('2025-06-06T19:30:00Z')), 'open', 'Saturday 01:30 local');
  assert.equal(isOpen(hours, at('2025-06-06T20:00:00Z')), 'closed', 'Saturday 02:00 local');
  assert.equal(iso(nextChange(hours, at('2025-06-06T19:30:00Z'))), '2025-06-06T20:00:00.000Z');
  assert.equal(isOpen(hours, at('2025-06-07T19:30:00Z')), 'closed', 'Sunday 01:30: no Saturday span');
});

test('an overnight span through the night the clocks go back closes at the right hour', () => {
  const hours: Hours = { type: 'weekly', timeZone: 'Europe/Berlin', rules: [{ days: ['SA'], opens: '22:00', closes: '06:00' }] };
  // Saturday 25 October 2025 22:00 CEST = 20:00 UTC; Sunday 06:00 CET = 05:00 UTC: nine hours.
  assert.equal(iso(nextChange(hours, at('2025-10-25T19:00:00Z'))), '2025-10-25T20:00:00.000Z');
  assert.equal(iso(nextChange(hours, at('2025-10-25T20:00:00Z'))), '2025-10-26T05:00:00.000Z');
  assert.equal(isOpen(hours, at('2025-10-26T04:30:00Z')), 'open');
});

test('a split shift is closed at lunch and says when it opens again', () => {
  const hours: Hours = {
    type: 'weekly',
    timeZone: 'Asia/Tashkent',
    rules: [
      { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '13:00' },
      { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '14:00', closes: '18:00' },
    ],
  };
  // Tashkent is UTC+5. Wednesday 4 June 2025.
  assert.deepEqual(
    { state: openStatus(hours, at('2025-06-04T07:00:00Z')).state, next: iso(openStatus(hours, at('2025-06-04T07:00:00Z')).next) },
    { state: 'open', next: '2025-06-04T08:00:00.000Z' },
    '12:00 local: open, closes at 13:00',
  );
  const lunch = openStatus(hours, at('2025-06-04T08:30:00Z'));
  assert.equal(lunch.state, 'closed');
  assert.equal(iso(lunch.next), '2025-06-04T09:00:00.000Z');
});

test('rules that touch are one stretch: 00:00-24:00 every day never changes', () => {
  const hours: Hours = {
    type: 'weekly',
    timeZone: 'Asia/Dushanbe',
    rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '00:00', closes: '24:00' }],
  };
  assert.deepEqual(openStatus(hours, at('2025-06-04T08:30:00Z')), { state: 'open', next: null });
});

test('a dated exception closes a holiday and another shortens a day', () => {
  const hours: Hours = {
    ...officeHours('Asia/Almaty'),
    exceptions: [
      { date: '2025-05-01', spans: [] },
      { date: '2025-05-02', spans: [{ opens: '10:00', closes: '14:00' }] },
    ],
  } as Hours;
  // Thursday 1 May 2025, 12:00 local (07:00 UTC): closed for the holiday; opens Friday at 10:00.
  const holiday = openStatus(hours, at('2025-05-01T07:00:00Z'));
  assert.equal(holiday.state, 'closed');
  assert.equal(iso(holiday.next), '2025-05-02T05:00:00.000Z');
  // Friday 15:00 local: closed early.
  assert.equal(isOpen(hours, at('2025-05-02T10:00:00Z')), 'closed');
  // The Monday after: ordinary hours again.
  assert.equal(iso(nextChange(hours, at('2025-05-02T10:00:00Z'))), '2025-05-05T04:00:00.000Z');
});

test('an exception on the day after an overnight span leaves the span that started before it', () => {
  const hours: Hours = {
    type: 'weekly',
    timeZone: 'Asia/Almaty',
    rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '20:00', closes: '08:00' }],
    exceptions: [{ date: '2025-01-01', spans: [] }],
  };
  // 1 January 2025, 01:00 local (UTC+5): still inside the span that opened on 31 December.
  assert.equal(isOpen(hours, at('2024-12-31T20:00:00Z')), 'open');
  assert.equal(iso(nextChange(hours, at('2024-12-31T20:00:00Z'))), '2025-01-01T03:00:00.000Z');
  // That evening at 20:00, no new span: closed until the evening of the 2nd.
  assert.equal(isOpen(hours, at('2025-01-01T15:00:00Z')), 'closed');
  assert.equal(iso(nextChange(hours, at('2025-01-01T15:00:00Z'))), '2025-01-02T15:00:00.000Z');
});

test('hours without stated days are closed outside them and unknown inside them', () => {
  const hours: Hours = {
    type: 'weekly',
    timeZone: 'Europe/Moscow',
    rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '09:00', closes: '18:00' }],
    daysStated: false,
  };
  // Moscow is UTC+3.
  assert.deepEqual(
    { ...openStatus(hours, at('2025-06-04T03:00:00Z')), next: iso(openStatus(hours, at('2025-06-04T03:00:00Z')).next) },
    { state: 'closed', next: '2025-06-04T06:00:00.000Z' },
  );
  const inside = openStatus(hours, at('2025-06-04T10:00:00Z'));
  assert.equal(inside.state, 'unknown');
  assert.equal(iso(inside.next), '2025-06-04T15:00:00.000Z');
});

test('unknown hours are never guessed, always is always open, and neither has a next change', () => {
  assert.deepEqual(openStatus({ type: 'unknown' }), { state: 'unknown', next: null });
  assert.deepEqual(openStatus({ type: 'always' }), { state: 'open', next: null });
});

test('hours that start on a later date are unknown before it', () => {
  const hours = { ...officeHours('Asia/Seoul'), validFrom: '2025-05-27' } as Hours;
  assert.equal(isOpen(hours, at('2025-05-20T02:00:00Z')), 'unknown');
  assert.equal(isOpen(hours, at('2025-05-27T02:00:00Z')), 'open');
});

test('a wall time skipped by the clocks going forward maps to the moment they jump', () => {
  // Berlin, 30 March 2025: 02:00 CET jumps to 03:00 CEST at 01:00 UTC; 02:30 never happens.
  assert.equal(new Date(instantOf('Europe/Berlin', Date.UTC(2025, 2, 30, 2, 30))).toISOString(), '2025-03-30T01:00:00.000Z');
  assert.equal(new Date(instantOf('Europe/Berlin', Date.UTC(2025, 2, 30, 3, 30))).toISOString(), '2025-03-30T01:30:00.000Z');
  const hours: Hours = { type: 'weekly', timeZone: 'Europe/Berlin', rules: [{ days: ['SU'], opens: '02:30', closes: '05:00' }] };
  assert.equal(iso(nextChange(hours, at('2025-03-30T00:00:00Z'))), '2025-03-30T01:00:00.000Z');
  assert.equal(isOpen(hours, at('2025-03-30T01:15:00Z')), 'open');
});

test('a line closed for more than a week reports no next change rather than a wrong one', () => {
  const hours: Hours = { type: 'weekly', timeZone: 'Asia/Almaty', rules: [{ days: ['MO'], opens: '09:00', closes: '10:00' }] };
  const exceptions = Array.from({ length: 10 }, (_, i) => ({ date: `2025-06-${String(i + 1).padStart(2, '0')}`, spans: [] }));
  assert.deepEqual(openStatus({ ...hours, exceptions } as Hours, at('2025-06-01T00:00:00Z')), { state: 'closed', next: null });
});
