import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { data, hotline } from '../sdk/hotlines/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'smk-validate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', input });
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

test('validate passes the bundled data file', () => {
  const result = cli(['validate', 'src/data/hotlines.json']);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /src\/data\/hotlines\.json: valid, \d+ entries, emergency numbers for \d+ countries\./);
});

test('validate prints every problem with its JSON path and exits 1', () => {
  const bad = JSON.parse(JSON.stringify(data([hotline({ id: 'kz-one' }), hotline({ id: 'kz-one' })]))) as {
    hotlines: { topics: string[]; channels: { languages: unknown }[] }[];
  };
  bad.hotlines[0]!.topics = ['astrology'];
  bad.hotlines[1]!.channels[0]!.languages = 'ru';
  const path = file('bad.json', bad);
  const result = cli(['validate', path]);
  assert.equal(result.status, 1);
  const lines = result.stdout.trim().split('\n');
  assert.deepEqual(lines.slice(0, 2), [
    `${path}: $.hotlines[0].topics[0]: expected "trafficking" or "labour-exploitation" or "migrant-rights" or "legal-aid" or "psychological-support" or "shelter" or "domestic-violence" or "child-protection" or "emergency", got "astrology" [not-allowed]`,
    `${path}: $.hotlines[1].channels[0].languages: expected array, got string [wrong-type]`,
  ]);
  assert.equal(lines.at(-1), `2 problems in ${path}.`);
});

test('duplicate ids are reported once the shape is right', () => {
  const path = file('dupes.json', data([hotline({ id: 'kz-one' }), hotline({ id: 'kz-one' })]));
  const result = cli(['validate', path]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /\$\.hotlines\[1\]\.id: "kz-one" is already the id of \$\.hotlines\[0\] \[duplicate-id\]/);
});

test('malformed JSON is one problem at $', () => {
  const result = cli(['validate', file('broken.json', '{"hotlines": [')]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /: \$: .+ \[malformed-json\]/);
});

test('--json prints the problems as data', () => {
  const result = cli(['validate', '--json', file('wrong.json', { format: 'nope' })]);
  assert.equal(result.status, 1);
  const out = JSON.parse(result.stdout) as { valid: boolean; code: string; problems: { path: string }[] };
  assert.equal(out.valid, false);
  assert.equal(out.code, 'hotline/data-invalid');
  assert.ok(out.problems.some((p) => p.path === '$.format'));
});

test('validate - reads standard input', () => {
  const result = cli(['validate', '-'], readFileSync('src/data/hotlines.json', 'utf8'));
  assert.equal(result.status, 0, result.stdout);
});

test('a missing file exits 1; no file at all exits 2', () => {
  assert.equal(cli(['validate', join(dir, 'nothing-here.json')]).status, 1);
  const none = cli(['validate']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /give one file/);
});
