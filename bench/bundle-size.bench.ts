// Bundle sizes of the script-tag build, as bench rows (the same figures as `npm run size`).
import type { Bench } from '../scripts/bench.js';
import { budgets, measureCdn } from '../scripts/sizes.js';

const bench: Bench = async () =>
  measureCdn().map((r) => ({
    name: `size: ${r.name}`,
    value: r.gzip,
    unit: 'B gzip -9',
    target: budgets[r.name] ? `≤ ${budgets[r.name]!.toLocaleString('en-US')}` : undefined,
  }));

export default bench;
