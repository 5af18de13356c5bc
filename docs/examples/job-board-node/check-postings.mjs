// A job board's nightly job: read postings as JSON Lines ({"id", "text", "lang"?}) and write the
// ones that need a warning badge, with the flag ids to explain it. The check runs on your server;
// no posting leaves it. npm install safe-migration-kit
//
//   node check-postings.mjs postings.jsonl > flagged.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkOffers } from 'safe-migration-kit';

async function* postings(file) {
  const lines = createInterface({ input: file ? createReadStream(file) : process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line);
}

const counts = { low: 0, medium: 0, high: 0 };
const batch = [];
for await (const posting of postings(process.argv[2])) batch.push(posting);

// checkOffers compiles the rules once and checks the whole batch synchronously.
for (const result of checkOffers(batch)) {
  counts[result.level] += 1;
  if (result.level === 'low') continue;
  process.stdout.write(`${JSON.stringify({ id: result.id, level: result.level, score: result.score, flags: result.flags.map((f) => f.id) })}\n`);
}
process.stderr.write(`checked ${batch.length}: ${counts.high} high, ${counts.medium} medium, ${counts.low} low\n`);
