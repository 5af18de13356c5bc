// Splits each locale module that `lit-localize build` writes (src/generated/locales/<locale>.ts,
// every message of every element) into parts, so that a page fetches only the messages of the
// elements it shows (issue 19). Which element uses a message is read from the sources each time:
// lit-localize's own analysis finds every msg() call and the file it is in, and the element is the
// one whose module reaches that file by import. Messages reached by one element go to that
// element's part; messages reached by several go to a part shared by exactly those elements, unless
// that part would hold fewer than `fewestShared` messages: then each of those elements' own parts
// holds a copy (`messageParts`), since a file costs a page more than a few messages do.
//
// The case-worker inbox (src/inbox, a page of its own) is one more entry with a part of its own,
// `inbox`: every message its page reaches, also those it shares with the widgets, so the inbox loads
// that one part and widget pages never load it (src/generated/inbox-locales.ts, apart from the
// widgets' table).
//
// Run by `npm run localize:build`, right after `lit-localize build`. Writes
// src/generated/locales/<locale>.<part>.ts, src/generated/locale-parts.ts (which parts each
// element needs, and one static import() per locale and part, so bundlers keep every file) and
// src/generated/inbox-locales.ts, and removes the whole-locale modules so nothing can load them by
// mistake.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const widgetsDir = join(root, 'src/widgets');
const inboxDir = join(root, 'src/inbox');
/** The inbox page's entry module. */
export const inboxEntry = join(inboxDir, 'inbox-page.ts');
/** The part that holds the inbox page's messages. */
export const inboxPart = 'inbox';
/** Where each locale's module that loads its parts goes (`<locale>.ts`), apart from the parts. */
export const localeIndexDir = 'src/generated/locale-index';
const localesDir = join(root, 'src/generated/locales');
const partsModule = join(root, 'src/generated/locale-parts.ts');

/**
 * Modules that elements load with `import()` after their first screen and that bring messages of
 * their own, by a name for their part: their messages go to a part of their own, which the module
 * loads with itself (`loadMessagesOf` in src/widgets/localization.ts), so no first screen waits for
 * them. The offer engine brings the words for its results (flag titles, explanations, advice); the
 * report form's later steps the words of every step after the first and of the views after "Send
 * report" (a message the first step shows too stays with the form); the finder's later screens the
 * words of its lists of choices, "More choices", the empty view and print and share.
 */
export const lazyEntries: Readonly<Record<string, string>> = {
  'offer-engine': 'src/widgets/shared/offer-engine.ts',
  'report-form-steps': 'src/widgets/report-form/later-steps.ts',
  'hotline-finder-later': 'src/widgets/hotline-finder/later-screens.ts',
};

/** The elements: each folder of src/widgets with a module of its own name. */
export function elementNames(): string[] {
  return readdirSync(widgetsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(widgetsDir, d.name, `${d.name}.ts`)))
    .map((d) => d.name)
    .sort();
}

function program(): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const files = parsed.fileNames.filter((f) => (f.startsWith(`${widgetsDir}/`) || f.startsWith(`${inboxDir}/`)) && !f.endsWith('.d.ts'));
  return ts.createProgram(files, parsed.options);
}

/**
 * The module specifiers a file imports, statically or by import(), and re-exports. Type-only
 * imports and exports are left out: they are erased, so they load nothing (the report form names
 * the types of its later steps without loading their words).
 */
