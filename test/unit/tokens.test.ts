/**
 * The `--sg-*` tokens are a styling contract (docs/THEMING.md): every token any source file reads is declared in
 * SG_TOKENS, read with its default, and listed with that default in the docs' table; every declared token is read
 * somewhere; the dark theme sets declared colour tokens only, with the values the table gives. The whole of `src/` is
 * read, so a stylesheet added tomorrow is covered without being listed here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DARK_TOKENS } from '../../src/styles/dark.styles.ts';
import { SG_TOKENS } from '../../src/styles/tokens.styles.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(entry) && !/\.test\.ts$/.test(entry) && !path.includes('test-support') ? [path] : [];
  });
}

export interface TokenRead {
  token: string;
  /** The fallback of `var(--sg-x, fallback)`, as written; undefined when the read has none. */
  fallback: string | undefined;
  file: string;
}

/** Every `var(--sg-…)` in `text`, with its fallback (up to the matching parenthesis). */
export function tokenReads(text: string, file: string): TokenRead[] {
  const reads: TokenRead[] = [];
  for (const match of text.matchAll(/var\(\s*(--sg-[\w-]+)\s*(,)?/g)) {
    let fallback: string | undefined;
    if (match[2]) {
      let depth = 1;
      let end = (match.index ?? 0) + match[0].length;
      const start = end;
      for (; end < text.length && depth > 0; end++) {
        if (text[end] === '(') depth++;
        else if (text[end] === ')') depth--;
      }
      fallback = text.slice(start, end - 1).trim();
    }
    reads.push({ token: match[1] as string, fallback, file });
  }
  return reads;
}

/** The rows of the Tokens table of docs/THEMING.md: token → [light default, dark value]. */
export function documentedTokens(docs: string): Map<string, [string, string]> {
  const section = docs.split('## Tokens')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `(--sg-[\w-]+)` \| `?([^|`]*)`? \| `?([^|`]*)`? \|/gm)];
  return new Map(rows.map((row) => [row[1] as string, [(row[2] as string).trim(), (row[3] as string).trim()]]));
}

/** What is wrong with a set of reads against the declared and documented tokens; empty when the contract holds. */
export function tokenProblems(reads: TokenRead[], declared: readonly string[], documented: Map<string, [string, string]>): string[] {
  const problems: string[] = [];
  for (const read of reads) {
    if (!declared.includes(read.token)) problems.push(`${read.file} reads ${read.token}, which is not declared`);
    else if (read.fallback === undefined) problems.push(`${read.file} reads ${read.token} without its default`);
    else if (documented.get(read.token)?.[0] !== read.fallback) problems.push(`${read.file} gives ${read.token} the default ${read.fallback}, the docs ${documented.get(read.token)?.[0] ?? 'nothing'}`);
  }
  for (const token of declared) {
    if (!reads.some((read) => read.token === token)) problems.push(`${token} is declared but read nowhere`);
    if (!documented.has(token)) problems.push(`${token} is missing from docs/THEMING.md`);
  }
  for (const token of documented.keys()) if (!declared.includes(token)) problems.push(`docs/THEMING.md lists ${token}, which is not declared`);
  return problems;
}

const docs = readFileSync(join(ROOT, 'docs/THEMING.md'), 'utf8');
const documented = documentedTokens(docs);
const reads = sources(join(ROOT, 'src')).flatMap((file) => tokenReads(readFileSync(file, 'utf8'), file.slice(ROOT.length)));

describe('--sg-* tokens', () => {
  test('every token read is declared, read with the documented default; every declared token is read and documented', () => {
    assert.ok(reads.length >= SG_TOKENS.length);
    assert.deepEqual(tokenProblems(reads, SG_TOKENS, documented), []);
  });

  test('the dark theme sets declared tokens only, with the values of the docs', () => {
    for (const [token, value] of Object.entries(DARK_TOKENS)) {
      assert.ok((SG_TOKENS as readonly string[]).includes(token), `${token} is not declared`);
      assert.equal(documented.get(token)?.[1], value, `${token} in dark`);
    }
    const unset = [...documented].filter(([token, [, dark]]) => dark !== 'same' && !(token in DARK_TOKENS));
    assert.deepEqual(unset, [], 'tokens the docs give a dark value the theme does not set');
  });

  test('the check itself: an undeclared token, a read without default and an unused token are each reported', () => {
    const sheet = 'a { color: var(--sg-color-txt, red); margin: var(--sg-spacing); }';
    const declared = ['--sg-spacing', '--sg-unused'];
    const table = new Map<string, [string, string]>([['--sg-spacing', ['1rem', 'same']], ['--sg-unused', ['0', 'same']]]);
    assert.deepEqual(tokenProblems(tokenReads(sheet, 'x.ts'), declared, table), [
      'x.ts reads --sg-color-txt, which is not declared',
      'x.ts reads --sg-spacing without its default',
      '--sg-unused is declared but read nowhere',
    ]);
    assert.deepEqual(tokenProblems(tokenReads('a { margin: var(--sg-spacing, 2rem) }', 'y.ts'), ['--sg-spacing'], new Map([['--sg-spacing', ['1rem', 'same']]])), [
      'y.ts gives --sg-spacing the default 2rem, the docs 1rem',
    ]);
  });
});
