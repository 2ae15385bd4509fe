#!/usr/bin/env node
// Gzip bytes a merchant page downloads to show the single UX through the script tag: widget.js, the ESM entry and its
// static imports, the single UX chunk (unless the entry holds it) and its static imports (styles live inside these modules). Builds dist/widget
// first unless --no-build is given. Budget: 20 kB gzip.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/widget');
const BUDGET = 20 * 1024;

if (!process.argv.includes('--no-build') || !existsSync(join(out, 'widget.js'))) {
  for (const mode of ['widget', 'loader']) {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
}

/** A module and everything it imports statically (`import … from "./x.js"`, `export … from`), depth first. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    withStaticImports(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

// The single UX is either its own chunk or part of the entry module (then the page needs nothing more).
const singleChunk = readdirSync(join(out, 'chunks')).find((name) => name.startsWith('single'));
const entry = join(out, 'sharegroop.js');
if (!singleChunk && !readFileSync(entry, 'utf8').includes('sg-single-ux')) throw new Error('no single UX in dist/widget');
const files = [join(out, 'widget.js'), ...withStaticImports(entry)];
if (singleChunk) for (const file of withStaticImports(join(out, 'chunks', singleChunk))) if (!files.includes(file)) files.push(file);

let totalRaw = 0;
let totalGzip = 0;
console.log('file                                         raw      gzip');
for (const file of files) {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  totalRaw += bytes.length;
  totalGzip += gzip;
  console.log(`${relative(out, file).padEnd(40)} ${String(bytes.length).padStart(8)} ${String(gzip).padStart(9)}`);
}
const verdict = totalGzip <= BUDGET ? 'within' : 'OVER';
console.log(`${'total (single UX page)'.padEnd(40)} ${String(totalRaw).padStart(8)} ${String(totalGzip).padStart(9)}`);
console.log(`${(totalGzip / 1024).toFixed(1)} kB gzip, ${verdict} the ${BUDGET / 1024} kB budget`);
