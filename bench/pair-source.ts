// The source of an earlier commit, for the paired benches (offer-check-pair.ts, offer-match-pair.ts):
// `git archive <commit> src data` unpacked once under .cache/pair/<commit>/ and reused by later runs.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the paired benches keep their sources and bundles. */
export const pairDir = resolve('.cache/pair');

/** The folder holding `src` and `data` as they are at `commit`. */
export function sourceAt(commit: string): string {
  const root = join(pairDir, commit);
  if (!existsSync(root)) {
    mkdirSync(root, { recursive: true });
    execSync(`git archive ${commit} src data | tar -x -C ${JSON.stringify(root)}`);
  }
  return root;
}
