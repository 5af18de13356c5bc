// Builds the bundled hotline data from the research leads and the curation record:
//
//   npx tsx scripts/build-hotline-data.ts            write src/data/hotlines.json and src/data/hotlines.ts
//   npx tsx scripts/build-hotline-data.ts --check    (npm run data:check) validate the committed data;
//                                                    when the leads file is there, also check that the
//                                                    committed files are what a build would write
//
// The leads are read from ../shared/data/hotline-leads.json (or --leads FILE). Every lead must be
// accounted for exactly once in src/data/hotline-curation.ts: turned into an entry, into emergency
// numbers, or excluded with a reason.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { emergency, excluded, hotlines, review } from '../src/data/hotline-curation.js';
import type { EmergencyDraft, HotlineDraft, SourceDraft } from '../src/data/hotline-curation.js';
import type { EmergencyCountry, Hotline, HotlineData, Provenance, Source } from '../src/sdk/hotlines/schema.js';
import { validateHotlineData } from '../src/sdk/hotlines/validate.js';

interface Lead {
  id: string;
  phones: { number_as_printed: string }[];
  sms: string | null;
  telegram: string | null;
  whatsapp: string | null;
  email: string[];
  website: string | null;
  source_url: string | null;
  source_quote: string | null;
  source_date: string | null;
}

const jsonPath = 'src/data/hotlines.json';
const modulePath = 'src/data/hotlines.ts';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const leadsPath = argv.includes('--leads') ? argv[argv.indexOf('--leads') + 1]! : '../shared/data/hotline-leads.json';

class BuildError extends Error {}

function fail(message: string): never {
  throw new BuildError(message);
}

function defaultPrints(lead: Lead): string[] {
  return [
    ...lead.phones.map((p) => p.number_as_printed),
    ...[lead.whatsapp, lead.telegram, lead.sms, lead.website].filter((v): v is string => typeof v === 'string'),
    ...lead.email,
  ];
}

function toSource(draft: SourceDraft, leads: Map<string, Lead>, owner: string): Source {
  const source: Source = { url: null, quote: null, date: draft.date, prints: [] };
  if (draft.lead) {
    const lead = leads.get(draft.lead) ?? fail(`${owner}: source names lead ${draft.lead}, which the leads file does not have`);
    source.url = lead.source_url;
    source.quote = lead.source_quote;
    if (lead.source_date) source.dateText = lead.source_date;
    source.prints = draft.prints ?? defaultPrints(lead);
  } else {
    source.url = draft.url ?? null;
    source.quote = draft.quote ?? null;
    if (draft.dateText) source.dateText = draft.dateText;
    source.prints = draft.prints ?? [];
  }
  if (draft.citation) source.citation = draft.citation;
  // Keys in one order, so that the JSON reads the same from build to build.
  const { url, citation, quote, date, dateText, prints } = source;
  return { url, ...(citation ? { citation } : {}), quote, date, ...(dateText ? { dateText } : {}), prints };
}

/** The first day a partial date can mean: a source dated "2023" counts as 1 January 2023. */
function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function windowStart(): string {
  const [y, m, d] = review.reviewed.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 1 - review.confirmWindowMonths, d));
  return start.toISOString().slice(0, 10);
}

/** The status rule of the curation header, in code. */
function statusOf(
  draft: Pick<HotlineDraft, 'seedOnly' | 'outdated' | 'ambiguous' | 'lastConfirmed'>,
  sources: Source[],
  usedSources: number[],
): Pick<Provenance, 'status' | 'statusReason'> {
  if (draft.seedOnly) return { status: 'lead', statusReason: 'seed-only' };
  if (draft.outdated) return { status: 'outdated', statusReason: draft.outdated.code };
  if (draft.ambiguous) return { status: 'lead', statusReason: 'ambiguous-source' };
  if (usedSources.length === 0) return { status: 'lead', statusReason: 'no-contact-found' };
  if (draft.lastConfirmed === null) return { status: 'lead', statusReason: 'undated-source' };
  if (usedSources.some((i) => sources[i]?.url === null)) return { status: 'lead', statusReason: 'source-without-address' };
  // Only a source that can be looked up confirms: a citation without an address still sets
  // lastConfirmed, and a later source that reports trouble (calls unanswered) confirms nothing.
  const last = earliestDay(draft.lastConfirmed);
  const newestWithAddress = sources
    .filter((s) => s.url !== null && s.date !== null && earliestDay(s.date) <= last)
    .map((s) => earliestDay(s.date!))
    .sort()
    .at(-1);
  if (!newestWithAddress || newestWithAddress < windowStart()) {
    // A recent date that only a citation without an address supports is reported as such.
    const reason = last >= windowStart() ? 'recent-source-without-address' : 'source-older-than-window';
    return { status: 'lead', statusReason: reason };
  }
  return { status: 'confirmed', statusReason: 'recent-source' };
}

function buildHotline(draft: HotlineDraft, leads: Map<string, Lead>): Hotline {
  for (const source of draft.sources) {
    if (source.lead && !draft.leads.includes(source.lead)) fail(`${draft.id}: source lead ${source.lead} is not in its leads list`);
  }
  const sources = draft.sources.map((s) => toSource(s, leads, draft.id));
  const channels = draft.channels.map(({ why: _why, ...channel }) => channel);
  const provenance: Provenance = {
    ...statusOf(draft, sources, channels.map((c) => c.source)),
    seedOnly: draft.seedOnly === true,
    lastConfirmed: draft.lastConfirmed,
    sources,
    leads: draft.leads,
    ...(draft.note ? { note: draft.note } : {}),
  };
  return {
    id: draft.id,
    name: draft.name,
    organization: draft.organization,
    topics: draft.topics,
    channels,
    area: draft.area,
    provenance,
  };
}

