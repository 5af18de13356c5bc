// What a bench module returns: `npm run bench` (bench/run.ts) prints every module's rows as one table.

/** One measured figure. */
export interface BenchRow {
  /** What was measured, e.g. "checkOffer, 10,000 postings of ~1.5 KB (Node, one core)". */
  name: string;
  /** The figure, already rounded for reading. */
  value: number;
  /** Its unit, e.g. "postings/s", "ms p99", "B gzip". */
  unit: string;
  /** The target from the issue, when there is one, e.g. "≥ 5,000". */
  target?: string;
}

/** How `npm run bench` was asked to run. */
export interface BenchOptions {
  /**
   * `npm run bench -- --quick`: smaller samples and fewer repetitions, so that the whole table
   * prints in a few minutes; each row it shortens says "quick". Release figures come from the full run.
   */
  quick: boolean;
}

export type Bench = (options: BenchOptions) => Promise<BenchRow[]>;