function specifiers(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : ts.isExportDeclaration(node) && node.isTypeOnly;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && !typeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Every message id, with the elements that use it (sorted). An element uses the messages of every
 * file its module reaches by import, lazy ones included, but not through another element's module:
 * that element loads its own part when it is on the page; nor through a lazy entry
 * (`lazyEntries`), which counts as a user of its own unless every element that loads it uses the
 * message too. The inbox page counts as one more user, `inbox`, whose messages also go to its own
 * part.
 */
export function messageUsers(): Map<string, string[]> {
  const prog = program();
  const names = elementNames();
  const entries = new Map([
    ...names.map((name) => [join(widgetsDir, name, `${name}.ts`), name] as const),
    ...Object.entries(lazyEntries).map(([name, path]) => [join(root, path), name] as const),
    [inboxEntry, inboxPart] as const,
  ]);
  const options = prog.getCompilerOptions();
  const reach = new Map<string, Set<string>>();
  /** The entries that load each lazy entry, by its name. */
  const loadedBy = new Map<string, Set<string>>();
  for (const [entry, name] of entries) {
    const todo = [entry];
    while (todo.length > 0) {
      const path = todo.pop()!;
      const users = reach.get(path) ?? new Set<string>();
      if (users.has(name)) continue;
      users.add(name);
      reach.set(path, users);
      const file = prog.getSourceFile(path);
      if (!file) continue;
      for (const spec of specifiers(file)) {
        const target = ts.resolveModuleName(spec, path, options, ts.sys).resolvedModule?.resolvedFileName;
        if (!target || !target.startsWith(`${root}/src/`) || target.endsWith('.d.ts')) continue;
        if (entries.has(target) && target !== entry) {
          const lazy = entries.get(target)!;
          if (lazyEntries[lazy]) loadedBy.set(lazy, (loadedBy.get(lazy) ?? new Set()).add(name));
          continue;
        }
        todo.push(target);
      }
    }
  }
  const { errors } = extractMessagesFromProgram(prog);
  if (errors.length > 0) throw new Error(`lit-localize could not read a msg() call: ${ts.flattenDiagnosticMessageText(errors[0]!.messageText, '\n')}`);
  // lit-localize keeps one of several identical msg() calls, with one file: read each file on its
  // own, so a message written the same in the inbox page and in an element counts for both.
  const messages = prog.getSourceFiles().flatMap((file) => {
    const one = Object.create(prog, { getSourceFiles: { value: () => [file] } }) as ts.Program;
    return extractMessagesFromProgram(one).messages;
  });
  const users = new Map<string, Set<string>>();
  for (const message of messages) {
    const set = users.get(message.name) ?? new Set<string>();
    // A message in a file no element reaches (say, a helper not yet used) goes to every element.
    for (const name of reach.get(message.file.fileName) ?? (message.file.fileName.startsWith(`${inboxDir}/`) ? [inboxPart] : names)) set.add(name);
    users.set(message.name, set);
  }
  // A message a lazy entry shares with every element that loads it is on those elements' first
  // screens already: it goes with their part, not to one more part (one more file and hash).
  for (const set of users.values()) {
    for (const name of [...set]) {
      const by = loadedBy.get(name);
      if (lazyEntries[name] && by && [...by].every((owner) => set.has(owner))) set.delete(name);
    }
  }
  return new Map([...users].map(([id, set]) => [id, [...set].sort()]));
}

/**
 * The widgets' part a message belongs in: its one element's name, or `shared` for a message of
 * every element, or the elements joined by `+`; `undefined` for a message only the inbox page uses
 * (it is in the inbox's part alone).
 */
export function partName(allUsers: readonly string[], names: readonly string[] = elementNames()): string | undefined {
  const users = allUsers.filter((u) => u !== inboxPart);
  if (users.length === 0) return undefined;
  if (users.length === 1) return users[0]!;
  if (users.length === names.length) return 'shared';
  return users.join('+');
}

/**
 * A part shared by several users that would hold fewer messages than this is not a file of its own:
 * each user's own part holds a copy of its messages. Such parts were 100–250 B of gzip (the
 * pickers' "Language" in every element, two or four words of the offer widgets), and a page fetched
 * each before the element's first text, with its response headers (Resource Timing counts 300 B a
 * file) and its hash in the language's list of parts (docs/performance.md, branch bytes19).
 */
export const fewestShared = 5;

/**
 * The parts each message is written in: the one `partName` gives it, or, when that part is shared
 * and would hold fewer than `fewestShared` messages, the own part of each of its users; none for a
 * message only the inbox page uses.
 */
export function messageParts(users: Map<string, string[]>, names: readonly string[] = elementNames()): Map<string, string[]> {
  const single = new Map([...users].map(([id, u]) => [id, partName(u, names)]));
  const count = new Map<string, number>();
  for (const part of single.values()) if (part !== undefined) count.set(part, (count.get(part) ?? 0) + 1);
  return new Map(
    [...users].map(([id, u]) => {
      const part = single.get(id);
      const own = u.filter((user) => user !== inboxPart);
      if (part === undefined) return [id, []];
      return [id, own.length > 1 && count.get(part)! < fewestShared ? own : [part]];
    }),
  );
}

/** The entries of a generated locale module's `templates`, each value as its source text. */
export function readTemplates(path: string): Map<string, string> {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const entries = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${path}: unexpected ${ts.SyntaxKind[property.kind]} in templates`);
        const key = ts.isStringLiteralLike(property.name) || ts.isIdentifier(property.name) ? property.name.text : property.name.getText(file);
        entries.set(key, property.initializer.getText(file));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return entries;
}

/** The module of one locale part, written the way lit-localize writes a whole locale. */
function partModule(entries: [string, string][]): string {
  const tags = ['str', 'html'].filter((tag) => entries.some(([, text]) => text.startsWith(`${tag}\``)));
  const lines = [
    '// Do not modify this file by hand!',
    '// Re-generate it with `npm run localize:build` (scripts/split-locales.ts).',
    '',
    ...(tags.includes('str') ? ["import { str } from '@lit/localize';"] : []),
    ...(tags.includes('html') ? ["import { html } from 'lit';"] : []),
    '',
    '/* eslint-disable no-irregular-whitespace */',
    '/* eslint-disable @typescript-eslint/no-explicit-any */',
    '',
    'export const templates = {',
    ...entries.map(([id, text]) => `  ${JSON.stringify(id)}: ${text},`),
    '};',
    '',
  ];
  return lines.join('\n');
}

