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
    name: 'check',
    usage: 'check [FILE|-] [--summary]',
    summary: 'check job offers (JSON Lines or plain text) for recruitment risk signals',
    load: () => import('./check.js').then((m) => m.run),
  },
];
