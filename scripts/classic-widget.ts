/**
 * widget.js as one file (issue 14, time to the form): the script tag merchants write is a classic script, and the
 * elements' code used to follow it as a second download (the ES entry `sharegroop.js`, imported by widget.js once it
 * ran). Each cold load then waited for two requests in a row. The widget build still makes the ES entry and its lazy
 * chunks; this turns the entry into classic script text appended to the loader, and points the chunks at it:
 * - the entry's body runs in a strict function (module code is strict; its names stay out of the page's globals) and
 *   leaves its exports under `Symbol.for(WIDGET_ENTRY_KEY)` on the global object, where `loader.ts` and the chunks
 *   find them; an error while it runs (a page's Trusted Types refusing Lit's policy) is kept there instead, so the
 *   loader can say `csp_blocked` rather than leave the page without `ShareGroop`;
 * - its `import("./chunks/…")` resolve against widget.js's own URL, explicitly (not every engine resolves a classic
 *   script's dynamic imports against the script);
 * - each chunk's `import {…} from "../sharegroop.js"` becomes a read of those exports: the entry has run (it is
 *   widget.js) before any chunk can be imported.
 * Anything it cannot carry over (an `import.meta`, a static import in the entry, another form of reference to the
 * entry in a chunk) fails the build with the file named. So does a cycle of static imports between chunks: an ES
 * import of the entry was a live binding, the `const` read that replaces it is not set before its chunk's code runs,
 * and in a cycle the chunk evaluated first can call into the other before that (a TDZ ReferenceError in the page).
 */
import { Script } from 'node:vm';
import { parseAst } from 'rolldown/parseAst';
import { WIDGET_ENTRY_KEY } from '../src/widget-entry-key.ts';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface Edit {
  start: number;
  end: number;
  text: string;
}

const ENTRY_FILE = 'sharegroop.js';
/** The global slot, as written in the generated code. */
const SLOT = `self[Symbol.for(${JSON.stringify(WIDGET_ENTRY_KEY)})]`;

function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  const record = node as Node;
  if (typeof record.type === 'string') visit(record);
  for (const [key, value] of Object.entries(record)) if (key !== 'parent') walk(value, visit);
}

