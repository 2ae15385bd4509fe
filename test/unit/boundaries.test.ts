/**
 * The boundary rules of .dependency-cruiser.cjs catch what they say they catch. A rule that silently stopped matching (a
 * regex typo, `.ts` specifiers no longer resolved) would leave `npm run lint` green over any import: so each rule is run
 * here on a small project of the same layout, with one import per allowed or forbidden edge, and the violations found
 * must be exactly the forbidden ones.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One import each: `[from, to, rule]`, `rule` null where the import is allowed. Only the last four make cycles. */
const EDGES: [string, string, string | null][] = [
  ['src/core/money.ts', 'src/core/card.ts', null],
  ['src/core/http.ts', 'src/parts/live-region.ts', 'core-imports-only-core'],
  ['src/core/card.test.ts', 'src/ux/registry.ts', 'core-imports-only-core'],
  ['src/events/index.ts', 'src/core/money.ts', null],
  ['src/events/index.ts', 'src/parts/live-region.ts', 'base-imports-only-core'],
  ['src/parts/card-form.ts', 'src/events/index.ts', null],
  ['src/parts/card-form.ts', 'src/define-element.ts', null],
  ['src/parts/card-flow.ts', 'src/ux/single/single-ux.ts', 'parts-import-core-and-parts'],
  ['src/parts/card-flow.ts', 'src/ux/types.ts', 'parts-import-core-and-parts'],
  ['src/ux/single/single-ux.ts', 'src/parts/card-form.ts', null],
  ['src/ux/single/single-ux.ts', 'src/ux/single/single-ux.styles.ts', null],
  ['src/ux/single/single-ux.ts', 'src/ux/types.ts', null],
  ['src/ux/split/index.ts', 'src/elements/sg-link/sg-link.ts', 'ux-imports-parts-core-and-itself'],
  ['src/ux/paylater/paylater-ux.ts', 'src/ux/installments/schedule.ts', 'ux-imports-parts-core-and-itself'],
  ['src/ux/paylater/paylater-ux.test.ts', 'src/elements/sg-captain/sg-captain.ts', null],
  ['src/ux/registry.ts', 'src/ux/single/index.ts', null],
  ['src/ux/registry.ts', 'src/ux/split/split-ux.ts', 'ux-registry-loads-entry-points'],
  ['src/elements/sg-captain/sg-captain.ts', 'src/ux/registry.ts', null],
  ['src/elements/sg-captain/sg-captain.ts', 'src/elements/sg-link/sg-link.ts', null],
  ['src/elements/sg-captain/sg-captain.ts', 'src/ux/multi/multi-ux.ts', 'elements-use-the-registry'],
  ['src/index.ts', 'src/elements/sg-captain/sg-captain.ts', null],
  ['src/index.ts', 'src/test-support/dom.ts', 'widget-ships-no-test-or-mock-code'],
  ['src/standalone.ts', 'mock-server/seed.ts', 'widget-ships-no-test-or-mock-code'],
  ['src/test-support/dom.ts', 'mock-server/seed.ts', null],
  ['mock-server/domain/ancv.ts', 'src/core/card.ts', null],
  ['mock-server/domain/ancv.ts', 'src/ux/multi/ancv-login.ts', 'mock-server-imports-only-src-core'],
  ['mock-server/domain/ancv.test.ts', 'src/parts/card-form.ts', 'mock-server-imports-only-src-core'],
  ['demo/pay/main.ts', 'src/ux/split/share-space.ts', null],
  ['demo/pay/main.ts', 'mock-server/seed.ts', null],
  ['demo/pay/main.ts', 'src/test-support/dom.ts', 'demo-imports-no-tests'],
  ['scripts/bench.ts', 'test/unit/x.test.ts', null],
  // Cycles, type-only ones included, wherever they are.
  ['mock-server/domain/orders.ts', 'mock-server/domain/modules/index.ts', 'no-circular'],
  ['mock-server/domain/modules/index.ts', 'mock-server/domain/orders.ts', 'no-circular'],
  ['test/unit/x.test.ts', 'test/unit/helper.ts', 'no-circular'],
  ['test/unit/helper.ts', 'test/unit/x.test.ts', 'no-circular'],
];
const TYPE_ONLY = new Set(['mock-server/domain/modules/index.ts']);

const project = mkdtempSync(join(tmpdir(), 'sg-boundaries-'));
after(() => rmSync(project, { recursive: true, force: true }));

function writeProject(): void {
  const files = new Map<string, string[]>();
  for (const [from, to] of EDGES) {
    files.set(to, files.get(to) ?? []);
    const specifier = posix.relative(posix.dirname(from), to);
    const imports = files.get(from) ?? [];
    imports.push(TYPE_ONLY.has(from) ? `import type {} from '${specifier.startsWith('.') ? specifier : `./${specifier}`}';` : `import '${specifier.startsWith('.') ? specifier : `./${specifier}`}';`);
    files.set(from, imports);
  }
  files.set('src/parts/unresolved.ts', ["import './missing.ts';"]);
  for (const [file, imports] of files) {
    mkdirSync(join(project, dirname(file)), { recursive: true });
    writeFileSync(join(project, file), `${imports.join('\n')}\nexport {};\n`);
  }
  const compilerOptions = { module: 'ESNext', moduleResolution: 'bundler', allowImportingTsExtensions: true, noEmit: true, verbatimModuleSyntax: true };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions }));
}

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

function cruise(): Violation[] {
  const run = spawnSync(
    join(repo, 'node_modules/.bin/depcruise'),
    ['src', 'mock-server', 'demo', 'scripts', 'test', '--config', join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json'],
    { cwd: project, encoding: 'utf8' },
  );
  assert.ok(run.stdout, `depcruise printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('boundaries (.dependency-cruiser.cjs)', () => {
  writeProject();
  const violations = cruise();
  // A cycle is reported once, from whichever of its modules the cruise met first.
  const inCycle = (v: Violation, from: string, to: string) => {
    const modules = [v.from, ...(v.cycle ?? []).map((step) => step.name)];
    return modules.includes(from) && modules.includes(to);
  };
  const found = (from: string, to: string) =>
    violations.filter((v) => (v.rule.name === 'no-circular' ? inCycle(v, from, to) : v.from === from && v.to === to)).map((v) => v.rule.name);

  for (const [from, to, rule] of EDGES) {
    test(`${from} → ${to}: ${rule ?? 'allowed'}`, () => {
      if (rule) assert.ok(found(from, to).includes(rule), `expected ${rule}, got ${JSON.stringify(found(from, to))}`);
      else assert.deepEqual(found(from, to), []);
    });
  }

  test('an import that does not resolve is an error, not a silently unchecked edge', () => {
    assert.deepEqual(found('src/parts/unresolved.ts', './missing.ts'), ['resolvable']);
  });

  test('nothing else is reported', () => {
    const cycles = 2;
    const expected = EDGES.filter(([, , rule]) => rule && rule !== 'no-circular').length + cycles + 1;
    assert.equal(violations.length, expected, JSON.stringify(violations.map((v) => [v.rule.name, v.from, v.to])));
  });
});
