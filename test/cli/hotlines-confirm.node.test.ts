// The commands an NGO runs on its own copy of the country files, as real processes: validate for
// CI (places, fixes, --max-age, exit codes), hotlines confirm, hotlines build, and the destination
// countries in `hotlines --json`.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'smk-confirm-'));
after(() => rmSync(root, { recursive: true, force: true }));

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: '' } });
}

function copy(name: string): string {
  const dir = join(root, name);
  cpSync('data/hotlines', dir, { recursive: true });
  return dir;
}

test('hotlines --country RU|TR|AE|KR|GB|PL --json gives sourced emergency numbers and at least one sourced line with a number', () => {
  for (const country of ['RU', 'TR', 'AE', 'KR', 'GB', 'PL']) {
    const result = cli(['hotlines', '--country', country, '--json', '--at', '2026-11-23T10:00:00Z']);
    assert.equal(result.status, 0, result.stderr);
    type Out = { emergency: { numbers: { dial: string }[]; provenance: { sources: { url: string | null; quote: string | null }[] } }; results: { hotline: { channels: { printed?: string; source: number }[]; provenance: { sources: { quote: string | null }[] } } }[] };
    const out = JSON.parse(result.stdout) as Out;
    assert.ok(out.emergency.numbers.length > 0, `${country} emergency`);
    assert.ok(out.emergency.provenance.sources.every((s) => s.url && s.quote), `${country} emergency sources`);
    const withNumber = out.results.filter((r) => r.hotline.channels.some((c) => c.printed && r.hotline.provenance.sources[c.source]!.quote));
    assert.ok(withNumber.length > 0, `${country} help line`);
  }
});

test('validate DIR passes the committed country files and exits 0', () => {
  const result = cli(['validate', 'data/hotlines']);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /data\/hotlines: valid, \d+ country files, \d+ entries in all\./);
});

test('validate --max-age fails on entries not confirmed within it, each with file, entry, path and what to do', () => {
  const result = cli(['validate', 'data/hotlines/kr.json', '--max-age', '24', '--today', '2026-12-01']);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^data\/hotlines\/kr\.json kr-counseling-center-foreign-workers \$\.hotlines\[1\]\.lastConfirmed: was last confirmed 2013-07-02, more than 24 months before 2026-12-01 \[not-confirmed-within\]$/m);
  assert.match(result.stdout, /^ {2}what to do: .*hotlines confirm ID --method/m);
  const wider = cli(['validate', 'data/hotlines/kr.json', '--max-age', '48', '--today', '2026-12-01']);
  assert.match(wider.stdout, /kr-counseling-center-foreign-workers/);
  assert.doesNotMatch(wider.stdout, /kr-immigration-contact-centre-1345/, 'confirmed in April 2023, within 48 months');
  // Twenty years back, only the entries no source dates are left, and they are said to be so.
  const lenient = cli(['validate', 'data/hotlines/kr.json', '--max-age', '240', '--today', '2026-12-01']);
  const listed = lenient.stdout.split('\n').filter((l) => l.includes('[not-confirmed-within]'));
  assert.ok(listed.length > 0 && listed.every((l) => l.includes('has never been confirmed')), lenient.stdout);
});

test('validate on a broken country file names the file, the entry and the JSON path; wrong options exit 2', () => {
  const dir = copy('broken');
  const tr = JSON.parse(readFileSync(join(dir, 'tr.json'), 'utf8')) as { hotlines: { channels: { printed?: string; hours: unknown }[] }[] };
  tr.hotlines[0]!.channels[0]!.printed = '1570';
  tr.hotlines[0]!.channels[1]!.hours = { type: 'sometimes' };
  writeFileSync(join(dir, 'tr.json'), JSON.stringify(tr, null, 2));
  const result = cli(['validate', dir]);
  assert.equal(result.status, 1);
  const out = result.stdout.split('\n');
  const at = out.findIndex((l) => l.startsWith(`${join(dir, 'tr.json')} tr-yimer-157 $.hotlines[0].channels[1].hours.type: `));
  assert.ok(at >= 0, result.stdout);
  assert.match(out[at + 1]!, /^ {2}what to do: /);
  assert.ok(out.some((l) => l.startsWith(`${join(dir, 'tr.json')} tr-yimer-157 $.hotlines[0].channels[0].printed: "1570" is not in the quote`)));
  const json = JSON.parse(cli(['validate', dir, '--json']).stdout) as { valid: boolean; problems: { file: string; entry: string; path: string; fix: string }[] };
  assert.equal(json.valid, false);
  assert.ok(json.problems.every((p) => p.file.endsWith('tr.json') && p.entry === 'tr-yimer-157' && p.fix.length > 0));
  assert.equal(cli(['validate', dir, '--max-age', 'soon']).status, 2);
});

