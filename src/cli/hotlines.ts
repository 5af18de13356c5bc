// `safe-migration-kit hotlines`: the ranked lines for a country and a need, as text or JSON.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bundledHotlineDirectory } from '../sdk/hotlines/bundled.js';
import { contactHref, pickLocalized } from '../sdk/hotlines/contact-links.js';
import { HotlineDirectory } from '../sdk/hotlines/directory.js';
import type { HotlineQuery, HotlineResult } from '../sdk/hotlines/directory.js';
import { HotlineDataError, HotlineQueryError } from '../sdk/hotlines/errors.js';
import { loadHotlineDirectory } from '../sdk/hotlines/remote.js';
import { channelTypes, hotlineTopics } from '../sdk/hotlines/schema.js';
import type { Channel, ChannelType, HotlineTopic } from '../sdk/hotlines/schema.js';
import { parseHotlineData } from '../sdk/hotlines/validate.js';
import { channelSourceAge, confirmationNote } from '../sdk/hotlines/freshness.js';

export const usage = `Usage: safe-migration-kit hotlines --country CC [options]

Lists the hotlines that fit, best first, with the reasons for the rank.
For people who keep the data: \`hotlines confirm ID --help\` records a check, \`hotlines build --help\`
writes a data file from the country files.

Options:
  --country CC        where the person is (ISO 3166-1 alpha-2, e.g. KZ)
  --need TOPIC        ${hotlineTopics.join(', ')}
  --lang TAG          the person's language (BCP 47: ru, kk, ky, uz-Latn, uz-Cyrl, tg, tk, en)
  --region CODE       ISO 3166-2 region, e.g. KZ-79 (Shymkent)
  --from CC           the person's home country, for migrants abroad
  --channel TYPE      only lines with this channel: ${channelTypes.join(', ')}
  --open-now          leave out lines known to be closed now (or at --at); lines with
                      unknown hours stay, after the open ones, marked hours-not-known
  --at ISO-TIME       the moment for "open now" (default: now)
  --limit N           at most N lines
  --include-outdated  also list lines marked outdated
  --src FILE|URL      a hotline data file instead of the bundled data
  --json              print JSON instead of text
  --help              show this help

Exit codes: 0 done (also when no line fits), 1 the data file could not be used, 2 wrong options.`;

function fail(message: string): number {
  process.stderr.write(`safe-migration-kit hotlines: ${message}\n${usage.split('\n')[0]}\n`);
  return 2;
}

async function directoryFrom(src: string | undefined): Promise<HotlineDirectory> {
  if (!src) return bundledHotlineDirectory();
  if (/^https?:\/\//i.test(src)) {
    const directory = await loadHotlineDirectory(src);
    if (directory.origin.kind === 'bundled-fallback') {
      process.stderr.write(`warning: ${directory.origin.error.message}; using the bundled data instead.\n`);
    }
    return directory;
  }
  return new HotlineDirectory(parseHotlineData(readFileSync(src, 'utf8'), { url: src }), { kind: 'custom' });
}

const channelWords: Record<ChannelType, string> = {
  phone: 'phone',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  viber: 'Viber',
  telegram: 'Telegram',
  email: 'e-mail',
  'web-chat': 'web chat',
  website: 'website',
};

function timeIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

function describeOpen(channel: Channel, open: string, next: Date | null): string {
  const { hours } = channel;
  if (hours.type === 'always') return 'open 24 hours';
  if (hours.type === 'unknown') return 'hours unknown';
  const zone = hours.timeZone;
  const when = next ? ` ${open === 'closed' ? 'opens' : open === 'open' ? 'closes' : 'closes by'} ${timeIn(next, zone)} ${zone} time` : '';
  const state = open === 'open' ? 'open now' : open === 'closed' ? 'closed now' : 'may be open now (days not stated)';
  return `${state}${when ? `,${when}` : ''}`;
}

