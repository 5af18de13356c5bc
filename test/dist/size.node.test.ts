import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { asTheBenchCounts, budgets, cdnDir, firstTextAim, firstTextTarget, measureCdn, measureElements, readGraph, staticFirstScreenFiles } from '../../scripts/size.js';
import { allParts, partsOf } from '../../src/generated/locale-parts.js';

// Bytes are stable from build to build, so a budget can fail a test where a timing could not.
test('every script-tag bundle stays within its gzip budget', () => {
  const rows = measureCdn();
  for (const row of rows) {
    const budget = budgets[row.name];
    assert.ok(budget, `"${row.name}" has no budget in scripts/size-budgets.json: measure it and add one`);
    assert.ok(row.gzip <= budget, `${row.name} is ${row.gzip} B gzip, over its ${budget} B budget`);
  }
});

test('every budget still names a bundle that the build makes', () => {
  const names = new Set(measureCdn().map((r) => r.name));
  for (const name of Object.keys(budgets)) assert.ok(names.has(name), `budget for "${name}" matches no bundle`);
});

test('the chunk graph describes exactly the script files the build wrote', () => {
  const graph = readGraph();
  const written = ['safe-migration-kit.js', ...readdirSync(join(cdnDir, 'chunks')).map((f) => `chunks/${f}`)].sort();
  assert.deepEqual([...graph.keys()].sort(), written);
  for (const chunk of graph.values()) {
    for (const file of [...chunk.imports, ...chunk.dynamicImports]) assert.ok(graph.has(file), `${chunk.file} imports ${file}, which the graph does not describe`);
  }
});

