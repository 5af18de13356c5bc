import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
// @ts-expect-error -- a plain JS helper script without type declarations
import { readUnits } from '../../scripts/xliff.mjs';

interface Unit {
  id: string;
  source: string;
  target?: string;
  state?: string;
}

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { targetLocales: string[] };
const files = readdirSync('locales').filter((f) => f.endsWith('.xlf'));
const units = (locale: string): Unit[] => readUnits(readFileSync(`locales/${locale}.xlf`, 'utf8')) as Unit[];
const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[1]).sort();

test('there is one XLIFF file per target locale', () => {
  assert.deepEqual(files.map((f) => f.slice(0, -4)).sort(), [...config.targetLocales].sort());
});

test('the XLIFF files hold every message in the code (npm run localize has been run)', () => {
  const dir = '.cache/xliff-check';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('locales', `${dir}/locales`, { recursive: true });
  const checkConfig = { ...JSON.parse(readFileSync('lit-localize.json', 'utf8')), interchange: { format: 'xliff', xliffDir: `${dir}/locales/` } };
  writeFileSync(`${dir}/lit-localize.json`, JSON.stringify({ ...checkConfig, tsConfig: '../../tsconfig.json', inputFiles: checkConfig.inputFiles.map((p: string) => `../../${p}`) }));
  const result = spawnSync('npx', ['lit-localize', 'extract', '--config', `${dir}/lit-localize.json`], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  for (const file of files) {
    const fresh = readUnits(readFileSync(`${dir}/locales/${file}`, 'utf8')) as Unit[];
    assert.deepEqual(
      units(file.slice(0, -4)).map((u) => u.id).sort(),
      fresh.map((u) => u.id).sort(),
      `${file} is out of date: run "npm run localize" and translate the new messages`,
    );
  }
});

for (const locale of config.targetLocales) {
  test(`every message has a ${locale} translation with the same placeholders`, () => {
    const all = units(locale);
    assert.ok(all.length > 0);
    const missing = all.filter((u) => !u.target?.trim()).map((u) => `${u.id}: ${u.source}`);
    assert.deepEqual(missing, [], `untranslated in ${locale}`);
    for (const u of all) {
      assert.deepEqual(placeholders(u.target!), placeholders(u.source), `${locale} ${u.id} changes the placeholders of "${u.source}"`);
    }
  });
}

test('drafted translations stay marked for native review', () => {
  for (const locale of config.targetLocales) {
    for (const u of units(locale)) {
      assert.ok(
        u.state === 'needs-review-translation' || u.state === 'translated' || u.state === 'final' || u.state === 'signed-off',
        `${locale} ${u.id} has no review state`,
      );
    }
  }
});

// Words we never show: they blame, frighten or label the reader. Matched as word starts.
const neverShow: Record<string, string[]> = {
  en: ['invalid', 'oops', 'victim', 'illegal'],
  ru: ['неверн', 'недопустим', 'упс', 'жертв', 'нелегал'],
  kk: ['жарамсыз', 'құрбан', 'заңсыз мигрант'],
  ky: ['жараксыз', 'курман', 'мыйзамсыз мигрант'],
  uz: ['yaroqsiz', 'qurbon', 'noqonuniy migrant'],
  'uz-Cyrl': ['яроқсиз', 'қурбон', 'ноқонуний мигрант'],
  tg: ['нодуруст', 'қурбонӣ', 'муҳоҷири ғайриқонунӣ'],
  tk: ['nädogry', 'pida', 'bikanun migrant'],
};

test('no message uses a word we never show (invalid, oops, victim, illegal, and their translations)', () => {
  const found: string[] = [];
  const check = (locale: string, id: string, text: string) => {
    const plain = text.replace(/<[^>]+>/g, ' ').toLowerCase();
    for (const word of neverShow[locale] ?? []) {
      if (new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(plain)) found.push(`${locale} ${id}: "${word}" in "${text}"`);
    }
  };
  for (const u of units(config.targetLocales[0]!)) check('en', u.id, u.source);
  for (const locale of config.targetLocales) for (const u of units(locale)) check(locale, u.id, u.target ?? '');
  assert.deepEqual(found, []);
});
