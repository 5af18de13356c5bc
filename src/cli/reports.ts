// `safe-migration-kit reports list|export|delete`: reads what the receiver stored, and deletes it
// for good when the organisation no longer needs it.
import { parseArgs } from 'node:util';
import type { DeleteSelection } from '../server/store.js';
import { helpOption, openExisting, parsing, processIO, runCommand, UsageError } from './report-command-io.js';
import type { CommandIO } from './report-command-io.js';

const HELP = `Usage: safe-migration-kit reports list --db FILE
       safe-migration-kit reports export --db FILE [--format jsonl|json]
       safe-migration-kit reports delete --db FILE (--receipt "1234 5678 9012" ... | --before DATE | --older-than DAYS)

list    one line per report: number, receipt, time received, kind (report or encrypted), size
export  every report as JSON to standard output, one object per line (jsonl, the default) or as
        one array (json): { seq, receipt, receivedAt, kind, report } for plaintext reports and
        { seq, receipt, receivedAt, kind, envelope } for encrypted ones (open them with decrypt)
delete  removes reports so that they cannot be read back from the database's files: by receipt
        (repeat --receipt), or every report received before a date (--before 2026-01-01) or more
        than DAYS days ago (--older-than 90, for a retention period run from cron). Use this, not
        the sqlite3 tool, which leaves deleted rows readable in the file and its -wal

list and export open the database read-only and change nothing in it; every command refuses a
file that is not a receiver database.

Options:
  --db FILE|URL       the receiver's SQLite file, or its postgres:// URL
  --format F          jsonl (default) or json, for export
  --receipt R         a report's receipt, for delete (repeat for more)
  --before DATE       for delete: every report received before DATE (ISO 8601)
  --older-than DAYS   for delete: every report received more than DAYS days ago
  -h, --help          show this help`;

function deleteSelection(values: { receipt?: string[]; before?: string; 'older-than'?: string }): DeleteSelection {
  const given = [values.receipt?.length ? 'receipt' : '', values.before ? 'before' : '', values['older-than'] ? 'older-than' : ''].filter(Boolean);
  if (given.length !== 1) throw new UsageError('delete needs exactly one of --receipt, --before or --older-than');
  if (values.receipt?.length) {
    return {
      receipts: values.receipt.map((r) => {
        const digits = r.replace(/[\s-]/g, '');
        if (!/^\d{12}$/.test(digits)) throw new UsageError(`--receipt "${r}" is not a receipt like "1234 5678 9012"`);
        return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
      }),
    };
  }
  if (values.before) {
    const time = new Date(values.before);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.before) || Number.isNaN(time.getTime())) throw new UsageError(`--before "${values.before}" is not a date like 2026-01-31`);
    return { before: time.toISOString() };
  }
  const days = values['older-than']!;
  if (!/^\d+$/.test(days)) throw new UsageError(`--older-than must be a whole number of days, not "${days}"`);
  return { before: new Date(Date.now() - Number(days) * 86_400_000).toISOString() };
}

export function run(argv: string[], io: CommandIO = processIO): Promise<number> {
  return runCommand('reports', HELP, io, async () => {
    const { values, positionals } = parsing(() =>
      parseArgs({
        args: argv,
        options: {
          ...helpOption,
          db: { type: 'string' },
          format: { type: 'string' },
          receipt: { type: 'string', multiple: true },
          before: { type: 'string' },
          'older-than': { type: 'string' },
        },
        strict: true,
        allowPositionals: true,
      }),
    );
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const [action, ...extra] = positionals;
    if (action !== 'list' && action !== 'export' && action !== 'delete') throw new UsageError('say "list", "export" or "delete"');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const format = values.format ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'json') throw new UsageError('--format must be jsonl or json');
    if (action === 'delete') {
      const selection = deleteSelection(values);
      const db = await openExisting(values.db, { existing: true });
      try {
        const deleted = await db.delete(selection);
        io.out(`deleted ${deleted} report${deleted === 1 ? '' : 's'}\n`);
        return 0;
      } finally {
        await db.close();
      }
    }
    const db = await openExisting(values.db);
    try {
      if (action === 'list') {
        io.out('seq\treceipt\treceived\tkind\tbytes\n');
        for await (const row of db.rows()) {
          io.out(`${row.seq}\t${row.receipt}\t${row.receivedAt}\t${row.kind}\t${Buffer.byteLength(row.body)}\n`);
        }
        return 0;
      }
      if (format === 'json') io.out('[');
      let first = true;
      for await (const row of db.rows()) {
        const body: unknown = JSON.parse(row.body);
        const record = { seq: row.seq, receipt: row.receipt, receivedAt: row.receivedAt, kind: row.kind, [row.kind === 'encrypted' ? 'envelope' : 'report']: body };
        io.out(format === 'json' ? `${first ? '\n' : ',\n'}${JSON.stringify(record)}` : `${JSON.stringify(record)}\n`);
        first = false;
      }
      if (format === 'json') io.out(first ? ']\n' : '\n]\n');
      return 0;
    } finally {
      await db.close();
    }
  });
}
