// `safe-migration-kit reports list|export`: reads what the receiver stored.
import { parseArgs } from 'node:util';
import { helpOption, openExisting, parsing, processIO, runCommand, UsageError } from './report-command-io.js';
import type { CommandIO } from './report-command-io.js';

const HELP = `Usage: safe-migration-kit reports list --db FILE
       safe-migration-kit reports export --db FILE [--format jsonl|json]

list    one line per report: number, receipt, time received, kind (report or encrypted), size
export  every report as JSON to standard output, one object per line (jsonl, the default) or as
        one array (json): { seq, receipt, receivedAt, kind, report } for plaintext reports and
        { seq, receipt, receivedAt, kind, envelope } for encrypted ones (open them with decrypt)

Options:
  --db FILE     the receiver's SQLite file
  --format F    jsonl (default) or json, for export
  -h, --help    show this help`;

export function run(argv: string[], io: CommandIO = processIO): Promise<number> {
  return runCommand('reports', HELP, io, async () => {
    const { values, positionals } = parsing(() =>
      parseArgs({ args: argv, options: { ...helpOption, db: { type: 'string' }, format: { type: 'string' } }, strict: true, allowPositionals: true }),
    );
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const [action, ...extra] = positionals;
    if (action !== 'list' && action !== 'export') throw new UsageError('say "list" or "export"');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const format = values.format ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'json') throw new UsageError('--format must be jsonl or json');
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
