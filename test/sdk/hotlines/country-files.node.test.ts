// The country files in data/hotlines/ as they are: the source of truth NGOs edit. Every file is
// checked, every number must be readable in its source, and the destination countries of issue 15
// must have sourced emergency numbers and a help line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileHotlineData, countryFileSchema, sourceShowsNumber } from '../../../src/sdk/hotlines/country-files.js';
import type { CountryFile } from '../../../src/sdk/hotlines/country-files.js';
import { bundledHotlineData } from '../../../src/sdk/hotlines/bundled.js';

const dir = 'data/hotlines';
const names = readdirSync(dir).filter((n) => /^[a-z]{2}\.json$/.test(n)).sort();
const read = (name: string) => ({ file: join(dir, name), json: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown });
const review = read('review.json');
const files = names.map(read);
const digits = (s: string) => s.replace(/[\s\-()]/g, '');

test('every country file passes its schema on its own', () => {
  assert.ok(names.length >= 11, names.join(', '));
  for (const { file, json } of files) {
    const parsed = countryFileSchema.safeParse(json);
    assert.ok(parsed.success, `${file}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`);
    assert.equal((json as CountryFile).country.toLowerCase(), file.slice(-7, -5));
  }
});

test('the country files compile to exactly the bundled data', () => {
  const compiled = compileHotlineData(review, files);
  assert.deepEqual(compiled.problems, []);
  assert.deepEqual(compiled.data, bundledHotlineData);
});

test('every number shown has a source quote containing it (digits compared without spaces, dashes and brackets)', () => {
  let checked = 0;
  for (const { file, json } of files) {
    const country = json as CountryFile;
    const check = (owner: string, printed: unknown, sourceIndex: unknown, sources: CountryFile['hotlines'][number]['sources']) => {
      if (typeof printed !== 'string' || !/\d/.test(printed)) return;
      const source = sources[sourceIndex as number]!;
      const inQuote = source.quote !== null && digits(source.quote).includes(digits(printed));
      // One official page is named after its number (egov.kz …/emergency_number_112) and quotes the other numbers.
      const inAddress = source.url !== null && new RegExp(`\\D${digits(printed)}(\\D|$)`).test(source.url);
      assert.ok(inQuote || inAddress, `${file} ${owner}: "${printed}" is not in its source's quote`);
      assert.ok(sourceShowsNumber(source, printed));
      checked += 1;
    };
    for (const h of country.hotlines) for (const c of h.channels) check(h.id, c.printed, c.source, h.sources);
    if (country.emergency) for (const n of country.emergency.numbers) check('emergency', n.printed, n.source, country.emergency.sources);
  }
  assert.ok(checked >= 90, `${checked} numbers checked`);
});

test('each entry keeps its provenance in the file: a source with url or citation, quote and date fields, and a confirmations list', () => {
  for (const { file, json } of files) {
    for (const h of (json as CountryFile).hotlines) {
      assert.ok(Array.isArray(h.confirmations), `${file} ${h.id}`);
      assert.ok(h.seedOnly || h.sources.length > 0, `${file} ${h.id} has a source`);
      for (const s of h.sources) {
        assert.ok(s.url !== null || s.citation, `${file} ${h.id}: a source without an address names who published it`);
        assert.ok('quote' in s && 'date' in s, `${file} ${h.id}`);
      }
    }
  }
});

const destinations = ['RU', 'TR', 'AE', 'KR', 'GB', 'PL'] as const;

test('RU, TR, AE, KR, GB and PL each have sourced emergency numbers and at least one sourced help line with a number', () => {
  for (const country of destinations) {
    const emergency = bundledHotlineData.emergency.find((e) => e.country === country);
    assert.ok(emergency && emergency.numbers.length > 0, `${country} emergency numbers`);
    assert.ok(emergency.provenance.sources.every((s) => s.quote), `${country}: every emergency source is quoted`);
    const lines = bundledHotlineData.hotlines.filter(
      (h) => h.area.countries.includes(country) && h.provenance.status !== 'outdated' && h.channels.some((c) => 'printed' in c),
    );
    assert.ok(lines.length > 0, `${country} help line`);
  }
});

