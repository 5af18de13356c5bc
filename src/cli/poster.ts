// `safe-migration-kit poster`: a printable poster or phone "story" with a country's sourced emergency
// numbers, the top lines for a need, and a QR code to the NGO's page.
import { writeFile } from 'node:fs/promises';
import type * as QRCodeModule from 'qrcode';
import { parseArgs } from 'node:util';
import { bundledHotlineDirectory, contactText, hotlineTopics, pickLocalized } from '../sdk/index.js';
import type { Channel, Hotline, HotlineDirectory, HotlineResult, HotlineTopic, LocalizedText } from '../sdk/index.js';
import { PosterError, posterPdf, posterPng, posterSizes, posterSvg } from './poster-render.js';
import type { PosterContent, PosterSize } from './poster-render.js';
import { posterLanguages, posterWords } from './poster-words.js';
import type { PosterLanguage } from './poster-words.js';

const formats = ['svg', 'pdf', 'png'] as const;

export const usage = `Usage: safe-migration-kit poster --country CC --lang L --format svg|pdf|png --out FILE [options]

Makes a poster (A4), a card (A6) or a phone story with the country's sourced emergency numbers, the
top help lines for a need from the bundled hotline data, each number with the date of its source,
and a QR code to your organisation's page. No number is ever added that the data does not hold.

Options:
  --country CC     the country the poster hangs in (ISO 3166-1 alpha-2, e.g. KZ)
  --lang L         ${posterLanguages.join(', ')}
  --format F       svg, pdf or png (PNG needs Chromium: CHROME_PATH or /usr/bin/chromium)
  --size S         a4 (default), a6 or story (1080 x 1920 pixels)
  --need TOPIC     ${hotlineTopics.join(', ')} (default: trafficking)
  --url URL        the page the QR code opens (default: the country preset, see docs/campaigns.md)
  --out FILE       where to write the poster
  --help           show this help

Exit codes: 0 written, 1 the poster could not be made (no numbers, no preset, a missing
dependency), 2 wrong options.`;

function fail(message: string): number {
  process.stderr.write(`safe-migration-kit poster: ${message}\n${usage.split('\n')[0]}\n`);
  return 2;
}

function stop(message: string): number {
  process.stderr.write(`safe-migration-kit poster: ${message}\n`);
  return 1;
}

/** How many lines fit each size without crowding the numbers. */
const linesPerSize: Record<PosterSize, number> = { a4: 3, a6: 2, story: 3 };
/** At most this many ways to reach one line, so each stays readable from a step away. */
const contactsPerLine = 2;

/** The text in the poster's language, else Russian (read across the region), else English. */
function localized(text: LocalizedText, lang: PosterLanguage): { text: string; lang: string } {
  for (const candidate of [lang, lang.split('-')[0]!, 'ru', 'en']) {
    if (text[candidate]) return { text: text[candidate]!, lang: candidate };
  }
  return { text: pickLocalized(text, 'en'), lang: 'en' };
}

/** The date of the source a channel or number cites, as the poster prints it small. */
function sourceDate(hotlineOrEntry: Pick<Hotline, 'provenance'>, index: number, lang: PosterLanguage): string {
  const words = posterWords[lang];
  const date = hotlineOrEntry.provenance.sources[index]?.date;
  return date ? `${words.source} ${date}` : words.undated;
}

/** What a poster prints for a channel: the SDK's contact text, a website without its scheme; no web chats (nothing to type). */
function contactValue(channel: Channel): string | undefined {
  if (channel.type === 'web-chat') return undefined;
  const text = contactText(channel);
  return channel.type === 'website' ? text.replace(/^https?:\/\//, '').replace(/\/$/, '') : text;
}

/**
 * The QR code's page when `--url` is not given: the website of the best-ranked line for the need in
 * the country, as the bundled data sources it, so a preset is never an address we made up.
 */
export function presetUrl(directory: HotlineDirectory, country: string, need: HotlineTopic): string | undefined {
  for (const result of directory.query({ country, need })) {
    const site = result.hotline.channels.find((c) => c.type === 'website');
    if (site && site.type === 'website') return site.url;
  }
  return undefined;
}

async function qrModules(url: string): Promise<boolean[][]> {
  let QRCode: typeof QRCodeModule;
  try {
    QRCode = await import('qrcode');
  } catch (error) {
    throw new PosterError('poster/dependency-missing', 'posters need the optional dependency qrcode: npm install qrcode', { cause: error });
  }
  // Level M survives a little dirt or a fold, and keeps the code large enough for a short address.
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const { size } = code.modules;
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => !!code.modules.get(row, col)));
}

