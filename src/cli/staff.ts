// `safe-migration-kit staff add|list|remove|log`: who may sign in to the inbox, and what they did.
import { parseArgs } from 'node:util';
import { helpOption, openExisting, parsing, processIO, runCommand, UsageError } from './report-command-io.js';
import type { CommandIO } from './report-command-io.js';

const HELP = `Usage: safe-migration-kit staff add NAME --db FILE --url URL [--valid HOURS]
       safe-migration-kit staff list --db FILE
       safe-migration-kit staff remove NAME --db FILE
       safe-migration-kit staff log --db FILE

add     adds a case worker and prints a one-time enrolment link for them. Send it to them by a
        channel you trust (in person, Signal); whoever opens it first sets up the sign-in, with a
        passkey or with a password and an authenticator app. The link works once, and only for
        --valid hours (default 72)
list    one line per staff member: name, when added, when enrolled, how they sign in
remove  removes a staff member: their passkeys, password and open sessions stop working at once
log     the audit log: who signed in, opened or changed which report, and when; never what a
        report says

Options:
  --db FILE|URL       the receiver's SQLite file, or its postgres:// URL
  --url URL           the address the inbox is served at, e.g. https://reports.ngo.example
  --valid HOURS       how long an enrolment link works (default 72, at most 720)
  -h, --help          show this help`;

export function run(argv: string[], io: CommandIO = processIO): Promise<number> {
  return runCommand('staff', HELP, io, async () => {
    const { values, positionals } = parsing(() =>
      parseArgs({
        args: argv,
        options: { ...helpOption, db: { type: 'string' }, url: { type: 'string' }, valid: { type: 'string' } },
        strict: true,
        allowPositionals: true,
      }),
    );
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const [action, name, ...extra] = positionals;
    if (action !== 'add' && action !== 'list' && action !== 'remove' && action !== 'log') throw new UsageError('say "add", "list", "remove" or "log"');
    const { STAFF_NAME, hashToken, newToken } = await import('../server/staff-store.js');
    const needsName = action === 'add' || action === 'remove';
    if (needsName && name === undefined) throw new UsageError(`${action} needs the staff member's NAME`);
    const unexpected = needsName ? extra[0] : name;
    if (unexpected !== undefined) throw new UsageError(`unexpected argument "${unexpected}"`);
    if (needsName && !STAFF_NAME.test(name!)) {
      throw new UsageError(`"${name}" is not a name the inbox takes: up to 64 letters, digits, dots, dashes, underscores or @`);
    }
    let link: ((token: string) => string) | undefined;
    let validHours = 72;
    if (action === 'add') {
      if (!values.url) throw new UsageError('add needs --url, the address the inbox is served at');
      const { inboxOrigin } = await import('../server/inbox.js');
      let origin: URL;
      try {
        origin = inboxOrigin(values.url.replace(/\/+$/, ''));
      } catch (error) {
        throw new UsageError(`--url ${(error as Error).message}`);
      }
      // The token goes after #: browsers never send the fragment, so it stays out of every server and proxy log.
      link = (token) => `${origin.origin}/inbox/#enrol=${token}`;
      if (values.valid !== undefined) {
        if (!/^\d+$/.test(values.valid) || Number(values.valid) < 1 || Number(values.valid) > 720) {
          throw new UsageError(`--valid must be a whole number of hours from 1 to 720, not "${values.valid}"`);
        }
        validHours = Number(values.valid);
      }
    }
    const db = await openExisting(values.db, { existing: true });
    try {
      const { staff } = db;
      if (action === 'add') {
        const token = newToken();
        const expiresAt = Date.now() + validHours * 3_600_000;
        if (!(await staff.add(name!, hashToken(token), expiresAt))) {
          throw new Error(`There is already a staff member called "${name}"; to give them a new link, remove them and add them again`);
        }
        await staff.audit('cli', 'staff-add', name);
        io.out(`Added ${name}. Send them this link; it works once, until ${new Date(expiresAt).toISOString().slice(0, 16)}Z:\n\n  ${link!(token)}\n`);
        return 0;
      }
      if (action === 'remove') {
        if (!(await staff.remove(name!))) throw new Error(`There is no staff member called "${name}"`);
        await staff.audit('cli', 'staff-remove', name);
        io.out(`Removed ${name}; their sessions have ended.\n`);
        return 0;
      }
      if (action === 'list') {
        io.out('name\tadded\tenrolled\tsign-in\n');
        for (const member of await staff.list()) {
          const ways = [member.passkeys > 0 ? `passkey×${member.passkeys}` : '', member.password ? 'password+TOTP' : ''].filter(Boolean).join(', ');
          io.out(`${member.name}\t${member.addedAt}\t${member.enrolledAt ?? 'not yet'}\t${ways || 'none'}\n`);
        }
        return 0;
      }
      io.out('time\twho\taction\ttarget\n');
      for (const entry of await staff.auditLog()) io.out(`${entry.at}\t${entry.actor}\t${entry.action}\t${entry.target ?? ''}\n`);
      return 0;
    } finally {
      await db.close();
    }
  });
}
