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
  {
    name: 'hotlines',
    usage: 'hotlines --country CC [--need TOPIC] [--lang TAG] [--open-now] [--json]',
    summary: 'list the hotlines that fit, best first, with the reasons',
    load: async () => (await import('./hotlines.js')).run,
  },
  {
    name: 'validate',
    usage: 'validate FILE',
    summary: 'check a hotline data file; print each problem with its JSON path',
    load: async () => (await import('./validate.js')).run,
  },
];
