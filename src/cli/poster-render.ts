/**
 * Lays a poster out once, as a list of drawing operations in points, and writes that list as SVG
 * (our own few lines of markup), as PDF (pdfkit, with the DejaVu Sans font embedded) or as PNG (the
 * SVG rendered by Chromium). Text is measured with the same font the PDF embeds and the SVG names,
 * so lines wrap alike in every format.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type PDFKitDocument from 'pdfkit';
import { SafeError } from '../sdk/index.js';

/** Paper and screen sizes: A4 and A6 in points, a phone "story" (9:16) in pixels. */
export const posterSizes = {
  a4: { width: 595.28, height: 841.89, css: ['210mm', '297mm'], png: [1240, 1754] },
  a6: { width: 297.64, height: 419.53, css: ['105mm', '148mm'], png: [1240, 1748] },
  story: { width: 1080, height: 1920, css: ['1080px', '1920px'], png: [1080, 1920] },
} as const;
export type PosterSize = keyof typeof posterSizes;

/** Why a poster could not be made: a missing optional dependency, font or browser. */
export type PosterErrorCode = 'poster/dependency-missing' | 'poster/font-missing' | 'poster/chromium-missing' | 'poster/render-failed';

/** A poster could not be made; the message says what to install. */
export class PosterError extends SafeError<PosterErrorCode> {

  constructor(code: PosterErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'PosterError';
  }
}

/** What goes on a poster, already in its language. */
export interface PosterContent {
  lang: string;
  title: string;
  subtitle: string;
  emergencyHeading: string;
  /** Each emergency number with its service's name and its source's date, small. */
  emergency: { number: string; label: string; source: string }[];
  linesHeading: string;
  lines: { name: string; nameLang: string; contacts: { kind: string; value: string; source: string }[] }[];
  noLines: string;
  url: string;
  scan: string;
  footer: string;
  /** The QR code's modules, row by row, as the QR library made them (true is dark). */
  qr: boolean[][];
}

type Op =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'text'; x: number; y: number; size: number; bold: boolean; fill: string; text: string; lang?: string }
  | { kind: 'qr'; x: number; y: number; size: number; modules: boolean[][] };

const ink = '#0b0c0c';
const muted = '#505a5f';
const accent = '#1d5a9e';
const paper = '#ffffff';

/** The font files: the npm package `dejavu-fonts-ttf` first, then Debian's `fonts-dejavu-core`. */
export function fontFiles(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  const candidates: { regular: string; bold: string }[] = [];
  try {
    const dir = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
    candidates.push({ regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') });
  } catch {
    // Not installed: the optional dependency was left out; try the system's copy.
  }
  const debian = '/usr/share/fonts/truetype/dejavu';
  candidates.push({ regular: join(debian, 'DejaVuSans.ttf'), bold: join(debian, 'DejaVuSans-Bold.ttf') });
  const found = candidates.find((c) => existsSync(c.regular) && existsSync(c.bold));
  if (!found) {
    throw new PosterError('poster/font-missing', 'posters need the DejaVu Sans font: npm install dejavu-fonts-ttf (or apt-get install fonts-dejavu-core)');
  }
  return found;
}

async function loadPdfKit(): Promise<typeof PDFKitDocument> {
  try {
    return (await import('pdfkit')).default;
  } catch (error) {
    throw new PosterError('poster/dependency-missing', 'posters need the optional dependency pdfkit: npm install pdfkit', { cause: error });
  }
}

/** Measures text in the poster's font. */
interface Measure {
  (text: string, size: number, bold: boolean): number;
}

async function measurer(): Promise<{ measure: Measure; fonts: { regular: string; bold: string } }> {
  const PDFDocument = await loadPdfKit();
  const fonts = fontFiles();
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const measure: Measure = (text, size, bold) => doc.font(bold ? 'bold' : 'regular').fontSize(size).widthOfString(text);
  return { measure, fonts };
}

/** Cuts `text` into lines no wider than `width`; a word longer than a line is cut where it must be. */
function wrap(text: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried, size, bold) <= width) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (measure(rest, size, bold) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), size, bold) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays the content out at `scale` (1 is the largest type). Returns the operations and how far down
 * the page they reach, so the caller can try a smaller scale when they do not fit.
 */
