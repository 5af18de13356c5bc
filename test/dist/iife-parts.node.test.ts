import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Issue 19: the all-in-one IIFE fetches its translations, hotline data and offer engine from
// dist/cdn/iife/ (scripts/iife-parts.mjs, src/cdn/iife-parts.ts). Its own hash must cover them all.
const table = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as Record<string, string>;
const iife = readFileSync('dist/cdn/safe-migration-kit.iife.js', 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const parts = files('dist/cdn/iife').map((path) => path.slice('dist/cdn/'.length).split('\\').join('/')).sort();
const lists = parts.filter((file) => file.startsWith('iife/locale-index/'));

test('the IIFE has parts: each language list and its translations, each country, the engine, the whole hotline file', () => {
  assert.deepEqual(lists, ['kk', 'ky', 'ru', 'tg', 'tk', 'uz-Cyrl', 'uz'].map((l) => `iife/locale-index/${l}.js`).sort());
  for (const file of ['iife/offer-engine.js', 'iife/hotlines.js', 'iife/hotlines/KZ.js', 'iife/hotlines/emergency.js', 'iife/locales/ru.exit-button.js', 'iife/locales/kk.offer-check.js']) {
    assert.ok(parts.includes(file), `${file} is built`);
  }
});

test('every part is covered by the IIFE: its hash is in the IIFE, or in its language list, whose hash is in the IIFE', () => {
  const listed = new Map<string, string>();
  for (const list of lists) {
    assert.ok(iife.includes(`"${table[list]}"`), `${list}: its hash is in the IIFE`);
    const text = readFileSync(`dist/cdn/${list}`, 'utf8');
    for (const [, file, hash] of text.matchAll(/\["(iife\/locales\/[^"]+)","(sha384-[^"]+)"\]/g)) listed.set(file!, hash!);
  }
  for (const file of parts) {
    if (lists.includes(file)) continue;
    const hash = table[file];
    assert.match(hash ?? '', /^sha384-/, `${file} is in integrity.json`);
    if (file.startsWith('iife/locales/')) assert.equal(listed.get(file), hash, `${file}: its language list carries its hash`);
    else assert.ok(iife.includes(`"${hash}"`), `${file}: its hash is in the IIFE`);
  }
});

test('each part hands its exports to the IIFE under its own path, and nothing else', () => {
  for (const file of parts) {
    const text = readFileSync(`dist/cdn/${file}`, 'utf8');
    assert.ok(text.includes(`[Symbol.for("safe-migration-kit.part")]?.("${file}",`), `${file} registers as itself`);
    assert.ok(!/\bimport\s*\(|\bfetch\s*\(|\beval\s*\(/.test(text), `${file} imports, fetches or evaluates nothing`);
  }
});

test('the IIFE itself carries no translation, hotline entry or offer rule', () => {
  const russian = 'Уйти с этой страницы';
  assert.ok(readFileSync('dist/cdn/iife/locales/ru.exit-button.js', 'utf8').includes(russian));
  assert.ok(!iife.includes(russian), 'a Russian message');
  assert.ok(!iife.includes('kz-anti-trafficking-hotline-116-16'), 'a hotline entry');
  // A pattern of the sex-industry flag's Russian rules.
  const pattern = 'составить компанию (гостям|мужчинам|клиентам)';
  assert.ok(readFileSync('dist/cdn/iife/offer-engine.js', 'utf8').includes(pattern));
  assert.ok(!iife.includes(pattern), 'an offer rule');
});
