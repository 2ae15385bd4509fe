/**
 * The npm package's React entry as a user gets it (reads the build: `npm run build` first, as `npm test` does): a React
 * app importing `sg-captain/react` through package.json's `exports` type-checks against the emitted declarations, its
 * callbacks typed by event (a wrong `detail` field or prop is an error); React and @lit/react stay imports of
 * `dist/npm/react.js` only, so no other entry loads React and React is never bundled.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const NPM = join(ROOT, 'dist/npm');
assert.ok(existsSync(join(NPM, 'react.js')) && existsSync(join(NPM, 'types/react.d.ts')), 'dist/npm is not built: run `npm run build` first');

/** A project beside the package: node_modules/sg-captain is this repository, as an installed package would be. */
const app = mkdtempSync(join(tmpdir(), 'sg-react-user-'));
after(() => rmSync(app, { recursive: true, force: true }));
mkdirSync(join(app, 'node_modules/@types'), { recursive: true });
symlinkSync(ROOT, join(app, 'node_modules/sg-captain'), 'dir');
symlinkSync(join(ROOT, 'node_modules/react'), join(app, 'node_modules/react'), 'dir');
symlinkSync(join(ROOT, 'node_modules/@types/react'), join(app, 'node_modules/@types/react'), 'dir');

/** Type errors of `source` compiled as the user's `app.tsx`, as `code: message` lines. */
function typeErrors(source: string): string[] {
  const file = join(app, 'app.tsx');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
}

const CHECKOUT = `
import { useRef } from 'react';
import { SgCaptain, SgLink, type SgCaptainElement, type SgCaptainProps } from 'sg-captain/react';

export function Checkout(props: Pick<SgCaptainProps, 'orderId' | 'publicKey'>) {
  const captain = useRef<SgCaptainElement>(null);
  return (
    <>
      <SgCaptain ref={captain} {...props} locale="fr" order={{ amount: 2500, ux: 'single' }} sandboxWallets
        onSgReady={(event) => event.detail.amountRemaining.toFixed()}
        onSgValidated={(event) => event.detail.auth.startsWith('auth_')}
        onSgInvalid={(event) => event.detail.fields.join()}
        onSgError={(event) => event.detail.code} />
      <SgLink orderId="ord_1" publicKey="pk_test_1" onSgReady={(event) => event.detail.ux} />
      <button onClick={() => void captain.current?.pay()}>Place order</button>
    </>
  );
}
`;

test('a React app type-checks against sg-captain/react through the package exports', () => {
  assert.deepEqual(typeErrors(CHECKOUT), []);
});

test('callbacks and props are typed: a wrong detail field, event or prop type is an error', () => {
  const cases: [string, string, RegExp][] = [
    ['event.detail.auth.startsWith', 'event.detail.transaction.startsWith', /TS2339: Property 'transaction' does not exist on type 'ValidatedDetail'/],
    ["onSgReady={(event) => event.detail.ux}", 'onSgValidated={(event) => event.detail}', /TS2322: .*Property 'onSgValidated' does not exist/],
    ['orderId="ord_1"', 'orderId={42}', /TS2322: Type 'number' is not assignable to type 'string'/],
  ];
  for (const [from, to, expected] of cases) {
    assert.ok(CHECKOUT.includes(from), from);
    const errors = typeErrors(CHECKOUT.replace(from, to));
    assert.ok(errors.some((error) => expected.test(error)), `${to}: ${errors.join('\n') || 'no error'}`);
  }
});

test('React and @lit/react are imports of dist/npm/react.js only, never bundled', () => {
  const reactEntry = readFileSync(join(NPM, 'react.js'), 'utf8');
  assert.match(reactEntry, /^import \* as React from "react";$/m);
  assert.match(reactEntry, /^import \{ createComponent \} from "@lit\/react";$/m);
  for (const file of readdirSync(NPM).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(NPM, file), 'utf8');
    // Marks of React's own code (its internals, its element symbol), had it been bundled.
    assert.doesNotMatch(code, /__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED|react\.element/, `${file} bundles React`);
    if (file !== 'react.js') assert.doesNotMatch(code, /from ["'](react|@lit\/react)["']/, `${file} imports React: a page without React would load it`);
  }
});
