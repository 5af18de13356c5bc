// Browser tests run against the TypeScript sources (no build first) in Debian's Chromium.
import { writeFileSync, mkdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { hostPagesMiddleware } from './test/helpers/host-pages.mjs';
import { reportEndpointMiddleware } from './test/helpers/report-endpoint.mjs';
import { pageCommandsPlugin } from './test/helpers/page-commands.mjs';
import { followUpReceiverPlugin } from './test/helpers/follow-up-receiver.mjs';

/** Writes the totals that scripts/test.mjs adds to the Node tests' totals. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results: count it as one failure so it is never silent.
        if (!session.passed && (session.errors?.length ?? 0) > 0 && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed += 1;
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

/**
 * The launcher reuses a tab for the next test file, so one tab's history holds every earlier file's
 * page and the entries its report forms pushed. The report form's tests walk Back and Forward with
 * history.back() and history.go(); one step too far would land on another file's page and take the
 * runner's tab away from the file that is running. Each file gets a tab of its own instead.
 */
function freshTabPerFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    const page = launcher.inactivePages.pop();
    if (page && !page.puppeteerPage.isClosed()) await page.puppeteerPage.close();
    return result;
  };
  return launcher;
}

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One test file at a time: a page in a background tab gets no IntersectionObserver callbacks or
  // animation frames, and the lazy widgets (offer badges) rely on the first.
  concurrency: 1,
  middleware: [hostPagesMiddleware(), reportEndpointMiddleware()],
  // Generous: a test that runs axe over every story can take seconds on a busy 2-core machine.
  testFramework: { config: { timeout: 30000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), pageCommandsPlugin(), followUpReceiverPlugin()],
  browsers: [freshTabPerFile(chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } }))],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('.cache/browser-totals.json')],
};
