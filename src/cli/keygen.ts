// `safe-migration-kit keygen`: makes the organisation's key pair for encrypted reports.
import { parseArgs } from 'node:util';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateReportKeyPair } from '../sdk/report/crypto.js';
import { helpOption, parsing, processIO, runCommand } from './report-command-io.js';
import type { CommandIO } from './report-command-io.js';

const HELP = `Usage: safe-migration-kit keygen [--out DIR] [--force] [--print]

Makes a new key pair for encrypted reports (ECDH P-256, as JWK files):
  public.jwk   goes into the web page (the form's public-key attribute); it can only encrypt
  private.jwk  stays with the organisation, offline if possible; it opens the reports.
               Written readable by you only (mode 0600). If it is lost, so are the reports.

Options:
  --out DIR   folder to write both files to (default: the current folder)
  --force     replace existing files (the old private key, and every report made for it, is lost)
  --print     print both keys as JSON instead of writing files
  -h, --help  show this help`;

export function run(argv: string[], io: CommandIO = processIO): Promise<number> {
  return runCommand('keygen', HELP, io, async () => {
    const { values } = parsing(() =>
      parseArgs({ args: argv, options: { ...helpOption, out: { type: 'string' }, force: { type: 'boolean' }, print: { type: 'boolean' } }, strict: true }),
    );
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const { publicKey, privateKey } = await generateReportKeyPair();
    if (values.print) {
      io.out(`${JSON.stringify({ publicKey, privateKey }, null, 2)}\n`);
      return 0;
    }
    const dir = values.out ?? '.';
    const publicFile = join(dir, 'public.jwk');
    const privateFile = join(dir, 'private.jwk');
    // Both files or neither: a new private key beside an old public one would make reports that
    // nobody can open.
    if (!values.force) {
      for (const file of [privateFile, publicFile]) {
        if (existsSync(file)) throw new Error(`${file} already exists; keep it, or use --force to replace both files`);
      }
    }
    // Each file is written under a new name and renamed over the old one, so it has the mode
    // given here even when --force replaces a file that was readable by others.
    const written: string[] = [];
    try {
      for (const [key, mode] of [
        [privateKey, 0o600],
        [publicKey, 0o644],
      ] as const) {
        const temporary = join(dir, `.${randomBytes(6).toString('hex')}.jwk.tmp`);
        written.push(temporary);
        writeFileSync(temporary, `${JSON.stringify(key, null, 2)}\n`, { mode, flag: 'wx' });
      }
      renameSync(written[0]!, privateFile);
      renameSync(written[1]!, publicFile);
    } finally {
      for (const temporary of written) rmSync(temporary, { force: true });
    }
    const kid = (publicKey as { kid?: string }).kid;
    io.out(
      [
        `wrote ${publicFile} (put it in the page) and ${privateFile} (mode 0600: keep it safe, make a backup)`,
        `key id: ${kid}`,
        `decrypt with: safe-migration-kit decrypt --key ${privateFile} --db reports.sqlite`,
        '',
      ].join('\n'),
    );
    return 0;
  });
}
