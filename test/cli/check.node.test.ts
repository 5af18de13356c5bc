import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function check(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'check', ...args], { encoding: 'utf8', input });
}

const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; level: string; score: number; flags: string[] });

const offers = [
  { id: 'p-1', text: 'Hostess in Dubai, $3000 a month, free ticket and visa. Girls 18-25. Send your passport copy to Telegram @dxb_girls' },
  { id: 'p-2', text: 'Продавец-консультант, официальное трудоустройство, зарплата 90 000 руб.', lang: 'ru' },
  { id: 3, text: 'Предоплата 200$ за оформление визы.' },
];

test('check reads JSON Lines from a file and writes one JSON line per offer, in order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smk-check-'));
  try {
    const file = join(dir, 'postings.jsonl');
    writeFileSync(file, `${offers.map((o) => JSON.stringify(o)).join('\n')}\n`);
    const result = check([file]);
    assert.equal(result.status, 0, result.stderr);
    const out = lines(result.stdout);
    assert.deepEqual(out.map((o) => [o.id, o.level]), [['p-1', 'high'], ['p-2', 'low'], [3, 'medium']]);
    assert.ok(out[0]!.flags.includes('documents-via-messenger'));
    assert.deepEqual(Object.keys(out[0]!), ['id', 'level', 'score', 'flags']);
    assert.equal(result.stderr, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('check reads standard input with "-" or no FILE', () => {
  const input = offers.map((o) => JSON.stringify(o)).join('\n');
  for (const args of [['-'], []]) {
    const result = check(args, input);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(lines(result.stdout).length, 3);
  }
});

test('plain text is one offer', () => {
  const result = check([], 'Срочно! Работа в Дубае для девушек 18-25.\nБилет бесплатно, паспорт хранится у работодателя.\n');
  assert.equal(result.status, 0, result.stderr);
  const [only, ...rest] = lines(result.stdout);
  assert.deepEqual(rest, []);
  assert.equal(only!.id, null);
  assert.equal(only!.level, 'high');
  assert.ok(only!.flags.includes('passport-retention'));
});

test('--summary prints counts per level and the most frequent flags to standard error', () => {
  const result = check(['--summary'], offers.map((o) => JSON.stringify(o)).join('\n'));
  assert.equal(result.status, 0);
  assert.equal(lines(result.stdout).length, 3, 'the lines still go to standard output');
  assert.match(result.stderr, /checked 3 offer\(s\)/);
  assert.match(result.stderr, /high\s+1\s+33\.3%/);
  assert.match(result.stderr, /medium\s+1\s+33\.3%/);
  assert.match(result.stderr, /low\s+1\s+33\.3%/);
  assert.match(result.stderr, /most frequent flags:\n\s+\S+\s+\d+/);
});

test('a line that cannot be checked is reported with its number, the rest are checked, and the exit code is 1', () => {
  const input = [JSON.stringify(offers[0]), '{not json', JSON.stringify({ id: 'x' }), JSON.stringify({ text: 'ok', lang: 'fr' }), JSON.stringify(offers[2])].join('\n');
  const result = check([], input);
  assert.equal(result.status, 1);
  assert.deepEqual(lines(result.stdout).map((o) => o.id), ['p-1', 3]);
  assert.match(result.stderr, /line 2 skipped: it is not valid JSON/);
  assert.match(result.stderr, /line 3 skipped: it has no "text" string/);
  assert.match(result.stderr, /line 4 skipped: "lang" must be one of/);
});

test('a missing file, an unknown option or two files exit 2 with a plain message; --help explains', () => {
  const missing = check(['/no/such/file.jsonl']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read "\/no\/such\/file.jsonl"/);
  assert.equal(check(['--frobnicate']).status, 2);
  assert.equal(check(['a', 'b']).status, 2);
  const help = check(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: safe-migration-kit check \[FILE\|-\] \[--summary\]/);
});

test('the main help lists the check command', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', '--help'], { encoding: 'utf8' });
  assert.match(result.stdout, /check \[FILE\|-\] \[--summary\]\s+check job offers/);
});