function text(results: HotlineResult[], directory: HotlineDirectory, query: HotlineQuery): string {
  const lines: string[] = [];
  const origin = directory.origin.kind === 'remote' ? directory.origin.url : directory.usingBundledData ? 'bundled data' : 'your file';
  const what = [query.country, query.need, query.language].filter(Boolean).join(', ');
  lines.push(`Hotlines${what ? ` for ${what}` : ''} (${origin}, reviewed ${directory.data.reviewed})`, '');
  if (results.length === 0) lines.push('No line fits. The emergency numbers below are always there.', '');
  results.forEach((result, n) => {
    const { hotline } = result;
    const locale = query.language ?? 'en';
    lines.push(`${n + 1}. ${pickLocalized(hotline.name, locale)} — ${hotline.organization.operator}`);
    for (const status of result.channels) {
      const { channel } = status;
      const shown = 'printed' in channel ? channel.printed : channel.type === 'telegram' ? `@${channel.username}` : channel.type === 'email' ? channel.address : channel.url;
      const href = contactHref(channel);
      const link = href && href !== shown ? ` <${href}>` : '';
      const label = channel.label ? ` (${pickLocalized(channel.label, locale)})` : '';
      const free = 'tollFree' in channel && channel.tollFree === 'yes' ? ', free' : '';
      const abroad = status.reachable !== 'yes' ? `, from abroad: ${status.reachable}` : channel.reachableFromAbroad === 'no' ? ', not from abroad' : '';
      const languages = channel.languages.length ? `, ${channel.languages.join('/')}${channel.moreLanguages ? '/…' : ''}` : '';
      const age = channelSourceAge(hotline, channel, directory.data);
      const old = age.code === 'old-source' ? ` · from an old source (${age.date})` : '';
      lines.push(`   ${channelWords[channel.type]} ${shown}${link}${label} · ${describeOpen(channel, status.open, status.next)}${free}${abroad}${languages}${old}`);
    }
    const { provenance } = hotline;
    const source = provenance.sources.find((s) => s.url) ?? provenance.sources[0];
    const seed = provenance.seedOnly ? ', seed-only' : '';
    const note = confirmationNote(hotline, directory.data);
    lines.push(
      `   ${provenance.status}${seed} (${provenance.statusReason}), last confirmed ${provenance.lastConfirmed ?? 'unknown'} [${note.code}${note.date ? ` ${note.date}` : ''}]${source ? ` · ${source.url ?? source.citation ?? ''}` : ''}`,
    );
    lines.push(`   why: ${result.reasons.map((r) => `${r.code} ${r.points >= 0 ? '+' : ''}${r.points}`).join(', ')}`, '');
  });
  if (query.country) {
    const emergency = directory.emergencyNumbers(query.country);
    if (emergency.numbers.length) {
      const source = emergency.provenance?.sources.find((s) => s.url);
      lines.push(`Emergency numbers (${emergency.country}): ${emergency.numbers.map((e) => `${e.printed} ${e.service}`).join(', ')}${source ? ` · ${source.url}` : ''}`);
    } else {
      lines.push(`Emergency numbers (${emergency.country}): no source in this data gives one.`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `hotlines` with its arguments (or its `confirm` and `build` subcommands); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'confirm') return (await import('./hotlines-confirm.js')).runConfirm(argv.slice(1));
  if (argv[0] === 'build') return (await import('./hotlines-confirm.js')).runBuild(argv.slice(1));
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        country: { type: 'string' },
        need: { type: 'string' },
        lang: { type: 'string' },
        region: { type: 'string' },
        from: { type: 'string' },
        channel: { type: 'string' },
        'open-now': { type: 'boolean' },
        at: { type: 'string' },
        limit: { type: 'string' },
        'include-outdated': { type: 'boolean' },
        src: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.need && !(hotlineTopics as readonly string[]).includes(values.need)) return fail(`--need must be one of ${hotlineTopics.join(', ')}`);
  if (values.channel && !(channelTypes as readonly string[]).includes(values.channel)) return fail(`--channel must be one of ${channelTypes.join(', ')}`);
  const at = values.at ? new Date(values.at) : new Date();
  if (Number.isNaN(at.getTime())) return fail('--at must be a date and time such as 2026-11-23T10:00:00Z');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) return fail('--limit must be a whole number');

  const query: HotlineQuery = {
    ...(values.country ? { country: values.country.toUpperCase() } : {}),
    ...(values.need ? { need: values.need as HotlineTopic } : {}),
    ...(values.lang ? { language: values.lang } : {}),
    ...(values.region ? { region: values.region.toUpperCase() } : {}),
    ...(values.from ? { from: values.from.toUpperCase() } : {}),
    ...(values.channel ? { channel: values.channel as ChannelType } : {}),
    ...(values['open-now'] ? { openNow: true } : {}),
    ...(values['include-outdated'] ? { includeOutdated: true } : {}),
    ...(limit !== undefined ? { limit } : {}),
    openAt: at,
  };

  let directory: HotlineDirectory;
  try {
    directory = await directoryFrom(values.src);
  } catch (error) {
    if (error instanceof HotlineDataError) {
      process.stderr.write(`${error.message}\n${error.problems.map((p) => `  ${p.path}: ${p.message} [${p.code}]`).join('\n')}\n`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      process.stderr.write(`safe-migration-kit hotlines: no file at ${values.src}\n`);
      return 1;
    }
    throw error;
  }

  let results: HotlineResult[];
  try {
    results = directory.query(query);
  } catch (error) {
    if (error instanceof HotlineQueryError) return fail(error.problems.map((p) => `${p.path.replace('$.', '--')} ${p.message}`).join('; '));
    throw error;
  }

  if (values.json) {
    const emergency = query.country ? directory.emergencyNumbers(query.country) : undefined;
    const origin = directory.origin.kind === 'bundled-fallback' ? { ...directory.origin, error: { code: directory.origin.error.code, message: directory.origin.error.message } } : directory.origin;
    // Each result also carries the codes a widget words: why it is (not) confirmed, and how old each channel's source is.
    const described = results.map((r) => ({
      ...(JSON.parse(JSON.stringify(r)) as object),
      confirmation: confirmationNote(r.hotline, directory.data),
      channelAges: r.hotline.channels.map((c) => channelSourceAge(r.hotline, c, directory.data)),
    }));
    process.stdout.write(`${JSON.stringify({ origin, reviewed: directory.data.reviewed, query, results: described, emergency }, null, 2)}\n`);
  } else {
    process.stdout.write(text(results, directory, query));
  }
  return 0;
}
