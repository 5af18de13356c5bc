/** A command: its name, a one-line usage and summary for `--help`, and a lazy loader of its runner. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Loads the command's module; the runner returns the process exit code. */
  load(): Promise<(argv: string[]) => Promise<number>>;
}

/** Every command, in the order `--help` lists them. Each issue's command adds its own line here. */
export const commands: Command[] = [
  // Report delivery (issue 5): the receiver, its keys and its database.
  {
    name: 'serve',
    usage: 'serve [--port N] [--db FILE|URL] --origin URL',
    summary: 'run the report receiver (POST /reports, stored once each in SQLite)',
    load: async () => (await import('./serve.js')).run,
  },
  {
    name: 'keygen',
    usage: 'keygen [--out DIR]',
    summary: 'make the key pair for encrypted reports (public.jwk, private.jwk)',
    load: async () => (await import('./keygen.js')).run,
  },
  {
    name: 'reports',
    usage: 'reports list|export|delete --db FILE',
    summary: 'list, export or delete the reports the receiver stored',
    load: async () => (await import('./reports.js')).run,
  },
  {
    name: 'decrypt',
    usage: 'decrypt --key private.jwk [FILE|--db FILE]',
    summary: 'open encrypted reports with the private key',
    load: async () => (await import('./decrypt.js')).run,
  },
  // The case-worker inbox (issue 16).
  {
    name: 'staff',
    usage: 'staff add NAME --url URL|list|remove NAME|log --db FILE',
    summary: 'add (with a one-time enrolment link), list or remove inbox staff; show the audit log',
    load: async () => (await import('./staff.js')).run,
  },
  // Hotlines (issue 3).
  {
    name: 'hotlines',
    usage: 'hotlines --country CC [--need TOPIC] [--lang TAG] [--open-now] [--json]',
    summary: 'list the hotlines that fit, best first, with the reasons',
    load: async () => (await import('./hotlines.js')).run,
  },
  {
    name: 'hotlines confirm',
    usage: 'hotlines confirm ID --method call|source|email --date DATE [--note TEXT]',
    summary: 'record who confirmed a line, when and how, in its country file',
    load: async () => (await import('./hotlines.js')).run,
  },
  {
    name: 'hotlines build',
    usage: 'hotlines build [--data DIR] --out FILE',
    summary: 'build the hotline data file a site serves from the country files',
    load: async () => (await import('./hotlines.js')).run,
  },
  {
    name: 'validate',
    usage: 'validate FILE|DIR [--max-age MONTHS] [--json]',
    summary: 'check hotline data for CI; print each problem with its place and what to do',
    load: async () => (await import('./validate.js')).run,
  },
  // Job offers (issue 4).
  {
    name: 'check',
    usage: 'check [FILE|-] [--summary]',
    summary: 'check job offers (JSON Lines or plain text) for recruitment risk signals',
    load: () => import('./check.js').then((m) => m.run),
  },
  // Trainers and campaigns (issue 18).
  {
    name: 'poster',
    usage: 'poster --country CC --lang L --format svg|pdf|png [--size a4|a6|story] [--need TOPIC] [--url URL] --out FILE',
    summary: 'make a poster, card or phone story with sourced hotline numbers and a QR code',
    load: async () => (await import('./poster.js')).run,
  },
];
