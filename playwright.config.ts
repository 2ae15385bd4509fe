import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the other test scripts, without types.
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_A_BROWSER } from './scripts/find-browser.mjs';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4020);
const executablePath = (await findChromium()) as string | null;
if (!executablePath) throw new Error(HOW_TO_GET_A_BROWSER);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Tests share one sandbox and some move its clock: one at a time keeps them independent.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node --import tsx mock-server/server.ts`,
    env: { PORT: String(E2E_PORT) },
    url: `http://localhost:${E2E_PORT}/v1/sandbox/platforms`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
