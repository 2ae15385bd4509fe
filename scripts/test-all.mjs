#!/usr/bin/env node
// `npm test`: every suite (unit, size budgets, component in Chromium, end to end), then one last line with the totals of all of them.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, HOW_TO_GET_A_BROWSER } from './find-browser.mjs';

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The `N passed, N failed` line a suite printed last. */
function totalsOf(output) {
  const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed\s*$/gm)];
  const last = lines.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
}

function playwrightTotals() {
  if (!existsSync('test-results/e2e.json')) return null;
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

const results = [];
async function suite(name, command, args, readTotals = totalsOf) {
  console.log(`\n=== ${name} ===`);
  const { code, output } = await run(command, args);
  const totals = readTotals(output) ?? { passed: 0, failed: 0 };
  // A suite that failed without saying how many tests failed (it could not start) still counts as one failure.
  if (code !== 0 && totals.failed === 0) totals.failed = 1;
  results.push({ name, ...totals });
}

const browser = await findChromium();
await suite('typecheck', 'npm', ['run', '--silent', 'typecheck'], () => null);
await suite('lint', 'npm', ['run', '--silent', 'lint'], () => null);
await suite('build', 'npm', ['run', '--silent', 'build'], () => null);
await suite('unit', process.execPath, ['scripts/test-unit.mjs']);
if (browser) {
  process.env.CHROME_PATH = browser;
  // The size budgets (issue 14) are a gate: one test per budget, measured on the build above.
  await suite('size', process.execPath, ['scripts/bench-size.mjs', '--no-build', '--gate']);
  await suite('component', process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
  rmSync('test-results/e2e.json', { force: true });
  await suite('end to end', process.execPath, ['node_modules/@playwright/test/cli.js', 'test'], playwrightTotals);
} else {
  console.error(`\n${HOW_TO_GET_A_BROWSER}`);
  results.push({ name: 'browser suites', passed: 0, failed: 1 });
}

console.log('\n=== summary ===');
for (const { name, passed, failed } of results) console.log(`${name.padEnd(12)} ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