function main(): void {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')) as { targetLocales: string[] };
  const names = elementNames();
  const users = messageUsers();
  const partsOfMessage = messageParts(users, names);
  const parts = [...new Set([...partsOfMessage.values()].flat())].sort();
  for (const locale of config.targetLocales) {
    const whole = join(localesDir, `${locale}.ts`);
    const templates = readTemplates(whole);
    for (const id of templates.keys()) {
      if (!partsOfMessage.has(id)) throw new Error(`${relative(root, whole)} holds ${id}, which no msg() call in src/widgets or src/inbox uses`);
    }
    for (const part of parts) {
      const entries = [...templates].filter(([id]) => partsOfMessage.get(id)!.includes(part));
      writeFileSync(join(localesDir, `${locale}.${part}.ts`), partModule(entries));
    }
    const inboxEntries = [...templates].filter(([id]) => users.get(id)!.includes(inboxPart));
    writeFileSync(join(localesDir, `${locale}.${inboxPart}.ts`), partModule(inboxEntries));
    rmSync(whole);
  }
  const partsOf = Object.fromEntries([
    ...names.map((name) => [`safe-${name}`, parts.filter((part) => part === 'shared' || part.split('+').includes(name))]),
    ...Object.keys(lazyEntries).map((name) => [name, parts.filter((part) => part.split('+').includes(name))]),
  ]);
  // Each locale's loaders are a module of their own, fetched once a page needs that locale: the CDN
  // build carries the hash of each part in that module instead of in the loader (rollup.config.mjs,
  // chunkIntegrity), so a page pays for the hashes of one language's parts, not of every language's.
  rmSync(join(root, localeIndexDir), { recursive: true, force: true });
  mkdirSync(join(root, localeIndexDir), { recursive: true });
  for (const locale of config.targetLocales) {
    writeFileSync(
      join(root, localeIndexDir, `${locale}.ts`),
      [
        '// Do not modify this file by hand!',
        '// Re-generate it with `npm run localize:build` (scripts/split-locales.ts).',
        '',
        `/** One static import() per part of the ${locale} messages, so that bundlers keep each file. */`,
        'export const loaders = {',
        ...parts.map((part) => `  ${JSON.stringify(part)}: () => import('../locales/${locale}.${part}.js'),`),
        '};',
        '',
      ].join('\n'),
    );
  }
  const loaders = config.targetLocales.map((locale) => `  ${JSON.stringify(locale)}: () => import('./locale-index/${locale}.js').then((m) => m.loaders),`);
  writeFileSync(
    join(root, 'src/generated/locale-indexes.ts'),
    [
      '// Do not modify this file by hand!',
      '// Re-generate it with `npm run localize:build` (scripts/split-locales.ts).',
      '',
      "/** Each locale's module of part loaders, for the CDN loader to fetch beside an element's chunk. */",
      'export const localeIndexes: Record<string, () => Promise<unknown>> = {',
      ...config.targetLocales.map((locale) => `  ${JSON.stringify(locale)}: () => import('./locale-index/${locale}.js'),`),
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src/generated/inbox-locales.ts'),
    [
      '// Do not modify this file by hand!',
      '// Re-generate it with `npm run localize:build` (scripts/split-locales.ts).',
      '',
      "/** The inbox page's messages, one static import() per locale, so that bundlers keep each file. */",
      'export const inboxLoaders = {',
      ...config.targetLocales.map((locale) => `  ${JSON.stringify(locale)}: () => import('./locales/${locale}.${inboxPart}.js'),`),
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    partsModule,
    [
      '// Do not modify this file by hand!',
      '// Re-generate it with `npm run localize:build` (scripts/split-locales.ts).',
      '',
      '/** Each part of the messages of a locale. */',
      `export type LocalePart = ${parts.map((p) => JSON.stringify(p)).join(' | ')};`,
      '',
      '/** Every part, for an element this table does not know. */',
      `export const allParts: readonly LocalePart[] = ${JSON.stringify(parts)};`,
      '',
      '/** The parts each element needs, by tag name, and those of each module loaded later (scripts/split-locales.ts, `lazyEntries`), by its name. */',
      `export const partsOf: Record<string, readonly LocalePart[]> = ${JSON.stringify(partsOf, null, 2)};`,
      '',
      '/** One static import() per locale of the module with its parts\' loaders, so that bundlers keep each file. */',
      'export const partLoaders = {',
      ...loaders,
      '} satisfies Record<string, () => Promise<Record<LocalePart, () => Promise<{ templates: Record<string, unknown> }>>>>;',
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