function applyEdits(code: string, edits: Edit[]): string {
  let result = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

const nameOf = (node: unknown): string => {
  const { name, value } = node as { name?: string; value?: string };
  return name ?? JSON.stringify(value);
};

/**
 * The classic script text of the ES entry `code`: run once per page (a second widget.js keeps the first's), exports
 * left in the global slot. Throws when `code` holds what a classic script cannot.
 */
export function classicEntry(code: string): string {
  const edits: Edit[] = [];
  let exported: string[] = [];
  const program = parseAst(code, { lang: 'js' }) as unknown as { body: Node[] };
  for (const node of program.body) {
    if (node.type === 'ExportNamedDeclaration' && !node.declaration && !node.source) {
      exported = (node.specifiers as { local: unknown; exported: unknown }[]).map(({ local, exported }) => `${nameOf(exported)}:${nameOf(local)}`);
      edits.push({ start: node.start, end: node.end, text: '' });
    } else if (/^(Import|Export)/.test(node.type)) {
      throw new Error(`${ENTRY_FILE}: a ${node.type} cannot go into a classic script`);
    }
  }
  walk(program, (node) => {
    if (node.type === 'MetaProperty') throw new Error(`${ENTRY_FILE}: import.meta has no meaning in a classic script`);
    if (node.type === 'ImportExpression') {
      const source = node.source as Node;
      edits.push({ start: source.start, end: source.end, text: `new URL(${code.slice(source.start, source.end)},__sgBase)` });
    }
  });
  if (code.includes('__sgBase')) throw new Error(`${ENTRY_FILE}: already uses the name __sgBase`);
  const body = applyEdits(code, edits);
  const script =
    `(function(){"use strict";if(${SLOT})return;try{${SLOT}=(function(){"use strict";` +
    `const __sgBase=document.currentScript?.src||location.href;${body}\n;return{${exported.join(',')}}})()}` +
    `catch(error){${SLOT}={error}}})();\n`;
  new Script(script, { filename: 'widget.js' }); // compiles only: a syntax error fails the build here, not in a page
  return script;
}

/**
 * widget.js: the loader's classic script `loader`, then the ES entry `entry` made classic. It opens with V8's explicit
 * compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+, v8.dev/blog/explicit-compile-hints): nearly every function
 * in it runs while the form is first shown, so V8 compiles them all while the script streams in, on a background
 * thread, instead of one by one on the main thread at their first call (16 ms of main thread, traced, before it).
 * Other engines read a comment.
 */
export function widgetScript(loader: string, entry: string): string {
  return `//# allFunctionsCalledOnLoad\n${loader}${loader.endsWith('\n') ? '' : '\n'}${classicEntry(entry)}`;
}

/**
 * `code` (a lazy chunk) with its static imports from the entry turned into reads of the global slot; `undefined`
 * when it has none. Throws on a reference to the entry it cannot carry over.
 */
export function chunkReadingEntry(code: string, file: string): string | undefined {
  const edits: Edit[] = [];
  const program = parseAst(code, { lang: 'js' }) as unknown as { body: Node[] };
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !String((node.source as { value: string }).value).endsWith(`/${ENTRY_FILE}`)) continue;
    const specifiers = node.specifiers as { type: string; local: unknown; imported?: unknown }[];
    const namespace = specifiers.find((specifier) => specifier.type === 'ImportNamespaceSpecifier');
    const fields = specifiers
      .filter((specifier) => specifier !== namespace)
      .map((specifier) => `${specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported)}:${nameOf(specifier.local)}`);
    const reads = [namespace && `const ${nameOf(namespace.local)}=${SLOT};`, fields.length && `const{${fields.join(',')}}=${SLOT};`];
    edits.push({ start: node.start, end: node.end, text: reads.filter(Boolean).join('') });
  }
  if (edits.length === 0 && !code.includes(ENTRY_FILE)) return undefined;
  const result = applyEdits(code, edits);
  if (result.includes(ENTRY_FILE)) throw new Error(`${file}: refers to ${ENTRY_FILE} in a way widget.js cannot serve`);
  return result;
}

/** The chunks a chunk `file` (code `code`) imports statically (`import`, `export … from`), by file name among `chunks`. */
function staticImportsOf(file: string, code: string, chunks: ReadonlyMap<string, string>): string[] {
  const program = parseAst(code, { lang: 'js' }) as unknown as { body: Node[] };
  return program.body.flatMap((node) => {
    const source = /^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(node.type) && (node.source as { value?: unknown } | null)?.value;
    if (typeof source !== 'string') return [];
    const { pathname } = new URL(source, `file:///chunks/${file}`);
    const imported = pathname.startsWith('/chunks/') ? decodeURIComponent(pathname.slice('/chunks/'.length)) : '';
    return chunks.has(imported) ? [imported] : [];
  });
}

/** A cycle of the graph `edges` as the files along it, first one repeated last; `undefined` when there is none. */
function findCycle(edges: ReadonlyMap<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const open = path.indexOf(file);
    if (open >= 0) return [...path.slice(open), file];
    if (done.has(file)) return undefined;
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const file of edges.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * The lazy chunks `chunks` (file name in `chunks/` → code) that import from the entry, rewritten by
 * `chunkReadingEntry`; the others are left out. Throws, naming the chunks, when their static imports form a cycle.
 */
export function chunksReadingEntry(chunks: ReadonlyMap<string, string>): Map<string, string> {
  const cycle = findCycle(new Map([...chunks].map(([file, code]) => [file, staticImportsOf(file, code, chunks)])));
  if (cycle) throw new Error(`chunks import each other in a cycle: ${cycle.join(' → ')}; widget.js cannot read ${ENTRY_FILE} for them in a safe order`);
  const rewritten = new Map<string, string>();
  for (const [file, code] of chunks) {
    const result = chunkReadingEntry(code, file);
    if (result !== undefined) rewritten.set(file, result);
  }
  return rewritten;
}
