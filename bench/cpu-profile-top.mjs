// The top functions of a V8 .cpuprofile by own (self) time: node bench/cpu-profile-top.mjs file [count]
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const count = Number(process.argv[3] ?? 25);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let total = 0;
for (let k = 0; k < profile.samples.length; k++) {
  const node = byId.get(profile.samples[k]);
  const t = dt[k] ?? 0;
  total += t;
  const f = node.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-1)[0]}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
for (const [key, t] of rows) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${key}`);

// With more names after the count: where each of those functions' own time was spent from (its callers' chains, three deep).
const parentOf = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const selfOfNode = new Map();
for (let k = 0; k < profile.samples.length; k++) selfOfNode.set(profile.samples[k], (selfOfNode.get(profile.samples[k]) ?? 0) + (dt[k] ?? 0));
for (const name of process.argv.slice(4)) {
  const chains = new Map();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== name) continue;
    const names = [];
    for (let p = parentOf.get(n.id), d = 0; p !== undefined && d < 3; p = parentOf.get(p), d++) names.push(byId.get(p).callFrame.functionName || '(anon)');
    const key = names.join(' < ');
    chains.set(key, (chains.get(key) ?? 0) + (selfOfNode.get(n.id) ?? 0));
  }
  console.log(`\n${name}, own time by caller chain:`);
  for (const [key, t] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  < ${key}`);
}
// Inclusive time of the functions named after the count, whatever calls them.
// LINES=name1,name2: the hottest lines of those functions (from the profile's position ticks), with their source when the script is a file.
if (process.env.LINES) {
  for (const name of process.env.LINES.split(',')) {
    const lines = new Map();
    let url = '';
    for (const n of profile.nodes) {
      if (n.callFrame.functionName !== name) continue;
      url = n.callFrame.url;
      for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
    }
    let source = [];
    try {
      source = readFileSync(new URL(url), 'utf8').split('\n');
    } catch {
      // A script that is not a file (node:internal, eval): lines without their source.
    }
    const sum = [...lines.values()].reduce((x, y) => x + y, 0);
    console.log(`\n${name}: hottest lines of ${sum} ticks`);
    for (const [line, ticks] of [...lines].sort((x, y) => y[1] - x[1]).slice(0, 14)) {
      console.log(`${((100 * ticks) / sum).toFixed(1).padStart(5)}%  ${String(line).padStart(5)}: ${(source[line - 1] ?? '').trim().slice(0, 130)}`);
    }
  }
}
// INCL=name1,name2: each function's time with its callees (a call inside another of the same name counted once).
if (process.env.INCL) {
  const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
  const subtree = (id) => (selfOfNode.get(id) ?? 0) + children.get(id).reduce((s, c) => s + subtree(c), 0);
  for (const name of process.env.INCL.split(',')) {
    let t = 0;
    const visit = (id, inside) => {
      const here = byId.get(id).callFrame.functionName === name;
      if (here && !inside) {
        t += subtree(id);
        return;
      }
      for (const c of children.get(id)) visit(c, inside || here);
    };
    visit(profile.nodes[0].id, false);
    console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${name} with callees`);
  }
}