function layout(content: PosterContent, size: PosterSize, scale: number, measure: Measure): { ops: Op[]; bottom: number; limit: number } {
  const { width: W, height: H } = posterSizes[size];
  const u = W / 100;
  const m = 6 * u;
  const inner = W - 2 * m;
  const ops: Op[] = [{ kind: 'rect', x: 0, y: 0, w: W, h: H, fill: paper }];
  const text = (t: string, x: number, y: number, sz: number, bold: boolean, fill = ink, lang?: string) =>
    ops.push({ kind: 'text', x, y, size: sz, bold, fill, text: t, ...(lang ? { lang } : {}) });
  const paragraph = (t: string, x: number, y: number, sz: number, bold: boolean, width: number, fill = ink, lang?: string): number => {
    let at = y;
    for (const line of wrap(t, width, sz, bold, measure)) {
      at += sz;
      text(line, x, at, sz, bold, fill, lang);
      at += sz * 0.25;
    }
    return at;
  };

  // The band at the top: who the poster is for, in a few words.
  const titleSize = 8 * u * scale;
  const subSize = 3.6 * u * scale;
  const titleLines = wrap(content.title, inner, titleSize, true, measure);
  const subLines = wrap(content.subtitle, inner, subSize, false, measure);
  const bandHeight = m + titleLines.length * titleSize * 1.2 + subLines.length * subSize * 1.3 + m * 0.8;
  ops.push({ kind: 'rect', x: 0, y: 0, w: W, h: bandHeight, fill: accent });
  let y = m * 0.8;
  for (const line of titleLines) {
    y += titleSize;
    text(line, m, y, titleSize, true, paper);
    y += titleSize * 0.2;
  }
  y += subSize * 0.4;
  for (const line of subLines) {
    y += subSize;
    text(line, m, y, subSize, false, paper);
    y += subSize * 0.3;
  }
  y = bandHeight + m * 0.8;

  // Emergency numbers: large, in columns, each with its service and its source's date.
  const headSize = 4.2 * u * scale;
  // With no sourced emergency number (some destination countries) the section is left out, never filled in.
  if (content.emergency.length > 0) {
    y += headSize;
    text(content.emergencyHeading, m, y, headSize, true);
    y += headSize * 0.6;
  }
  const columns = Math.min(3, Math.max(1, content.emergency.length));
  const colWidth = inner / columns;
  const numberSize = Math.min(9 * u * scale, colWidth * 0.5);
  const labelSize = 2.9 * u * scale;
  const smallSize = Math.max(2 * u * scale, 5);
  for (let i = 0; i < content.emergency.length; i += columns) {
    const row = content.emergency.slice(i, i + columns);
    let rowBottom = y;
    row.forEach((entry, j) => {
      const x = m + j * colWidth;
      let at = y + numberSize;
      text(entry.number, x, at, numberSize, true, accent);
      at += labelSize * 0.4;
      at = paragraph(entry.label, x, at, labelSize, true, colWidth - 2 * u);
      at += smallSize;
      text(entry.source, x, at, smallSize, false, muted);
      rowBottom = Math.max(rowBottom, at + smallSize);
    });
    y = rowBottom + labelSize * 0.5;
  }

  // The top lines for the need, each number with its source's date.
  y += headSize * 0.6;
  y = paragraph(content.linesHeading, m, y, headSize, true, inner);
  y += headSize * 0.2;
  const nameSize = 3.4 * u * scale;
  const contactSize = 5.2 * u * scale;
  if (content.lines.length === 0) y = paragraph(content.noLines, m, y, nameSize, false, inner);
  // One column for every value, after the widest kind ("Phone", "E-mail"), so numbers line up.
  const kindWidth = Math.max(0, ...content.lines.flatMap((l) => l.contacts.map((c) => measure(`${c.kind}  `, labelSize, false))));
  for (const line of content.lines) {
    y += nameSize * 0.4;
    y = paragraph(line.name, m, y, nameSize, true, inner, ink, line.nameLang);
    for (const contact of line.contacts) {
      y += contactSize;
      text(contact.kind, m, y, labelSize, false, muted);
      const valueSize = Math.min(contactSize, ((inner - kindWidth) / Math.max(1, measure(contact.value, contactSize, true))) * contactSize);
      text(contact.value, m + kindWidth, y, valueSize, true, ink);
      y += smallSize * 1.3;
      text(contact.source, m + kindWidth, y, smallSize, false, muted);
      y += smallSize * 0.4;
    }
  }

  // The QR code and its caption at the foot, above the small print.
  const footSize = Math.max(1.8 * u * scale, 4.5);
  const footLines = wrap(content.footer, inner, footSize, false, measure);
  const footHeight = footLines.length * footSize * 1.3;
  const qrSize = Math.min(30 * u, H * 0.2);
  const qrY = H - m - footHeight - qrSize - m * 0.3;
  const limit = qrY - m * 0.3;
  // The code's quiet zone (four light modules) reaches into the margin, so its dark edge lines up with the text.
  const quiet = (4 * qrSize) / (content.qr.length + 8);
  ops.push({ kind: 'qr', x: m - quiet, y: qrY, size: qrSize, modules: content.qr });
  const captionX = m - quiet + qrSize + 2 * u;
  const captionWidth = W - m - captionX;
  let cy = qrY + qrSize * 0.15;
  cy = paragraph(content.scan, captionX, cy, labelSize * 1.1, true, captionWidth);
  cy += smallSize * 0.5;
  paragraph(content.url, captionX, cy, smallSize * 1.2, false, captionWidth, accent);
  let fy = H - m - footHeight;
  for (const line of footLines) {
    fy += footSize;
    text(line, m, fy, footSize, false, muted);
    fy += footSize * 0.3;
  }
  return { ops, bottom: y, limit };
}

