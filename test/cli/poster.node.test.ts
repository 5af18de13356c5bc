import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { bundledHotlineDirectory } from '../../src/sdk/index.js';

const dir = mkdtempSync(join(tmpdir(), 'smk-poster-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'poster', ...args], { encoding: 'utf8' });
}

const directory = bundledHotlineDirectory();
const kzEmergency = directory.emergencyNumbers('KZ').numbers.map((n) => n.printed);
/** Every number the data holds for Kazakhstan: its emergency numbers and the lines' numbers. */
const kzNumbers = new Set([
  ...kzEmergency,
  ...directory
    .query({ country: 'KZ' })
    .flatMap((r) => r.channels.map(({ channel }) => ('printed' in channel ? channel.printed : undefined)))
    .filter((p): p is string => !!p),
]);

/** The texts of an SVG's `<text>` elements, unescaped. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

/** Well-formed XML, as far as a poster needs: one root, every tag closed in order, only known entities. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const [tag, close, name, selfClosing] of svg.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (close) assert.equal(stack.pop(), name, `closing ${tag}`);
    else if (!selfClosing) stack.push(name!);
  }
  assert.deepEqual(stack, []);
  assert.doesNotMatch(svg.replace(/&(amp|lt|gt|quot);/g, ''), /&/, 'no bare ampersand');
}

/** Text of every page of a PDF, read back by Mozilla's PDF.js. */
async function pdfText(file: string): Promise<string> {
  // PDF.js 6 expects Node 22's Promise.withResolvers; the project runs on Node 20 too.
  (Promise as unknown as { withResolvers?: () => unknown }).withResolvers ??= () => {
    let resolve!: (value: unknown) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  return texts.join('\n');
}

test('svg: a well-formed A4 poster with every sourced emergency number, each source date, and only numbers from the data', () => {
  const out = join(dir, 'kz-en.svg');
  const result = cli(['--country', 'KZ', '--lang', 'en', '--format', 'svg', '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /the QR code opens http:\/\/sanasezim\.org/);
  const svg = readFileSync(out, 'utf8');
  assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="210mm" height="297mm" viewBox="0 0 595.28 841.89" xml:lang="en"/);
  assertWellFormed(svg);
  const texts = svgTexts(svg);
  for (const number of kzEmergency) assert.ok(texts.includes(number), `${number} is on the poster`);
  assert.ok(texts.includes('source 2021-09-08'), 'the emergency numbers show their source date');
  assert.ok(texts.includes('Help lines: trafficking and forced labour'), texts.join(' | '));
  assert.ok(texts.includes('116 16'), 'the national trafficking line is on it');
  const numberLike = texts.filter((t) => /^\+?\d[\d\s()-]{1,}$/.test(t));
  assert.ok(numberLike.length >= kzEmergency.length + 1);
  for (const shown of numberLike) assert.ok(kzNumbers.has(shown), `${shown} comes from the data`);
});

test('svg --size a6 and --size story have their own page sizes', () => {
  for (const [size, head] of [
    ['a6', 'width="105mm" height="148mm" viewBox="0 0 297.64 419.53"'],
    ['story', 'width="1080px" height="1920px" viewBox="0 0 1080 1920"'],
  ] as const) {
    const out = join(dir, `kz-ru-${size}.svg`);
    const result = cli(['--country', 'KZ', '--lang', 'ru', '--format', 'svg', '--size', size, '--url', 'https://ngo.example/p/bus-stop-1', '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    const svg = readFileSync(out, 'utf8');
    assert.ok(svg.includes(head), `${size}: ${svg.slice(0, 200)}`);
    assert.ok(svgTexts(svg).includes('Экстренные службы'));
    assert.ok(svgTexts(svg).includes('https://ngo.example/p/bus-stop-1'));
  }
});

test('pdf: starts with %PDF and holds the numbers and the Russian words as text', async () => {
  const out = join(dir, 'kz-ru.pdf');
  const result = cli(['--country', 'KZ', '--lang', 'ru', '--format', 'pdf', '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(out).subarray(0, 5).toString('latin1'), '%PDF-');
  const text = await pdfText(out);
  for (const number of kzEmergency) assert.match(text, new RegExp(`^${number}$`, 'm'));
  assert.match(text, /^116 16$/m);
  assert.match(text, /Вы не одни/);
  assert.match(text, /источник 2021-09-08/);
});

test('pdf in Kazakh, Tajik and Turkmen: the letters of each language come back as text (the font has them)', async () => {
  for (const [country, lang, words] of [
    ['KZ', 'kk', 'Сіз жалғыз емессіз'],
    ['TJ', 'tg', 'Хадамоти таъҷилӣ'],
    ['TM', 'tk', 'Gyssagly gulluklar'],
  ] as const) {
    const out = join(dir, `${country}-${lang}.pdf`);
    const result = cli(['--country', country, '--lang', lang, '--format', 'pdf', '--url', 'https://ngo.example/', '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(await pdfText(out), new RegExp(words));
  }
});

test('png: A4 at 150 dpi drawn by Chromium, and its QR code reads back as the address given', () => {
  const out = join(dir, 'kz-kk.png');
  const url = 'https://ngo.example/kz/poster-a4-1';
  const result = cli(['--country', 'KZ', '--lang', 'kk', '--format', 'png', '--url', url, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  const png = PNG.sync.read(readFileSync(out));
  assert.deepEqual([png.width, png.height], [1240, 1754]);
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  assert.ok(code, 'a QR code is found on the poster');
  assert.equal(code.data, url);
});

test('png --size story is 1080 x 1920 and its QR code opens the country preset', () => {
  const out = join(dir, 'kg-ky-story.png');
  const result = cli(['--country', 'KG', '--lang', 'ky', '--format', 'png', '--size', 'story', '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  const preset = /opens (\S+)/.exec(result.stdout)![1]!;
  const sites = directory.query({ country: 'KG', need: 'trafficking' }).flatMap((r) => r.hotline.channels.flatMap((c) => (c.type === 'website' ? [c.url] : [])));
  assert.ok(sites.includes(preset), `${preset} is a website the data sources`);
  const png = PNG.sync.read(readFileSync(out));
  assert.deepEqual([png.width, png.height], [1080, 1920]);
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  assert.equal(code?.data, preset);
});

test('a country whose data has lines but no sourced emergency number gets a poster of its lines only', () => {
  const out = join(dir, 'ru-ru.svg');
  const result = cli(['--country', 'RU', '--lang', 'ru', '--format', 'svg', '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  const texts = svgTexts(readFileSync(out, 'utf8'));
  assert.ok(!texts.includes('Экстренные службы'), 'no emergency section without a sourced number');
  assert.ok(texts.some((t) => t.startsWith('Линии помощи')));
});

test('wrong options are refused with exit code 2 and a line that says what to give', () => {
  const cases: [string[], RegExp][] = [
    [['--lang', 'ru', '--format', 'svg', '--out', 'x.svg'], /--country must be a country code/],
    [['--country', 'KZ', '--lang', 'de', '--format', 'svg', '--out', 'x.svg'], /--lang must be one of en, ru, kk/],
    [['--country', 'KZ', '--lang', 'ru', '--format', 'gif', '--out', 'x.gif'], /--format must be svg, pdf or png/],
    [['--country', 'KZ', '--lang', 'ru', '--format', 'svg', '--size', 'a3', '--out', 'x.svg'], /--size must be a4, a6 or story/],
    [['--country', 'KZ', '--lang', 'ru', '--format', 'svg', '--need', 'jobs', '--out', 'x.svg'], /--need must be one of trafficking/],
    [['--country', 'KZ', '--lang', 'ru', '--format', 'svg'], /--out FILE is needed/],
    [['--country', 'KZ', '--lang', 'ru', '--format', 'svg', '--url', 'javascript:alert(1)', '--out', 'x.svg'], /--url must be an http: or https: address/],
    [['--country', 'KZ', '--bogus'], /Unknown option '--bogus'/],
  ];
  for (const [args, message] of cases) {
    const result = cli(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('a country with no sourced number, or no preset page, makes no poster (exit 1)', () => {
  const none = cli(['--country', 'FR', '--lang', 'en', '--format', 'svg', '--url', 'https://ngo.example/', '--out', join(dir, 'fr.svg')]);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /no sourced number for FR and trafficking/);
  const noPreset = cli(['--country', 'TM', '--lang', 'tk', '--format', 'svg', '--out', join(dir, 'tm.svg')]);
  assert.equal(noPreset.status, 1);
  assert.match(noPreset.stderr, /give the page the QR code should open with --url/);
});
