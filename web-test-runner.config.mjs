// Component and unit tests of the widget, in a real Chromium. See TOOLCHAIN.md for why each flag is here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.mjs';

/** The same Chromium as the end-to-end suite (scripts/find-browser.mjs); undefined lets Playwright pick its own. */
const executablePath = (await findChromium()) ?? undefined;

const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

/** Serves MSW's service worker from the root so that its scope covers every test page. */
function serveMswWorker(context, next) {
  if (context.path === '/mockServiceWorker.js') {
    context.type = 'application/javascript';
    context.body = readFileSync(mswWorker, 'utf8');
    return undefined;
  }
  return next();
}

/** Prints WTR's own totals as the very last line, `N passed, N failed`, for the top-level test script to parse. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that cannot load or throws outside a test counts as one failure, so it is never silent.
        else if (!session.passed) failed++;
        if (session.testResults && !session.passed && session.errors?.length) failed++;
      }
      // Printed after the default reporter's own summary (WTR calls reporters in order, flushes, then exits).
      process.on('exit', () => process.stdout.write(`${passed} passed, ${failed} failed\n`));
    },
  };
}

/**
 * WTR serves the test pages on the first free port from 8000 up (its default); `WTR_PORT` pins one instead (README, "Ports").
 * A value that is not a port stops the run with a readable error rather than quietly taking another.
 */
function pinnedPort() {
  const raw = process.env.WTR_PORT;
  if (raw === undefined || raw === '') return {};
  const port = Number(raw);
  if (!/^\d{1,5}$/.test(raw) || port < 1 || port > 65535) throw new Error(`WTR_PORT: give a TCP port from 1 to 65535, not "${raw}"`);
  return { port };
}

export default {
  ...pinnedPort(),
  files: ['src/**/*.test.ts', 'mock-server/**/*.browser-test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // Lit's dev-mode banner would print once per file and bury real logs.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  middleware: [serveMswWorker],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022' })],
  reporters: [defaultReporter(), totalsReporter()],
};
