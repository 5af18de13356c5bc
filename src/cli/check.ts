/**
 * `safe-migration-kit check [FILE|-] [--summary]`: checks job offers for recruitment risk signals.
 *
 * Input is JSON Lines, one `{"id", "text", "lang"?}` per line, or plain text (one offer). Output is
 * JSON Lines, one `{"id", "level", "score", "flags": [ids]}` per offer, in input order. Offers are
 * read and checked one line at a time, so a file of any size streams through.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { bundledOfferRules, checkOffer, offerLanguages } from '../sdk/index.js';
import type { OfferLanguage, OfferLevel } from '../sdk/index.js';
import { parseArgs } from 'node:util';

const help = `Usage: safe-migration-kit check [FILE|-] [--summary]

Checks job offers for recruitment risk signals (ILO indicators), on this machine: nothing is sent
anywhere.

  FILE, -      JSON Lines, one {"id", "text", "lang"?} per line, or plain text (one offer).
               Reads standard input when FILE is "-" or absent.
  --summary    after the lines, print the count per level and the most frequent flags to
               standard error (so the lines can still be piped to a file)
  --help, -h   show this help

Writes one JSON line per offer: {"id", "level", "score", "flags": [flag ids]}.
Exit codes: 0 done; 1 some lines could not be checked (each is reported on standard error);
2 the command line was wrong or the file cannot be read.`;

interface Summary {
  levels: Record<OfferLevel, number>;
  flags: Map<string, number>;
  failed: number;
}

type Output = (line: string) => void;

function checkOne(id: unknown, text: string, lang: OfferLanguage | undefined, out: Output, summary: Summary): void {
  const result = checkOffer(text, lang ? { lang } : undefined);
  summary.levels[result.level] += 1;
  for (const flag of result.flags) summary.flags.set(flag.id, (summary.flags.get(flag.id) ?? 0) + 1);
  out(JSON.stringify({ id, level: result.level, score: result.score, flags: result.flags.map((f) => f.id) }));
}

function parseLine(line: string): { id: unknown; text: string; lang?: OfferLanguage } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'it is not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a JSON object';
  const { id, text, lang } = value as Record<string, unknown>;
  if (typeof text !== 'string') return 'it has no "text" string';
  if (lang !== undefined && !(offerLanguages as readonly unknown[]).includes(lang)) {
    return `"lang" must be one of ${offerLanguages.join(', ')}`;
  }
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or a number';
  return { id: id ?? null, text, lang: lang as OfferLanguage | undefined };
}

function printSummary(summary: Summary, write: (s: string) => void): void {
  const total = summary.levels.low + summary.levels.medium + summary.levels.high;
  const pct = (n: number) => (total === 0 ? '0.0' : ((100 * n) / total).toFixed(1));
  const top = [...summary.flags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  const width = Math.max(4, ...top.map(([id]) => id.length));
  write(
    [
      `checked ${total} offer(s)${summary.failed ? `, ${summary.failed} line(s) could not be checked` : ''}`,
      `  high    ${String(summary.levels.high).padStart(7)}  ${pct(summary.levels.high).padStart(5)}%`,
      `  medium  ${String(summary.levels.medium).padStart(7)}  ${pct(summary.levels.medium).padStart(5)}%`,
      `  low     ${String(summary.levels.low).padStart(7)}  ${pct(summary.levels.low).padStart(5)}%`,
      top.length > 0 ? 'most frequent flags:' : 'no flags',
      ...top.map(([id, n]) => `  ${id.padEnd(width)}  ${String(n).padStart(7)}  ${pct(n).padStart(5)}%`),
      '',
    ].join('\n'),
  );
}

/** The options of `check`, parsed as every command parses its own (`node:util` parseArgs). */
function parseCheckArgs(argv: string[]) {
  return parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, summary: { type: 'boolean' } }, strict: true, allowPositionals: true });
}

/** Runs `check` with its arguments; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCheckArgs>;
  try {
    parsed = parseCheckArgs(argv);
  } catch (error) {
    process.stderr.write(`safe-migration-kit check: ${(error as Error).message}. Run "safe-migration-kit check --help".\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  const wantSummary = parsed.values.summary === true;
  if (parsed.positionals.length > 1) {
    process.stderr.write('safe-migration-kit check: give one FILE (or "-" for standard input).\n');
    return 2;
  }
  const file = parsed.positionals[0];

  const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === process.stdin) resolve();
    else input.once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch (error) {
    process.stderr.write(`safe-migration-kit check: cannot read "${file}": ${(error as Error).message}\n`);
    return 2;
  }

  // Compile the rules before the first line, so a slow first line is not mistaken for slow input.
  bundledOfferRules();
  const summary: Summary = { levels: { low: 0, medium: 0, high: 0 }, flags: new Map(), failed: 0 };
  let buffer = '';
  const out: Output = (line) => {
    buffer += `${line}\n`;
    if (buffer.length > 64 * 1024) {
      process.stdout.write(buffer);
      buffer = '';
    }
  };
  let mode: 'jsonl' | 'text' | undefined;
  const plain: string[] = [];
  let lineNo = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo += 1;
    if (mode === undefined) {
      if (line.trim() === '') {
        plain.push(line);
        continue;
      }
      mode = line.trimStart().startsWith('{') && typeof parseLine(line) !== 'string' ? 'jsonl' : 'text';
    }
    if (mode === 'text') {
      plain.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      summary.failed += 1;
      process.stderr.write(`safe-migration-kit check: line ${lineNo} skipped: ${parsed}\n`);
      continue;
    }
    try {
      checkOne(parsed.id, parsed.text, parsed.lang, out, summary);
    } catch (error) {
      summary.failed += 1;
      process.stderr.write(`safe-migration-kit check: line ${lineNo} skipped: ${(error as Error).message}\n`);
    }
  }
  if (mode !== 'jsonl') {
    const text = plain.join('\n');
    try {
      checkOne(file === undefined || file === '-' ? null : file, text, undefined, out, summary);
    } catch (error) {
      summary.failed += 1;
      process.stderr.write(`safe-migration-kit check: ${(error as Error).message}\n`);
    }
  }
  process.stdout.write(buffer);
  if (wantSummary) printSummary(summary, (s) => process.stderr.write(s));
  return summary.failed > 0 ? 1 : 0;
}
