// A seeded synthetic hotline directory and query mix, for `npm run bench` and for the test that
// checks the fast scoring pass against the detailed one. Same seed, same data, on every machine.
import type { HotlineQuery } from '../src/sdk/hotlines/directory.js';
import { hotlineTopics } from '../src/sdk/hotlines/schema.js';
import type { Channel, Hotline, HotlineData, Hours } from '../src/sdk/hotlines/schema.js';

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = [
  { country: 'KZ', zone: 'Asia/Almaty', regions: ['KZ-79', 'KZ-75', 'KZ-71'] },
  { country: 'KG', zone: 'Asia/Bishkek', regions: ['KG-GB', 'KG-GO'] },
  { country: 'UZ', zone: 'Asia/Tashkent', regions: ['UZ-TK', 'UZ-SA'] },
  { country: 'TJ', zone: 'Asia/Dushanbe', regions: ['TJ-DU'] },
  { country: 'TM', zone: 'Asia/Ashgabat', regions: ['TM-S'] },
  { country: 'RU', zone: 'Europe/Moscow', regions: ['RU-MOW', 'RU-SPE'] },
  { country: 'TR', zone: 'Europe/Istanbul', regions: ['TR-34'] },
  { country: 'DE', zone: 'Europe/Berlin', regions: ['DE-BE'] },
  { country: 'AE', zone: 'Asia/Dubai', regions: ['AE-DU'] },
  { country: 'KR', zone: 'Asia/Seoul', regions: ['KR-11'] },
];
const languages = ['ru', 'kk', 'ky', 'uz-Latn', 'uz-Cyrl', 'tg', 'tk', 'en', 'tr', 'de'];
const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function some<T>(rnd: () => number, list: readonly T[], max: number): T[] {
  return [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(rnd, list)))];
}

function hours(rnd: () => number, zone: string): Hours {
  const kind = rnd();
  if (kind < 0.2) return { type: 'always', printed: '24/7' };
  if (kind < 0.4) return { type: 'unknown' };
  const rules =
    kind < 0.6
      ? [{ days: [...days.slice(0, 5)], opens: '09:00', closes: '18:00' }]
      : kind < 0.8
        ? [
            { days: [...days.slice(0, 5)], opens: '09:00', closes: '13:00' },
            { days: [...days.slice(0, 5)], opens: '14:00', closes: '18:00' },
          ]
        : [{ days: [...days], opens: '20:00', closes: '08:00' }];
  return {
    type: 'weekly',
    timeZone: zone,
    rules,
    exceptions: rnd() < 0.3 ? [{ date: '2026-01-01', spans: [] }] : undefined,
    printed: 'synthetic',
  } as Hours;
}

export function syntheticDirectory(entries = 10_000): HotlineData {
  const rnd = random(20260301);
  const hotlines: Hotline[] = [];
  for (let i = 0; i < entries; i++) {
    const place = pick(rnd, places);
    const channels: Channel[] = [];
    const prints: string[] = [];
    const count = 1 + Math.floor(rnd() * 3);
    for (let c = 0; c < count; c++) {
      const digits = String(7_000_000_000 + Math.floor(rnd() * 999_999_999));
      const short = rnd() < 0.3;
      const printed = short ? String(100 + (i % 900)) : `+${digits}`;
      prints.push(printed);
      channels.push({
        type: rnd() < 0.8 ? 'phone' : 'whatsapp',
        printed,
        dial: printed,
        tollFree: 'unknown',
        reachableFromAbroad: short ? 'no' : 'yes',
        languages: some(rnd, languages, 3),
        hours: hours(rnd, place.zone),
        source: 0,
      });
    }
    const year = 2015 + Math.floor(rnd() * 11);
    const lastConfirmed = rnd() < 0.8 ? `${year}-0${1 + Math.floor(rnd() * 9)}` : null;
    const status = lastConfirmed && rnd() < 0.3 ? 'confirmed' : rnd() < 0.9 ? 'lead' : 'outdated';
    hotlines.push({
      id: `line-${i}`,
      name: { en: `Line ${i}` },
      organization: { id: `org-${i % 1000}`, name: { en: `Organisation ${i % 1000}` }, operator: pick(rnd, ['ngo', 'government', 'police', 'international', 'other'] as const) },
      topics: some(rnd, hotlineTopics, 3),
      channels,
      area: {
        countries: [place.country],
        ...(rnd() < 0.3 ? { regions: [pick(rnd, place.regions)] } : {}),
        ...(rnd() < 0.2 ? { servesNationalsOf: [pick(rnd, ['KZ', 'KG', 'UZ', 'TJ', 'TM'])] } : {}),
      },
      provenance: {
        status,
        statusReason: 'synthetic',
        seedOnly: false,
        lastConfirmed,
        sources: [{ url: 'https://example.org', quote: 'synthetic', date: `${year}`, prints }],
      },
    });
  }
  return {
    format: 'safe-migration-kit/hotlines',
    version: 1,
    hsds: '3.0',
    generated: '2026-11-23',
    reviewed: '2026-11-23',
    confirmWindowMonths: 36,
    hotlines,
    emergency: [],
  };
}

/** A mix of queries: countries, needs, languages, moments in one week, home countries, regions, open now. */
export function syntheticQueries(count: number, seed = 7): HotlineQuery[] {
  const rnd = random(seed);
  const start = Date.parse('2026-11-23T00:00:00Z');
  return Array.from({ length: count }, () => {
    const place = pick(rnd, places);
    const query: HotlineQuery = {
      country: place.country,
      need: pick(rnd, hotlineTopics),
      language: pick(rnd, languages),
      openAt: new Date(start + Math.floor(rnd() * 7 * 86_400_000)),
    };
    if (rnd() < 0.4) query.from = pick(rnd, ['KZ', 'KG', 'UZ', 'TJ', 'TM']);
    if (rnd() < 0.3) query.region = pick(rnd, place.regions);
    if (rnd() < 0.2) query.openNow = true;
    return query;
  });
}

