import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementNames, fewestShared, inboxPart, lazyEntries, messageParts, messageUsers, partName, readTemplates } from '../../scripts/split-locales.js';
import { allParts, partsOf } from '../../src/generated/locale-parts.js';

// The split is computed from the sources by scripts/split-locales.ts; these tests compute it again
// and hold the generated files (run `npm run localize:build` first) to it.
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { targetLocales: string[] };
const users = messageUsers();
const names = elementNames();

function partIds(locale: string, part: string): Set<string> {
  return new Set(readTemplates(`src/generated/locales/${locale}.${part}.ts`).keys());
}

test('every message an element uses is in one of its parts, in every locale', () => {
  assert.ok(users.size > 100, `only ${users.size} messages found in src/widgets`);
  for (const name of names) {
    const parts = partsOf[`safe-${name}`];
    assert.ok(parts, `src/generated/locale-parts.ts does not know <safe-${name}>: run npm run localize:build`);
    const used = [...users].filter(([, u]) => u.includes(name)).map(([id]) => id);
    assert.ok(used.length > 0, `<safe-${name}> uses no message`);
    for (const locale of config.targetLocales) {
      const loaded: Set<string> = new Set(parts.flatMap((part) => [...partIds(locale, part)]));
      const missing: string[] = used.filter((id) => !loaded.has(id));
      assert.deepEqual(missing, [], `<safe-${name}> in ${locale} would show these in English`);
    }
  }
});

test('every message a module loaded after the first screen uses is in one of its own parts, in every locale', () => {
  for (const name of Object.keys(lazyEntries)) {
    const parts = partsOf[name];
    assert.ok(parts, `src/generated/locale-parts.ts does not know ${name}: run npm run localize:build`);
    const used = [...users].filter(([, u]) => u.includes(name)).map(([id]) => id);
    assert.ok(used.length > 0, `${name} uses no message`);
    for (const locale of config.targetLocales) {
      const loaded: Set<string> = new Set(parts.flatMap((part) => [...partIds(locale, part)]));
      assert.deepEqual(used.filter((id) => !loaded.has(id)), [], `${name} in ${locale} would show these in English`);
    }
  }
});

test('no element loads before its first screen the words that come with the offer engine', () => {
  const engineOnly = [...users].filter(([, u]) => u.length === 1 && u[0] === 'offer-engine').map(([id]) => id);
  assert.ok(engineOnly.some((id) => id.startsWith('flag.')), 'the flags’ explanations come with the engine');
  for (const name of names) {
    const loaded: Set<string> = new Set(partsOf[`safe-${name}`]!.flatMap((part) => [...partIds('ru', part)]));
    assert.deepEqual(engineOnly.filter((id) => loaded.has(id)), [], `<safe-${name}>`);
  }
});

test('each message is in the parts of the elements that use it: their shared part, or a copy in each own part when that would be small', () => {
  const expected = messageParts(users, names);
  for (const locale of config.targetLocales) {
    const seen = new Map<string, string[]>();
    for (const part of allParts) {
      for (const id of partIds(locale, part)) {
        const u = users.get(id);
        assert.ok(u, `${locale}.${part} holds ${id}, which no msg() call uses`);
        seen.set(id, [...(seen.get(id) ?? []), part]);
      }
    }
    for (const [id, parts] of seen) assert.deepEqual(parts, [...expected.get(id)!].sort(), `${id} (${locale})`);
  }
  // A message is copied only when its shared part would be small; most shared messages stay in one part.
  for (const [id, parts] of expected) {
    if (parts.length > 1) assert.ok(parts.every((part) => !part.includes('+')), `${id}: copied into ${parts.join(', ')}`);
    else if (parts.length === 1) assert.equal(parts[0], partName(users.get(id)!, names), id);
  }
  const counts = new Map<string, number>();
  for (const parts of expected.values()) for (const part of parts) counts.set(part, (counts.get(part) ?? 0) + 1);
  for (const [part, count] of counts) if (part.includes('+')) assert.ok(count >= fewestShared, `${part} holds ${count} messages, fewer than ${fewestShared}`);
});

test('an element does not load the messages only other elements use', () => {
  const exitParts = partsOf['safe-exit-button']!;
  // The offer checker's messages, and the words of its results, which come with the engine it loads.
  const flags = [...users].filter(([, u]) => (u.includes('offer-check') || u.includes('offer-engine')) && !u.includes('exit-button'));
  assert.ok(flags.length > 50);
  const loaded: Set<string> = new Set(exitParts.flatMap((part) => [...partIds('ru', part)]));
  assert.deepEqual(flags.map(([id]) => id).filter((id) => loaded.has(id)), []);
});

test('the inbox page has a part of its own with every message it uses, and no widget loads it', async () => {
  const inboxUses = [...users].filter(([, u]) => u.includes(inboxPart)).map(([id]) => id);
  assert.ok(inboxUses.length > 50, `the inbox uses only ${inboxUses.length} messages`);
  for (const locale of config.targetLocales) {
    assert.deepEqual(
      inboxUses.filter((id) => !partIds(locale, inboxPart).has(id)),
      [],
      `the inbox in ${locale} would show these in English`,
    );
  }
  assert.ok(!(allParts as readonly string[]).includes(inboxPart));
  for (const [tag, parts] of Object.entries(partsOf)) assert.ok(!(parts as readonly string[]).includes(inboxPart), tag);
  const onlyInbox = [...users].filter(([, u]) => u.length === 1 && u[0] === inboxPart).map(([id]) => id);
  assert.ok(onlyInbox.length > 50);
  for (const part of allParts) {
    const ids = partIds('ru', part);
    assert.deepEqual(onlyInbox.filter((id) => ids.has(id)), [], `ru.${part} holds inbox messages`);
  }
  // The widgets' loader table cannot reach the inbox's files, so no widget page can fetch them.
  assert.doesNotMatch(readFileSync('src/generated/locale-parts.ts', 'utf8'), /inbox/);
  const { inboxLoaders } = await import('../../src/generated/inbox-locales.js');
  assert.deepEqual(Object.keys(inboxLoaders).sort(), [...config.targetLocales].sort());
});

test('a message written the same in the inbox page and in an element is in the element\'s part too', () => {
  // lit-localize keeps one of identical msg() calls; the report form's "Safe times: …" was once in
  // the inbox's part alone, and the form showed it in English.
  const shared = [...users].filter(([, u]) => u.includes(inboxPart) && u.length > 1);
  assert.ok(shared.length > 0, 'no message is shared by the inbox page and an element');
  const safeTimes = readFileSync('locales/ru.xlf', 'utf8').match(/<trans-unit id="([^"]+)">\s*<source>Safe times: <x/);
  assert.ok(safeTimes, 'the XLIFF has no "Safe times: …" message');
  // "Check your report" shows it: it comes with the form's later steps (scripts/split-locales.ts, `lazyEntries`).
  assert.deepEqual(users.get(safeTimes[1]!), [inboxPart, 'report-form-steps']);
  for (const locale of config.targetLocales) assert.ok(partIds(locale, 'report-form-steps').has(safeTimes[1]!), locale);
});
