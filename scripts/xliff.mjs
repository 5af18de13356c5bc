// Small XLIFF 1.2 tools for the files lit-localize writes in locales/.
//
//   node scripts/xliff.mjs apply DRAFTS.json   add drafted targets, marked needs-review-translation
//   node scripts/xliff.mjs status              list, per locale, missing and unreviewed messages
//   node scripts/xliff.mjs import FILE.xlf...  copy targets (with their state) from returned or
//                                              other files into locales/, by message id, for
//                                              messages that have no target yet (--replace: all)
//
// DRAFTS.json maps a locale to { "<source as in the XLIFF>": "<target>" }; placeholders are
// written as the XLIFF writes them (<x id="0" equiv-text="${n}"/>). Existing targets are kept
// unless --replace is given, so a reviewer's work is never overwritten by a draft.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'locales';
const unitPattern = /<trans-unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/trans-unit>/g;

export function readUnits(xml) {
  const units = [];
  for (const [, id, , body] of xml.matchAll(unitPattern)) {
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const targetMatch = body.match(/<target(?:\s+state="([^"]*)")?>([\s\S]*?)<\/target>/);
    units.push({ id, source, target: targetMatch?.[2], state: targetMatch?.[1] });
  }
  return units;
}

export function localeFiles() {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xlf'))
    .map((f) => ({ locale: f.slice(0, -4), path: join(dir, f) }));
}

function escapeNonMarkup(text) {
  return text.replace(/&(?!(amp|lt|gt|quot|apos);)/g, '&amp;');
}

function apply(draftsPath, replace) {
  const drafts = JSON.parse(readFileSync(draftsPath, 'utf8'));
  for (const { locale, path } of localeFiles()) {
    const table = drafts[locale];
    if (!table) continue;
    let added = 0;
    const xml = readFileSync(path, 'utf8').replace(unitPattern, (whole, id, attrs, body) => {
      const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1];
      const draft = source === undefined ? undefined : table[source];
      if (draft === undefined) return whole;
      if (/<target/.test(body) && !replace) return whole;
      added += 1;
      const withoutTarget = body.replace(/\s*<target[\s\S]*?<\/target>/, '');
      const target = `<target state="needs-review-translation">${escapeNonMarkup(draft)}</target>`;
      return `<trans-unit id="${id}"${attrs}>${withoutTarget.replace(/(<\/source>)/, `$1\n  ${target}`)}</trans-unit>`;
    });
    writeFileSync(path, xml);
    console.log(`${locale}: ${added} drafted`);
  }
}

function importFiles(paths, replace) {
  const byLocale = new Map();
  for (const path of paths) {
    const xml = readFileSync(path, 'utf8');
    const locale = xml.match(/target-language="([^"]+)"/)?.[1];
    if (!locale) throw new Error(`${path} names no target-language`);
    const table = byLocale.get(locale) ?? new Map();
    for (const u of readUnits(xml)) if (u.target !== undefined) table.set(u.id, u);
    byLocale.set(locale, table);
  }
  for (const { locale, path } of localeFiles()) {
    const table = byLocale.get(locale);
    if (!table) continue;
    let copied = 0;
    const xml = readFileSync(path, 'utf8').replace(unitPattern, (whole, id, attrs, body) => {
      const incoming = table.get(id);
      if (!incoming || (/<target/.test(body) && !replace)) return whole;
      copied += 1;
      const state = incoming.state ? ` state="${incoming.state}"` : '';
      const withoutTarget = body.replace(/\s*<target[\s\S]*?<\/target>/, '');
      return `<trans-unit id="${id}"${attrs}>${withoutTarget.replace(/(<\/source>)/, `$1\n  <target${state}>${incoming.target}</target>`)}</trans-unit>`;
    });
    writeFileSync(path, xml);
    console.log(`${locale}: ${copied} imported`);
  }
}

function status() {
  let missing = 0;
  for (const { locale, path } of localeFiles()) {
    const units = readUnits(readFileSync(path, 'utf8'));
    const untranslated = units.filter((u) => u.target === undefined);
    const unreviewed = units.filter((u) => u.state === 'needs-review-translation');
    missing += untranslated.length;
    console.log(`${locale.padEnd(8)} ${units.length} messages, ${untranslated.length} missing, ${unreviewed.length} need native review`);
    for (const u of untranslated) console.log(`  missing ${u.id}: ${u.source}`);
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, arg] = process.argv.slice(2);
  if (command === 'apply' && arg) apply(arg, process.argv.includes('--replace'));
  else if (command === 'status') process.exitCode = status() > 0 ? 1 : 0;
  else if (command === 'import' && arg) importFiles(process.argv.slice(3).filter((a) => !a.startsWith('--')), process.argv.includes('--replace'));
  else {
    console.error('usage: node scripts/xliff.mjs apply DRAFTS.json [--replace] | import FILE.xlf... [--replace] | status');
    process.exitCode = 2;
  }
}