/** Everything the poster shows, from the data, in `lang`. */
export async function posterContent(
  directory: HotlineDirectory,
  options: { country: string; lang: PosterLanguage; need: HotlineTopic; size: PosterSize; url: string; printed: string },
): Promise<PosterContent> {
  const { country, lang, need, size, url } = options;
  const words = posterWords[lang];
  const emergency = directory.emergencyNumbers(country);
  const provenance = emergency.provenance;
  const results: HotlineResult[] = directory.query({ country, need, language: lang }).slice(0, linesPerSize[size] * 2);
  const lines: PosterContent['lines'] = [];
  for (const result of results) {
    const contacts = result.channels
      .map(({ channel }) => ({ channel, value: contactValue(channel) }))
      .filter((c): c is { channel: Channel; value: string } => !!c.value)
      .slice(0, contactsPerLine)
      .map(({ channel, value }) => ({
        kind: words.channels[channel.type as keyof typeof words.channels] ?? channel.type,
        value,
        source: sourceDate(result.hotline, channel.source, lang),
      }));
    if (contacts.length === 0) continue;
    const name = localized(result.hotline.name, lang);
    lines.push({ name: name.text, nameLang: name.lang, contacts });
    if (lines.length === linesPerSize[size]) break;
  }
  return {
    lang,
    title: words.title,
    subtitle: words.subtitle,
    emergencyHeading: words.emergency,
    emergency: emergency.numbers.map((number) => ({
      number: number.printed,
      label: words.services[number.service],
      source: provenance ? sourceDate({ provenance }, number.source, lang) : words.undated,
    })),
    linesHeading: `${words.lines}: ${words.topics[need]}`,
    lines,
    noLines: words.noLines,
    url,
    scan: words.scan,
    footer: words.footer(directory.data.reviewed, options.printed),
    qr: await qrModules(url),
  };
}

/** Runs `poster` with its arguments; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        country: { type: 'string' },
        lang: { type: 'string' },
        format: { type: 'string' },
        size: { type: 'string', default: 'a4' },
        need: { type: 'string', default: 'trafficking' },
        url: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const country = values.country?.toUpperCase();
  if (!country || !/^[A-Z]{2}$/.test(country)) return fail('--country must be a country code such as KZ');
  const lang = posterLanguages.find((l) => l.toLowerCase() === values.lang?.toLowerCase());
  if (!lang) return fail(`--lang must be one of ${posterLanguages.join(', ')}`);
  const format = formats.find((f) => f === values.format?.toLowerCase());
  if (!format) return fail('--format must be svg, pdf or png');
  const size = Object.keys(posterSizes).find((s) => s === values.size.toLowerCase()) as PosterSize | undefined;
  if (!size) return fail('--size must be a4, a6 or story');
  const need = hotlineTopics.find((t) => t === values.need);
  if (!need) return fail(`--need must be one of ${hotlineTopics.join(', ')}`);
  if (!values.out) return fail('--out FILE is needed');
  if (values.url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(values.url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return fail('--url must be an http: or https: address');
  }

  const directory = bundledHotlineDirectory();
  const url = values.url ?? presetUrl(directory, country, need);
  if (!url) return stop(`there is no preset page for ${country} and ${need}: give the page the QR code should open with --url`);

  let output: Buffer | string;
  try {
    const content = await posterContent(directory, { country, lang, need, size, url, printed: new Date().toISOString().slice(0, 10) });
    if (content.emergency.length === 0 && content.lines.length === 0) {
      return stop(`the data holds no sourced number for ${country} and ${need}, and a poster never prints a number without a source`);
    }
    output = format === 'svg' ? await posterSvg(content, size) : format === 'pdf' ? await posterPdf(content, size) : await posterPng(content, size);
  } catch (error) {
    if (error instanceof PosterError) return stop(error.message);
    throw error;
  }
  await writeFile(values.out, output);
  process.stdout.write(`wrote ${values.out} (${format}, ${size}, ${country}, ${lang}); the QR code opens ${url}\n`);
  return 0;
}
