#!/usr/bin/env node
// Runs the node:test suites (domain and pure code), prints node's own summary, and ends with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOTS = ['mock-server', 'test/unit'];

function findTests(dir) {
  let found = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (entry === 'node_modules') continue;
    if (statSync(path).isDirectory()) found = found.concat(findTests(path));
    else if (entry.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const filter = process.argv.slice(2);
const files = ROOTS.flatMap(findTests).filter((file) => filter.length === 0 || filter.some((part) => file.includes(part)));
if (files.length === 0) {
  console.error('No unit test file found');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files.map((file) => relative('.', file))], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
process.stdout.write(run.stdout);
const count = (name) => Number(/^ℹ (\w+) (\d+)$/m.test(run.stdout) ? (run.stdout.match(new RegExp(`^ℹ ${name} (\\d+)$`, 'm'))?.[1] ?? 0) : 0);
const passed = count('pass');
const failed = count('fail') + (run.status !== 0 && count('fail') === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
