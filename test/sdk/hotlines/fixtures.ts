// Small, hand-made hotline data for tests: every field the tests look at is set here, in plain sight.
import type { Channel, Hotline, HotlineData, Hours } from '../../../src/sdk/hotlines/schema.js';

/** A source that prints whatever the test's channels use. */
export function source(prints: string[], date: string | null = '2025-06-01') {
  return { url: 'https://example.org/source', quote: 'A quote from the source.', date, prints };
}

export function phone(printed: string, dial: string | undefined, hours: Hours = { type: 'unknown' }, extra: Partial<Channel> = {}): Channel {
  return {
    type: 'phone',
    printed,
    ...(dial ? { dial } : {}),
    tollFree: 'unknown',
    reachableFromAbroad: dial?.startsWith('+') ? 'yes' : 'no',
    languages: [],
    hours,
    source: 0,
    ...extra,
  } as Channel;
}

export interface HotlineOptions {
  id: string;
  countries?: string[];
  topics?: Hotline['topics'];
  channels?: Channel[];
  prints?: string[];
  status?: Hotline['provenance']['status'];
  lastConfirmed?: string | null;
  seedOnly?: boolean;
  regions?: string[];
  servesNationalsOf?: string[];
  operator?: Hotline['organization']['operator'];
}

export function hotline(o: HotlineOptions): Hotline {
  const channels = o.channels ?? [phone('+7 700 000 00 00', '+77000000000')];
  const prints =
    o.prints ??
    channels.map((c) => ('printed' in c ? c.printed : c.type === 'telegram' ? `@${c.username}` : c.type === 'email' ? c.address : c.url));
  return {
    id: o.id,
    name: { en: `Line ${o.id}`, ru: `Линия ${o.id}` },
    organization: { id: `org-${o.id}`, name: { en: `Organisation ${o.id}` }, operator: o.operator ?? 'ngo' },
    topics: o.topics ?? ['trafficking'],
    channels,
    area: {
      countries: o.countries ?? ['KZ'],
      ...(o.regions ? { regions: o.regions } : {}),
      ...(o.servesNationalsOf ? { servesNationalsOf: o.servesNationalsOf } : {}),
    },
    provenance: {
      status: o.status ?? 'confirmed',
      statusReason: 'test',
      seedOnly: o.seedOnly ?? false,
      lastConfirmed: o.lastConfirmed === undefined ? '2025-06-01' : o.lastConfirmed,
      sources: o.seedOnly ? [] : [source(prints)],
    },
  };
}

export function data(hotlines: Hotline[], emergency: HotlineData['emergency'] = []): HotlineData {
  return {
    format: 'safe-migration-kit/hotlines',
    version: 1,
    hsds: '3.0',
    generated: '2026-01-01',
    reviewed: '2026-01-01',
    confirmWindowMonths: 36,
    hotlines,
    emergency,
  };
}

/** Weekdays 09:00-18:00 in a zone. */
export function officeHours(timeZone: string): Hours {
  return { type: 'weekly', timeZone, rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' }] };
}