function buildEmergency(draft: EmergencyDraft, leads: Map<string, Lead>): EmergencyCountry {
  const sources = draft.sources.map((s) => toSource(s, leads, `emergency ${draft.country}`));
  const numbers = draft.numbers.map(({ why: _why, ...number }) => number);
  return {
    country: draft.country,
    numbers,
    unsourced: draft.unsourced,
    provenance: {
      ...statusOf({ lastConfirmed: draft.lastConfirmed }, sources, numbers.map((n) => n.source)),
      seedOnly: false,
      lastConfirmed: draft.lastConfirmed,
      sources,
      leads: draft.leads,
    },
  };
}

function accountForEveryLead(leads: Lead[]): void {
  const seen = new Map<string, string>();
  const claim = (lead: string, by: string) => {
    const earlier = seen.get(lead);
    if (earlier) fail(`lead ${lead} is used twice: by ${earlier} and by ${by}`);
    seen.set(lead, by);
  };
  for (const h of hotlines) h.leads.forEach((l) => claim(l, h.id));
  for (const e of emergency) e.leads.forEach((l) => claim(l, `emergency ${e.country}`));
  for (const x of excluded) claim(x.lead, 'the exclusions');
  const missing = leads.filter((l) => !seen.has(l.id)).map((l) => l.id);
  if (missing.length) fail(`leads with no decision in the curation: ${missing.join(', ')}`);
  const unknown = [...seen.keys()].filter((id) => !leads.some((l) => l.id === id));
  if (unknown.length) fail(`the curation names leads that the leads file does not have: ${unknown.join(', ')}`);
}

function build(leadList: Lead[]): HotlineData {
  accountForEveryLead(leadList);
  const leads = new Map(leadList.map((l) => [l.id, l]));
  return {
    format: 'safe-migration-kit/hotlines',
    version: 1,
    hsds: '3.0',
    generated: review.reviewed,
    reviewed: review.reviewed,
    confirmWindowMonths: review.confirmWindowMonths,
    hotlines: hotlines.map((h) => buildHotline(h, leads)),
    emergency: emergency.map((e) => buildEmergency(e, leads)),
  };
}

function moduleText(json: string): string {
  return [
    '// Generated by scripts/build-hotline-data.ts from the research leads and src/data/hotline-curation.ts.',
    '// Do not edit: change the curation and run the script. hotlines.json beside it holds the same data.',
    "import type { HotlineData } from '../sdk/hotlines/schema.js';",
    '',
    '/** The bundled hotline data, validated when it was built and again by `npm run data:check`. */',
    `export const hotlineData: HotlineData = ${json.trimEnd()};`,
    '',
  ].join('\n');
}

function report(data: unknown): boolean {
  const result = validateHotlineData(data);
  if (result.ok) return true;
  for (const p of result.problems) console.error(`  ${p.path}: ${p.message} [${p.code}]`);
  return false;
}

function main(): number {
  if (check) {
    let ok = true;
    const committed = readFileSync(jsonPath, 'utf8');
    if (!report(JSON.parse(committed))) {
      console.error(`${jsonPath} does not pass the schema.`);
      ok = false;
    }
    if (readFileSync(modulePath, 'utf8') !== moduleText(committed)) {
      console.error(`${modulePath} is not the module generated from ${jsonPath}: run the build script.`);
      ok = false;
    }
    if (existsSync(leadsPath)) {
      const expected = `${JSON.stringify(build(JSON.parse(readFileSync(leadsPath, 'utf8')) as Lead[]), null, 2)}\n`;
      if (expected !== committed) {
        console.error(`${jsonPath} is not what the leads and the curation give: run the build script.`);
        ok = false;
      }
    } else {
      console.log(`(${leadsPath} is not here: checked the committed data only, not that it matches the leads.)`);
    }
    const data = JSON.parse(committed) as HotlineData;
    if (ok) {
      console.log(`${jsonPath}: valid, ${data.hotlines.length} entries, emergency numbers for ${data.emergency.length} countries.`);
    }
    return ok ? 0 : 1;
  }
  if (!existsSync(leadsPath)) {
    console.error(`No leads file at ${leadsPath}; pass --leads FILE.`);
    return 2;
  }
  const data = build(JSON.parse(readFileSync(leadsPath, 'utf8')) as Lead[]);
  if (!report(data)) {
    console.error('The built data does not pass the schema; nothing written.');
    return 1;
  }
  const json = `${JSON.stringify(data, null, 2)}\n`;
  writeFileSync(jsonPath, json);
  writeFileSync(modulePath, moduleText(json));
  const counts = data.hotlines.reduce<Record<string, number>>((acc, h) => {
    acc[h.provenance.status] = (acc[h.provenance.status] ?? 0) + 1;
    return acc;
  }, {});
  console.log(`Wrote ${jsonPath} and ${modulePath}: ${data.hotlines.length} entries (${JSON.stringify(counts)}), ${data.emergency.length} countries with emergency numbers.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`build-hotline-data: ${error.message}`);
  process.exitCode = 1;
}