test('hotlines confirm records who, when, how and what in the country file, and the built data says confirmed by a call', () => {
  const dir = copy('confirm');
  const result = cli(['hotlines', 'confirm', 'kz-anti-trafficking-hotline-116-16', '--method', 'call', '--date', '2026-12-01', '--note', 'Answered in Russian at 03:00', '--by', 'Field team, Example NGO', '--data', dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /status now confirmed \(confirmed-by-call\)/);
  const kz = JSON.parse(readFileSync(join(dir, 'kz.json'), 'utf8')) as { hotlines: { id: string; confirmations: unknown[] }[] };
  assert.deepEqual(kz.hotlines.find((h) => h.id === 'kz-anti-trafficking-hotline-116-16')!.confirmations, [
    { method: 'call', date: '2026-12-01', by: 'Field team, Example NGO', note: 'Answered in Russian at 03:00' },
  ]);
  const out = join(root, 'built.json');
  assert.equal(cli(['hotlines', 'build', '--data', dir, '--out', out]).status, 0);
  const built = JSON.parse(readFileSync(out, 'utf8')) as { hotlines: { id: string; provenance: { lastConfirmed: string; confirmations: unknown[] } }[] };
  const entry = built.hotlines.find((h) => h.id === 'kz-anti-trafficking-hotline-116-16')!;
  assert.equal(entry.provenance.lastConfirmed, '2026-12-01');
  assert.deepEqual(entry.provenance.confirmations, [{ method: 'call', date: '2026-12-01' }], 'the person\'s name stays in the repository');
  assert.equal(cli(['validate', out]).status, 0);
});

test('hotlines confirm refuses what it cannot record: no such entry (1), a source without --url, a bad date or method, no name (2)', () => {
  const dir = copy('refuse');
  const before = readFileSync(join(dir, 'kz.json'), 'utf8');
  assert.equal(cli(['hotlines', 'confirm', 'kz-nowhere', '--method', 'call', '--date', '2026-12-01', '--by', 'x', '--data', dir]).status, 1);
  const noUrl = cli(['hotlines', 'confirm', 'kz-sana-sezim', '--method', 'source', '--date', '2026-01-01', '--by', 'x', '--data', dir]);
  assert.equal(noUrl.status, 2);
  assert.match(noUrl.stderr, /--url/);
  assert.equal(cli(['hotlines', 'confirm', 'kz-sana-sezim', '--method', 'fax', '--date', '2026-01-01', '--by', 'x', '--data', dir]).status, 2);
  assert.equal(cli(['hotlines', 'confirm', 'kz-sana-sezim', '--method', 'call', '--date', '1 March', '--by', 'x', '--data', dir]).status, 2);
  assert.equal(cli(['hotlines', 'confirm', 'kz-sana-sezim', '--method', 'call', '--date', '2099-01-01', '--by', 'x', '--data', dir]).status, 2);
  assert.equal(readFileSync(join(dir, 'kz.json'), 'utf8'), before, 'nothing written');
  const source = cli(['hotlines', 'confirm', 'emergency-kz', '--method', 'source', '--date', '2026-02-01', '--url', 'https://egov.kz/112', '--by', 'x', '--data', dir]);
  assert.equal(source.status, 0, source.stderr);
  assert.match(source.stdout, /status now confirmed/);
});
