// Checks the bench's postings in a loop, for a CPU profile of the offer check:
//   node --import tsx bench/offer-check-profile.ts [postings] [rounds] [profile.cpuprofile]
//   node bench/cpu-profile-top.mjs profile.cpuprofile
// The rules are compiled and the engine warmed on 500 other postings first; with a file name, the
// timed rounds alone are profiled (through the inspector), so compiling and loading are left out.
// The postings are the bench's own (bench/offer-postings.ts, the same seed). With BENCH_SETUP=1 the
// rules are first compiled as the bench does before it times (lazily, then with every RegExp built,
// then the bundled set), to measure what that set-up costs the timed checks.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { bundledOfferRules, checkOffers, compileOfferRules, offerRuleSet } from '../src/sdk/index.js';
import { posting, random } from './offer-postings.js';

const count = Number(process.argv[2] ?? 3000);
const rounds = Number(process.argv[3] ?? 4);
const out = process.argv[4];
const next = random(20250401);
const postings = Array.from({ length: count }, () => posting(next, 1500));
const warm = Array.from({ length: 500 }, () => posting(next, 1500));
if (process.env.BENCH_SETUP === '1') {
  compileOfferRules(offerRuleSet);
  compileOfferRules(offerRuleSet, { eager: true });
}
bundledOfferRules();
for (let k = 0; k < 2; k++) for (const _ of checkOffers(warm)) void _;
const session = out ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
for (let r = 0; r < rounds; r++) {
  const cpu = process.cpuUsage();
  let high = 0;
  for (const result of checkOffers(postings)) if (result.level === 'high') high += 1;
  const used = process.cpuUsage(cpu);
  const us = (used.user + used.system) / count;
  process.stdout.write(`round ${r + 1}: ${us.toFixed(1)} µs of CPU per posting (${Math.round(1e6 / us)} per CPU-second), ${high} high\n`);
}
if (session && out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}