test('first text counts the loader, the element and its parts of the translation; everything adds what it imports later', () => {
  const graph = readGraph();
  const holds = (files: string[], module: string) => files.some((f) => graph.get(f)!.modules.includes(module));
  const costs = measureElements('ru');
  assert.deepEqual(
    costs.map((c) => c.tag),
    ['safe-exit-button', 'safe-report-form', 'safe-hotline-finder', 'safe-offer-badge', 'safe-offer-check', 'safe-offer-quiz'],
  );
  for (const cost of costs) {
    const name = cost.tag.replace(/^safe-/, '');
    assert.ok(cost.firstText.includes('safe-migration-kit.js'), `${cost.tag}: the loader`);
    assert.ok(holds(cost.firstText, `src/widgets/${name}/${name}.ts`), `${cost.tag}: its own chunk`);
    for (const part of partsOf[cost.tag]!) {
      assert.ok(holds(cost.firstText, `src/generated/locales/ru.${part}.ts`), `${cost.tag}: its Russian messages, ${part}`);
    }
    for (const other of ['kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk']) {
      for (const part of allParts) {
        assert.ok(!holds(cost.everything, `src/generated/locales/${other}.${part}.ts`), `${cost.tag}: no ${other} messages on a Russian page`);
      }
    }
    for (const file of cost.firstText) assert.ok(cost.everything.includes(file), `${cost.tag}: everything includes ${file}`);
    assert.ok(cost.firstTextGzip <= cost.everythingGzip);
  }
  // The offer check loads the finder after its first screen: counted in everything, not in first text.
  const offerCheck = costs.find((c) => c.tag === 'safe-offer-check')!;
  const finder = 'src/widgets/hotline-finder/hotline-finder.ts';
  assert.ok(!holds(offerCheck.firstText, finder) && holds(offerCheck.everything, finder));
  // No element of this page is fetched just because the loader could import it.
  const exit = costs.find((c) => c.tag === 'safe-exit-button')!;
  assert.ok(!holds(exit.everything, 'src/widgets/offer-quiz/offer-quiz.ts'));
  // Nor the messages of an element that is not on it.
  for (const part of allParts.filter((p) => !partsOf['safe-exit-button']!.includes(p))) {
    assert.ok(!holds(exit.everything, `src/generated/locales/ru.${part}.ts`), `the exit button's page fetches the Russian ${part} messages`);
  }
  // The offer check shows the finder with a result: its messages come with it, after the first text.
  assert.ok(!holds(offerCheck.firstText, 'src/generated/locales/ru.hotline-finder.ts'));
  assert.ok(holds(offerCheck.everything, 'src/generated/locales/ru.hotline-finder.ts'));
  // The offer engine, its rules and the words for its results load after each offer element's first
  // screen (issue 19, step 1).
  for (const tag of ['safe-offer-badge', 'safe-offer-check', 'safe-offer-quiz']) {
    const cost = costs.find((c) => c.tag === tag)!;
    for (const module of ['src/sdk/offer-check/check.ts', 'src/data/offer-rules/index.ts', 'src/widgets/shared/flag-messages.ts', 'src/generated/locales/ru.offer-engine.ts']) {
      assert.ok(!holds(cost.firstText, module) && holds(cost.everything, module), `${tag}: ${module} after the first text`);
    }
  }
  // The report form's first step needs no delivery client, encryption, schema, zod or ky, and no
  // names of countries: they load after its first screen (issue 19).
  const form = costs.find((c) => c.tag === 'safe-report-form')!;
  for (const module of [
    'src/sdk/report/client.ts',
    'src/sdk/report/crypto.ts',
    'src/sdk/report/schema.ts',
    'src/widgets/report-form/follow-up.ts',
    'node_modules/zod/v4/core/core.js',
    'node_modules/ky/distribution/core/Ky.js',
    'src/widgets/shared/cldr-data.ts',
    // What writes the emergency numbers comes with them (src/widgets/report-form/place-names.ts).
    'src/widgets/shared/emergency-numbers.ts',
  ]) {
    assert.ok(!holds(form.firstText, module) && holds(form.everything, module), `safe-report-form: ${module} after the first text`);
  }
  // Nor the steps after the first, "Check your report", the views after "Send report", the
  // clipboard, the report's vocabulary and the checks by its rules: they load in idle time after the
  // first screen (src/widgets/report-form/later-steps.ts).
  for (const module of [
    'src/widgets/report-form/later-steps.ts',
    'src/widgets/report-form/steps.ts',
    'src/widgets/report-form/fields.ts',
    'src/widgets/report-form/results.ts',
    'src/widgets/report-form/summary.ts',
    'src/widgets/report-form/clipboard.ts',
    'src/widgets/report-form/form-state.ts',
    'src/sdk/report/vocabulary.ts',
    // Their words come with them, in their own part of the translation.
    'src/generated/locales/ru.report-form-steps.ts',
  ]) {
    assert.ok(!holds(form.firstText, module) && holds(form.everything, module), `safe-report-form: ${module} after the first text`);
  }
  assert.ok(holds(form.firstText, 'src/widgets/report-form/danger-step.ts'), 'safe-report-form: its first question on its first screen');
  // The quiz's first screen needs no zod: the schema of a trainer's `offers` loads only when a page
  // sets them (src/widgets/offer-quiz/quiz-set.ts; issue 19).
  const quiz = costs.find((c) => c.tag === 'safe-offer-quiz')!;
  for (const module of ['src/widgets/offer-quiz/quiz-set.ts', 'node_modules/zod/v4/core/core.js', 'node_modules/zod/v4/mini/schemas.js']) {
    assert.ok(!holds(quiz.firstText, module) && holds(quiz.everything, module), `safe-offer-quiz: ${module} after the first text`);
  }
  assert.ok(
    !quiz.firstText.some((file) => graph.get(file)!.modules.some((m) => m?.startsWith('node_modules/zod/'))),
    'safe-offer-quiz: no zod module in its first text',
  );
  // Its bundled offers in the page's language only, beside its messages; the other languages' when a
  // trainer reads a learner's code (src/widgets/offer-quiz/sample-offers.ts).
  assert.ok(holds(quiz.firstText, 'src/widgets/offer-quiz/samples/ru.ts'), "safe-offer-quiz: the Russian offers on its first screen");
  for (const lang of ['kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk']) {
    const module = `src/widgets/offer-quiz/samples/${lang}.ts`;
    assert.ok(!holds(quiz.firstText, module) && holds(quiz.everything, module), `safe-offer-quiz: ${module} after the first text`);
  }
  // The finder's first screen runs no schema: the bundled data is checked when it is built
  // (scripts/split-hotlines.ts); what checks data, a query or `report-number-to` from outside loads
  // after it (issue 19).
  const finderCost = costs.find((c) => c.tag === 'safe-hotline-finder')!;
  for (const module of ['src/sdk/hotlines/schema.ts', 'src/sdk/hotlines/validate.ts', 'src/sdk/hotlines/query-schema.ts', 'src/sdk/hotlines/number-report.ts', 'src/sdk/hotlines/remote.ts', 'node_modules/zod/v4/core/core.js']) {
    assert.ok(!holds(finderCost.firstText, module) && holds(finderCost.everything, module), `safe-hotline-finder: ${module} after the first text`);
  }
  assert.ok(
    !finderCost.firstText.some((file) => graph.get(file)!.modules.some((m) => m?.startsWith('node_modules/zod/'))),
    'safe-hotline-finder: no zod module in its first text',
  );
  // Nor its lists of choices, "More choices", the empty view, print and share and the suggested
  // country, with their words: they load in idle time after its first screen (later-screens.ts).
  for (const module of ['src/widgets/hotline-finder/later-screens.ts', 'src/widgets/hotline-finder/suggest-country.ts', 'src/generated/locales/ru.hotline-finder-later.ts']) {
    assert.ok(!holds(finderCost.firstText, module) && holds(finderCost.everything, module), `safe-hotline-finder: ${module} after the first text`);
  }
  assert.ok(holds(finderCost.firstText, 'src/widgets/hotline-finder/views.ts'), 'safe-hotline-finder: its lines on its first screen');
  // The CLDR names of the page's language and of English (the fallback) only: another language's
  // are fetched when the finder switches to it (issue 19).
  for (const cost of [finderCost, form]) {
    const own = cost === form ? cost.everything : cost.firstText;
    for (const locale of ['en', 'ru']) assert.ok(holds(own, `src/widgets/shared/cldr/${locale}.ts`), `${cost.tag}: the ${locale} names`);
    for (const locale of ['kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk']) assert.ok(!holds(cost.everything, `src/widgets/shared/cldr/${locale}.ts`), `${cost.tag}: no ${locale} names`);
  }
});

