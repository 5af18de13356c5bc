// `safe-migration-kit serve`: runs the reference receiver until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { isIP } from 'node:net';
import { helpOption, parsing, processIO, runCommand, UsageError } from './report-command-io.js';
import type { CommandIO } from './report-command-io.js';

const HELP = `Usage: safe-migration-kit serve [options]

Receives reports on POST /reports and stores each once, in a SQLite file or in PostgreSQL.
GET /health answers 200 while reports can be stored, 503 when they cannot (for a load balancer).

Options:
  --port N            port to listen on (default 8787; 0 picks a free one)
  --host ADDRESS      address to listen on (default 127.0.0.1: put a HTTPS reverse proxy in front)
  --db FILE|URL       SQLite file, created (mode 0600) when missing (default reports.sqlite); or a
                      PostgreSQL URL, postgres://user:password@host:5432/database, for several
                      receivers on one database behind a load balancer (they share rate limits)
  --origin URL        a site allowed to send reports from the browser, e.g. https://ngo.example;
                      repeat for each site
  --max-body BYTES    largest request body (default 131072)
  --rate N            reports per minute from one client (default 20; 0 turns the limit off)
  --trust-proxy       tell clients apart by X-Forwarded-For: needed behind a reverse proxy (Caddy,
                      nginx), or every sender shares one limit; only when your own proxy sets it
  --encrypted-only    refuse reports that are not encrypted to your public key
  --inbox URL         serve the case workers' inbox at URL/inbox/, where URL is the address staff
                      open it at (https://reports.ngo.example; http: only on 127.0.0.1). Add staff
                      with "safe-migration-kit staff add"
  --retention-days N  with --inbox: delete reports N days after they were closed in the inbox
  --public-key FILE   with --inbox: your public.jwk; notes are then taken only encrypted to it
  --quiet             do not log requests (logs never hold IP addresses)
  -h, --help          show this help`;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

export function run(argv: string[], io: CommandIO = processIO): Promise<number> {
  return runCommand('serve', HELP, io, async () => {
    const { values } = parsing(() =>
      parseArgs({
        args: argv,
        strict: true,
        options: {
          ...helpOption,
          port: { type: 'string' },
          host: { type: 'string' },
          db: { type: 'string' },
          origin: { type: 'string', multiple: true },
          'max-body': { type: 'string' },
          rate: { type: 'string' },
          'trust-proxy': { type: 'boolean' },
          'encrypted-only': { type: 'boolean' },
          inbox: { type: 'string' },
          'retention-days': { type: 'string' },
          'public-key': { type: 'string' },
          quiet: { type: 'boolean' },
        },
      }),
    );
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const port = integer('--port', values.port, 8787);
    if (port > 65535) throw new UsageError('--port must be at most 65535');
    const rate = integer('--rate', values.rate, 20);
    const maxBodyBytes = integer('--max-body', values['max-body'], 131_072);
    const host = values.host ?? '127.0.0.1';
    if (isIP(host) === 0 && host !== 'localhost') throw new UsageError(`--host must be an IP address, not "${host}"`);
    const origins = values.origin ?? [];
    const { normaliseOrigins, startReceiver } = await import('../server/receiver.js');
    try {
      normaliseOrigins(origins);
    } catch (error) {
      throw new UsageError(`--origin ${(error as Error).message}`);
    }
    let inbox: { origin: string; retentionDays?: number; publicKey?: JsonWebKey } | undefined;
    if (values.inbox === undefined && (values['retention-days'] !== undefined || values['public-key'] !== undefined)) {
      throw new UsageError('--retention-days and --public-key go with --inbox');
    }
    if (values.inbox !== undefined) {
      const { inboxOrigin } = await import('../server/inbox.js');
      try {
        inbox = { origin: inboxOrigin(values.inbox.replace(/\/+$/, '')).origin };
      } catch (error) {
        throw new UsageError(`--inbox ${(error as Error).message}`);
      }
      if (values['retention-days'] !== undefined) inbox.retentionDays = integer('--retention-days', values['retention-days'], 0);
      if (values['public-key'] !== undefined) {
        const { readFileSync } = await import('node:fs');
        const { parseReportPublicKey } = await import('../sdk/report/crypto.js');
        try {
          const { x, y } = parseReportPublicKey(JSON.parse(readFileSync(values['public-key'], 'utf8')));
          // Only the public part goes on, whatever else the file holds (a private key is refused above).
          inbox.publicKey = { kty: 'EC', crv: 'P-256', x, y };
        } catch (error) {
          throw new UsageError(`--public-key ${values['public-key']} is not a public.jwk from keygen: ${(error as Error).message}`);
        }
      }
    }
    const { isPostgresUrl, openReportStore } = await import('../server/store.js');
    const location = values.db ?? 'reports.sqlite';
    const db = await openReportStore(location);
    const shown = isPostgresUrl(location) ? (await import('../server/postgres-store.js')).describePostgresUrl(location) : location;
    const started = startReceiver({
      db,
      port,
      host,
      origins,
      maxBodyBytes,
      rateLimit: rate === 0 ? false : { perMinute: rate },
      trustProxy: values['trust-proxy'] ?? false,
      encryptedOnly: values['encrypted-only'] ?? false,
      ...(inbox ? { inbox } : {}),
      log: values.quiet
        ? undefined
        : (e) => io.out(`${e.time} ${e.method} ${e.path} ${e.status}${e.code ? ` ${e.code}` : ''} ${e.ms}ms\n`),
      warn: (message) => io.err(`warning: ${message}\n`),
    });
    const receiver = await started.catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
    if (origins.length === 0) {
      io.err('note: no --origin given, so browsers on every site are refused; only non-browser clients can send\n');
    }
    io.out(`listening on ${receiver.url} (database ${shown}, ${await db.count()} reports stored)\n`);
    if (inbox) io.out(`inbox at ${inbox.origin}/inbox/ (${(await db.staff.list()).length} staff)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        receiver.close().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.out('stopped\n');
    return 0;
  });
}