test('contradicted leads are revised: YİMER 157 speaks five languages (2025), 1345 keeps weekday hours, 1577-0071 is HRD Korea\'s, the Tajik ministry line reports unanswered calls', () => {
  const byId = (id: string) => bundledHotlineData.hotlines.find((h) => h.id === id)!;
  const yimer = byId('tr-yimer-157');
  assert.deepEqual(yimer.channels[0]!.languages, ['tr', 'en', 'ar', 'fa', 'ru']);
  assert.ok(yimer.provenance.leads!.includes('ca3-009'));
  const k1345 = byId('kr-immigration-contact-centre-1345').channels[0]!;
  assert.equal(k1345.hours.type, 'weekly');
  assert.deepEqual(k1345.hours.type === 'weekly' && k1345.hours.rules[0]!.days, ['MO', 'TU', 'WE', 'TH', 'FR']);
  assert.match(byId('kr-counseling-center-foreign-workers').organization.name.en!, /HRD Korea/);
  const tj = byId('ru-tj-labour-ministry-hotline');
  assert.equal(tj.provenance.statusReason, 'calls-unanswered');
  assert.deepEqual(tj.provenance.problem, { code: 'calls-unanswered', date: '2024-11-29' });
});

test('numbers are never completed or taken from misprints: the malformed Aktau consulate number, 800-1111, 1577-1336 and the unanswered regional numbers are never a number to call', () => {
  const shown = [
    ...bundledHotlineData.hotlines.flatMap((h) => h.channels.flatMap((c) => ('printed' in c ? [digits(c.printed)] : []))),
    ...bundledHotlineData.emergency.flatMap((e) => e.numbers.map((n) => digits(n.printed))),
  ];
  for (const absent of ['277-71-17', '800-1111', '1577-1336', '676-00-00', '120-77-77', '681-18-23']) {
    assert.ok(!shown.some((n) => n.endsWith(digits(absent))), absent);
  }
  // The quotes that print them stay, as the record of why they are not shown.
  assert.match(JSON.stringify(bundledHotlineData), /676-00-00/);
});

test('the build and data:check need nothing beside the repository (a copy with no ../shared)', () => {
  const root = mkdtempSync(join(tmpdir(), 'smk-fresh-'));
  try {
    const repo = join(root, 'repo');
    for (const part of ['src', 'scripts', 'data', 'package.json', 'tsconfig.json']) cpSync(part, join(repo, part), { recursive: true });
    symlinkSync(resolve('node_modules'), join(repo, 'node_modules'), 'dir');
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-hotline-data.ts', '--check'], { cwd: repo, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr + check.stdout);
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-hotline-data.ts'], { cwd: repo, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr + build.stdout);
    assert.equal(readFileSync(join(repo, 'src/data/hotlines.json'), 'utf8'), readFileSync('src/data/hotlines.json', 'utf8'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a problem in a country file is reported with its file, entry id, JSON path and what to do', () => {
  const broken = structuredClone(files.find((f) => f.file.endsWith('tr.json'))!.json) as CountryFile;
  (broken.hotlines[0]!.channels[0] as { printed: string }).printed = '158';
  const compiled = compileHotlineData(review, [{ file: 'tr.json', json: broken }]);
  assert.equal(compiled.ok, false);
  const problem = compiled.problems.find((p) => p.code === 'number-not-in-quote')!;
  assert.deepEqual(
    { file: problem.file, entry: problem.entry, path: problem.path },
    { file: 'tr.json', entry: 'tr-yimer-157', path: '$.hotlines[0].channels[0].printed' },
  );
  assert.match(problem.fix, /never type a number|Quote the source/);
  assert.ok(compiled.problems.some((p) => p.code === 'unprinted-number' && p.path === '$.hotlines[0].channels[0].printed'));
});