test("the finder's static first screen needs the loader and a few KB more: no Lit, no finder, no messages, one country's part", () => {
  const graph = readGraph();
  const files = staticFirstScreenFiles(graph);
  const modules = files.flatMap((f) => graph.get(f)!.modules.filter((m): m is string => Boolean(m)));
  assert.ok(files.includes('safe-migration-kit.js'));
  assert.ok(modules.includes('src/widgets/hotline-finder/first-screen.ts'), 'the painter');
  assert.ok(modules.includes('src/generated/first-screens/first-screen-KZ.ts'), "Kazakhstan's part");
  for (const module of modules) {
    assert.ok(!module.startsWith('node_modules/lit') && !module.startsWith('node_modules/@lit'), `no Lit: ${module}`);
    assert.ok(!module.startsWith('src/generated/locales/'), `no messages: ${module}`);
    assert.ok(module !== 'src/widgets/hotline-finder/hotline-finder.ts', 'not the finder');
    assert.ok(!/^src\/generated\/first-screens\/first-screen-(?!KZ\.ts$)/.test(module), `no other country's part: ${module}`);
  }
  const finder = measureElements('ru').find((c) => c.tag === 'safe-hotline-finder')!;
  assert.deepEqual(finder.staticFirstScreen?.files, files);
  // Its files are fetched before the finder's own first text, and are part of what a finder page fetches.
  for (const file of files) assert.ok(finder.firstText.includes(file) && finder.everything.includes(file), file);
  assert.ok(finder.staticFirstScreen!.gzip <= firstTextAim, `the static first screen is ${finder.staticFirstScreen!.gzip} B gzip, over the ${firstTextAim} B aim`);
  // The finder's own rows do not count every country's part, only the page's.
  assert.equal(finder.everything.filter((f) => /^src\/generated\/first-screens\/first-screen-[A-Z]{2}\.ts$/.test(graph.get(f)!.module ?? '')).length, 1);
});

// Issue 19: every element shows its first useful screen after at most 35 KB, counted as the bench counts
// it (the page, each response's headers and the files' gzip bytes); for the finder that screen is the
// static one the loader paints (its call links), its own screen comes after it.
test('every element\'s first screen, as the bench counts it, is within the 35,000 B target', () => {
  for (const cost of measureElements('ru')) {
    const first = cost.staticFirstScreen ?? { files: cost.firstText, gzip: cost.firstTextGzip };
    const { total } = asTheBenchCounts(cost.tag, first.files, first.gzip);
    assert.ok(total <= firstTextTarget, `<${cost.tag}>: ${total} B before its first text, over the ${firstTextTarget} B target`);
  }
});