/** The largest layout whose content ends above the QR code. */
async function fit(content: PosterContent, size: PosterSize): Promise<{ ops: Op[]; fonts: { regular: string; bold: string } }> {
  const { measure, fonts } = await measurer();
  let scale = 1;
  let laid = layout(content, size, scale, measure);
  while (laid.bottom > laid.limit && scale > 0.3) {
    scale -= 0.05;
    laid = layout(content, size, scale, measure);
  }
  return { ops: laid.ops, fonts };
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (value: number) => String(Math.round(value * 100) / 100);

/** The dark modules as rectangles, one per run in a row, so the SVG stays small. */
function qrRuns(modules: boolean[][]): { x: number; y: number; w: number }[] {
  const runs: { x: number; y: number; w: number }[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      runs.push({ x: start, y, w: x - start });
    }
  });
  return runs;
}

/** The poster as an SVG document. */
export async function posterSvg(content: PosterContent, size: PosterSize): Promise<string> {
  const { ops } = await fit(content, size);
  return svgOf(ops, content, size);
}

function svgOf(ops: Op[], content: PosterContent, size: PosterSize, pixels?: readonly [number, number]): string {
  const { width: W, height: H, css } = posterSizes[size];
  const [w, h] = pixels ? pixels.map((p) => `${p}px`) : css;
  const body = ops.map((op) => {
    if (op.kind === 'rect') return `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}" fill="${op.fill}"/>`;
    if (op.kind === 'text') {
      const lang = op.lang ? ` xml:lang="${escapeXml(op.lang)}"` : '';
      return `<text x="${n(op.x)}" y="${n(op.y)}" font-size="${n(op.size)}"${op.bold ? ' font-weight="bold"' : ''} fill="${op.fill}"${lang}>${escapeXml(op.text)}</text>`;
    }
    // A quiet zone of four modules around the code, as the QR standard asks.
    const count = op.modules.length;
    const cell = op.size / (count + 8);
    const rects = qrRuns(op.modules)
      .map((r) => `<rect x="${r.x + 4}" y="${r.y + 4}" width="${r.w}" height="1"/>`)
      .join('');
    return `<g transform="translate(${n(op.x)} ${n(op.y)}) scale(${n(cell)})" shape-rendering="crispEdges"><rect width="${count + 8}" height="${count + 8}" fill="${paper}"/><g fill="${ink}">${rects}</g></g>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${n(W)} ${n(H)}" xml:lang="${escapeXml(content.lang)}" font-family="'DejaVu Sans', Verdana, sans-serif">`,
    `<title>${escapeXml(`${content.title}: ${content.emergency.map((e) => e.number).join(', ')}`)}</title>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** The poster as a PDF, with DejaVu Sans embedded (Cyrillic, Kazakh, Tajik, Uzbek and Turkmen Latin letters). */
export async function posterPdf(content: PosterContent, size: PosterSize, created = new Date()): Promise<Buffer> {
  const { ops, fonts } = await fit(content, size);
  const PDFDocument = await loadPdfKit();
  const { width: W, height: H } = posterSizes[size];
  const doc = new PDFDocument({
    size: [W, H],
    margin: 0,
    lang: content.lang,
    info: { Title: content.title, Creator: 'safe-migration-kit poster', CreationDate: created },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const op of ops) {
    if (op.kind === 'rect') doc.rect(op.x, op.y, op.w, op.h).fill(op.fill);
    else if (op.kind === 'text') {
      doc.font(op.bold ? 'bold' : 'regular').fontSize(op.size).fillColor(op.fill);
      doc.text(op.text, op.x, op.y, { lineBreak: false, baseline: 'alphabetic' });
    } else {
      const count = op.modules.length;
      const cell = op.size / (count + 8);
      doc.rect(op.x, op.y, op.size, op.size).fill(paper);
      for (const r of qrRuns(op.modules)) doc.rect(op.x + (r.x + 4) * cell, op.y + (r.y + 4) * cell, r.w * cell, cell);
      doc.fill(ink);
    }
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Debian's Chromium, or the browser `CHROME_PATH` names. */
function chromiumPath(): string {
  return process.env['CHROME_PATH'] || '/usr/bin/chromium';
}

/**
 * The poster as a PNG: the SVG drawn at the size's pixels (A4 at 150 dpi, A6 at 300 dpi, a story at
 * 1080 × 1920) by Chromium in headless mode, with no network and a throwaway profile.
 */
export async function posterPng(content: PosterContent, size: PosterSize): Promise<Buffer> {
  const browser = chromiumPath();
  if (!existsSync(browser)) {
    throw new PosterError('poster/chromium-missing', `PNG posters are drawn by Chromium, which is not at ${browser}: apt-get install chromium, or set CHROME_PATH`);
  }
  const { ops } = await fit(content, size);
  const [w, h] = posterSizes[size].png;
  const dir = await mkdtemp(join(tmpdir(), 'safe-poster-'));
  try {
    const page = join(dir, 'poster.html');
    const svg = svgOf(ops, content, size, [w, h]).replace(/^<\?xml[^>]*>\n/, '');
    await writeFile(page, `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;overflow:hidden}svg{display:block}</style>${svg}`);
    const out = join(dir, 'poster.png');
    await promisify(execFile)(
      browser,
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--hide-scrollbars',
        '--force-device-scale-factor=1',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--window-size=${w},${h}`,
        `--screenshot=${out}`,
        pathToFileURL(page).href,
      ],
      { timeout: 60_000 },
    );
    return await readFile(out);
  } catch (error) {
    if (error instanceof PosterError) throw error;
    throw new PosterError('poster/render-failed', `Chromium could not draw the PNG: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
