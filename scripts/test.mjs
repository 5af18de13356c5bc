// `npm test`: lint, build (type-check included), Node tests, then browser tests in Chromium.
// Ends with one line that totals every test run, browser and Node: "N passed, N failed[, N skipped]".
// `--only node` runs the Node unit tests, which need no build (a fresh clone passes them): it makes
// only the generated sources they import. The tests of the build itself live in test/dist/ and run
// after the build, in `npm test` or with `--only dist`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { ensurePostgres } from './postgres.mjs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) problems.push(`${label} exited with ${result.status ?? result.signal}`);
  return result.status === 0;
}

function findTests(dir, predicate, found = []) {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, predicate, found);
    else if (predicate(name)) found.push(path);
  }
  return found;
}

mkdirSync('.cache', { recursive: true });

if (!only) {
  run('lint', 'npx', ['eslint', '.']);
  run('build (localize, manifest, type-check, bundles, declarations)', 'npm', ['run', 'build', '--silent']);
  run('Storybook static build', 'npx', ['storybook', 'build', '--output-dir', 'dist/storybook', '--quiet', '--disable-telemetry']);
}

/** Runs Node test files and adds their results to the totals. */
function runNodeTests(label, files) {
  const tap = '.cache/node.tap';
  rmSync(tap, { force: true });
  run(`${label} (${files.length} files)`, process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  if (existsSync(tap)) {
    const text = readFileSync(tap, 'utf8');
    const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
    totals.passed += count('pass');
    totals.failed += count('fail') + count('cancelled');
    totals.skipped += count('skipped') + count('todo');
  } else if (files.length > 0) {
    totals.failed += 1;
  }
}

const isNodeTest = (name) => name.endsWith('.node.test.ts');

if (only === 'node') {
  // The generated locale modules and custom-elements.json: what the unit tests import or read.
  run('generated sources (locales, manifest)', 'npm', ['run', 'localize:build', '--silent']);
  run('custom-elements.json', 'npm', ['run', 'analyze', '--silent']);
}

if (!only || only === 'node') {
  // The receiver's PostgreSQL tests start their own throwaway server from Debian's package. Without
  // it they are skipped, each with the reason, and counted as skipped below.
  try {
    ensurePostgres();
  } catch (error) {
    console.warn(error.message);
  }
  const files = findTests('test', isNodeTest).filter((file) => !file.startsWith(join('test', 'dist')));
  runNodeTests('Node tests', files);
}

if (!only || only === 'dist') runNodeTests('build tests', findTests(join('test', 'dist'), isNodeTest));

if (!only || only === 'browser') {
  const summary = '.cache/browser-totals.json';
  rmSync(summary, { force: true });
  let ready = true;
  try {
    ensureChromium();
  } catch (error) {
    console.error(error.message);
    problems.push('Chromium is missing');
    ready = false;
  }
  if (ready) run('browser tests (Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
  if (existsSync(summary)) {
    const browser = JSON.parse(readFileSync(summary, 'utf8'));
    totals.passed += browser.passed;
    totals.failed += browser.failed;
    totals.skipped += browser.skipped;
  } else {
    totals.failed += 1;
  }
}

if (problems.length > 0) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(problems.length > 0 || totals.failed > 0 ? 1 : 0);
