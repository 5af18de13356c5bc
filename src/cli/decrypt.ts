// `safe-migration-kit decrypt`: opens encrypted reports with the organisation's private key.
import { parseArgs } from 'node:util';
import { readFileSync, statSync } from 'node:fs';
import { decryptReport, reportKeyId } from '../sdk/report/crypto.js';
import { ReportCryptoError } from '../sdk/report/errors.js';
import type { EncryptedReport, Report } from '../sdk/report/schema.js';
import { helpOption, openExisting, parsing, processIO, runCommand, UsageError } from './report-command-io.js';
import type { CommandIO } from './report-command-io.js';

const HELP = `Usage: safe-migration-kit decrypt --key private.jwk [--key older.jwk] [FILE | --db FILE]

Opens encrypted reports with your private key and prints them as JSON, one per line.

Input, one of:
  --db FILE   every report in the receiver's SQLite file (plaintext ones are printed as they are)
  FILE        an envelope (JSON), or the output of "reports export" (jsonl or json);
              "-" or nothing reads standard input

Output: { seq, receipt, receivedAt, kind, report } per report, the shape of "reports export" with
each envelope opened; a bare envelope prints the report alone.

Options:
  --key FILE  a private key from "keygen"; repeat it to try older keys too (chosen by key id)
  -h, --help  show this help

The printed reports are plaintext: print them only where nobody else can read them.`;

interface Key {
  kid: string;
  jwk: JsonWebKey;
}

function loadKey(file: string, io: CommandIO): JsonWebKey {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Cannot read the key file ${file}`);
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    io.err(`warning: ${file} can be read by other users of this machine; run: chmod 600 ${file}\n`);
  }
  try {
    return JSON.parse(text) as JsonWebKey;
  } catch {
    throw new Error(`${file} is not a JSON key file`);
  }
}

async function open(envelope: EncryptedReport, keys: Key[]): Promise<Report> {
  const kid = (envelope as { kid?: unknown }).kid;
  const candidates = typeof kid === 'string' ? keys.filter((k) => k.kid === kid) : keys;
  if (candidates.length === 0) throw new ReportCryptoError('report/wrong-key', `no --key has the key id ${String(kid)}`);
  let last: unknown;
  for (const key of candidates) {
    try {
      return await decryptReport(envelope, key.jwk);
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

function records(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    const whole: unknown = JSON.parse(trimmed);
    return Array.isArray(whole) ? whole : [whole];
  } catch {
    return trimmed.split('\n').filter((line) => line.trim() !== '').map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`line ${i + 1} is not JSON`);
      }
    });
  }
}

export function run(argv: string[], io: CommandIO = processIO): Promise<number> {
  return runCommand('decrypt', HELP, io, async () => {
    const { values, positionals } = parsing(() =>
      parseArgs({ args: argv, options: { ...helpOption, key: { type: 'string', multiple: true }, db: { type: 'string' } }, strict: true, allowPositionals: true }),
    );
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    if (!values.key?.length) throw new UsageError('--key private.jwk is required');
    if (values.db && positionals.length > 0) throw new UsageError('give either FILE or --db, not both');
    if (positionals.length > 1) throw new UsageError('give one FILE at most');
    const keys: Key[] = [];
    for (const file of values.key) {
      const jwk = loadKey(file, io);
      try {
        keys.push({ kid: await reportKeyId(jwk), jwk });
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
    }
    if (keys.every((k) => !('d' in k.jwk))) throw new UsageError('--key must be a private key (private.jwk), not the public one');

    let input: unknown[];
    if (values.db) {
      const db = await openExisting(values.db);
      try {
        input = [];
        for await (const row of db.rows()) {
          input.push({
            seq: row.seq,
            receipt: row.receipt,
            receivedAt: row.receivedAt,
            kind: row.kind,
            [row.kind === 'encrypted' ? 'envelope' : 'report']: JSON.parse(row.body) as unknown,
          });
        }
      } finally {
        await db.close();
      }
    } else {
      const file = positionals[0] ?? '-';
      input = records(readFileSync(file === '-' ? 0 : file, 'utf8'));
    }

    let failed = 0;
    for (const [index, item] of input.entries()) {
      const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const label = typeof record.receipt === 'string' ? `receipt ${record.receipt}` : `item ${index + 1}`;
      try {
        if ('ciphertext' in record) {
          io.out(`${JSON.stringify(await open(record as unknown as EncryptedReport, keys))}\n`);
        } else if ('envelope' in record) {
          const { envelope, ...rest } = record;
          const report = await open(envelope as EncryptedReport, keys);
          io.out(`${JSON.stringify({ ...rest, kind: 'encrypted', report })}\n`);
        } else if ('report' in record) {
          io.out(`${JSON.stringify(record)}\n`);
        } else {
          throw new Error('neither an envelope nor an exported report');
        }
      } catch (error) {
        failed += 1;
        const code = error instanceof ReportCryptoError ? `${error.code}: ` : '';
        io.err(`${label}: ${code}${(error as Error).message}\n`);
      }
    }
    if (failed > 0) io.err(`${failed} of ${input.length} could not be opened\n`);
    return failed > 0 ? 1 : 0;
  });
}
