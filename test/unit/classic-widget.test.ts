/**
 * widget.js in one file (scripts/classic-widget.ts): the ES entry becomes classic script text that leaves its exports
 * in one global slot, and the chunks read them there. Run in a fresh V8 context standing in for a page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext, runInContext } from 'node:vm';
import { chunkReadingEntry, chunksReadingEntry, classicEntry, widgetScript } from '../../scripts/classic-widget.ts';
import { WIDGET_ENTRY_KEY } from '../../src/widget-entry-key.ts';

const ENTRY = `const e=41;function n(){return e+1}class r{}const c=()=>import(\`./chunks/ux-a1.js\`);export{n as a,r as b,c as load,e as "odd name"};`;

/** A page's global object as far as the entry needs one; `run` evaluates classic script text in it. */
function page(src = 'https://platform.test/widget.js') {
  const context = createContext({ document: { currentScript: { src } }, location: { href: 'https://merchant.test/checkout' } });
  runInContext('var self = globalThis;', context);
  return {
    run: (code: string) => runInContext(code, context),
    slot: () => runInContext(`self[Symbol.for(${JSON.stringify(WIDGET_ENTRY_KEY)})]`, context) as Record<string, unknown>,
    globals: () => runInContext('Object.keys(globalThis).sort().join()', context) as string,
  };
}

describe('the entry as classic script', () => {
  it('leaves its exports in the slot, under their exported names, and no name in the page', () => {
    const { run, slot, globals } = page();
    run(classicEntry(ENTRY));
    const exported = slot();
    assert.deepEqual(Object.keys(exported).sort(), ['a', 'b', 'load', 'odd name']);
    assert.equal((exported.a as () => number)(), 42);
    assert.equal(exported['odd name'], 41);
    assert.equal(globals(), 'document,location,self');
  });

  it("resolves its dynamic imports against widget.js's own URL, not the page's", () => {
    const script = classicEntry(ENTRY);
    assert.match(script, /import\(new URL\(`\.\/chunks\/ux-a1\.js`,__sgBase\)\)/);
    assert.match(script, /const __sgBase=document\.currentScript\?\.src\|\|location\.href;/);
  });

  it('runs once per page: a second widget.js keeps the first one’s exports', () => {
    const { run, slot } = page();
    run(classicEntry(ENTRY));
    const first = slot().b;
    run(classicEntry(ENTRY));
    assert.equal(slot().b, first);
  });

  it('keeps the error that stopped it (a page policy refusing Lit) instead of throwing into the page', () => {
    const { run, slot } = page();
    assert.doesNotThrow(() => run(classicEntry(`throw new TypeError("Policy lit-html disallowed");export{};`)));
    assert.match(String(slot().error), /lit-html disallowed/);
  });

  it('runs in strict mode, as the module did', () => {
    const { run, slot } = page();
    run(classicEntry(`let leaked;try{undeclared=1}catch(e){leaked=e.name}export{leaked as a};`));
    assert.equal(slot().a, 'ReferenceError');
  });

  it('fails the build on what a classic script cannot hold', () => {
    assert.throws(() => classicEntry(`import{x}from"./y.js";export{x as a};`), /ImportDeclaration cannot go into a classic script/);
    assert.throws(() => classicEntry(`const u=import.meta.url;export{u as a};`), /import\.meta/);
    assert.throws(() => classicEntry(`export const a=1;`), /ExportNamedDeclaration cannot go into a classic script/);
    assert.throws(() => classicEntry(`export default 1;`), /ExportDefaultDeclaration/);
  });
});

describe('widget.js', () => {
  it("opens with V8's compile hint, then holds the loader, then the entry, which runs after it", () => {
    const loader = 'self.order=["loader"];';
    const script = widgetScript(loader, `self.order.push("entry");const a=1;export{a};`);
    assert.ok(script.startsWith('//# allFunctionsCalledOnLoad\n'));
    const { run, slot } = page();
    run(script);
    assert.equal(run('self.order.join()'), 'loader,entry');
    assert.equal(slot().a, 1);
  });
});

describe('a chunk reading the entry', () => {
  const slot = `self[Symbol.for("${WIDGET_ENTRY_KEY}")]`;

  it('reads named, default and namespace imports from the slot; other imports stay', () => {
    const chunk = `import{a as e,b as t}from"../sharegroop.js";import r from"../sharegroop.js";import*as o from"../sharegroop.js";import{x}from"./other-1.js";export const y=e+t+r+o.a+x;`;
    assert.equal(
      chunkReadingEntry(chunk, 'ux-a1.js'),
      `const{a:e,b:t}=${slot};const{default:r}=${slot};const o=${slot};import{x}from"./other-1.js";export const y=e+t+r+o.a+x;`,
    );
  });

  it('gives the values the entry left', () => {
    const { run } = page();
    run(classicEntry(ENTRY));
    const chunk = chunkReadingEntry(`import{a as e}from"../sharegroop.js";globalThis.read=e();`, 'ux-a1.js') as string;
    assert.equal(run(`${chunk};read`), 42);
  });

  it('leaves a chunk without such imports alone', () => {
    assert.equal(chunkReadingEntry(`import{x}from"./other-1.js";export{x};`, 'ux-b2.js'), undefined);
  });

  it('fails the build on a reference to the entry it cannot carry over', () => {
    assert.throws(() => chunkReadingEntry(`const m=()=>import("../sharegroop.js");export{m};`, 'ux-c3.js'), /ux-c3\.js: refers to sharegroop\.js/);
    assert.throws(() => chunkReadingEntry(`export{a}from"../sharegroop.js";`, 'ux-d4.js'), /ux-d4\.js: refers to sharegroop\.js/);
  });
});

describe('the chunks reading the entry', () => {
  const slot = `self[Symbol.for("${WIDGET_ENTRY_KEY}")]`;

  it('rewrites those that import from the entry and only those, whatever imports the chunks make of each other', () => {
    const chunks = new Map([
      ['ux-a1.js', `import{a as e}from"../sharegroop.js";import{y}from"./part-b2.js";import"./part-c3.js";export const z=e+y;`],
      ['part-b2.js', `import{w}from"./part-c3.js";export const y=w;`],
      ['part-c3.js', `export const w=1;`],
    ]);
    assert.deepEqual([...chunksReadingEntry(chunks)], [['ux-a1.js', `const{a:e}=${slot};import{y}from"./part-b2.js";import"./part-c3.js";export const z=e+y;`]]);
  });

  it('fails the build naming the chunks when their static imports form a cycle: one of them would read the other’s entry names before they are set', () => {
    const chunks = new Map([
      ['ux-a1.js', `import{a as e}from"../sharegroop.js";import{g}from"./part-c3.js";export const f=()=>e;`],
      ['part-b2.js', `export{f}from"./ux-a1.js";`],
      ['part-c3.js', `import{f}from"./part-b2.js";export const g=f();`],
      ['ux-d4.js', `import{g}from"./part-c3.js";export{g};`],
    ]);
    assert.throws(() => chunksReadingEntry(chunks), /import each other in a cycle: ux-a1\.js → part-c3\.js → part-b2\.js → ux-a1\.js/);
  });

  it('a chunk importing itself is a cycle too; dynamic imports are not (they run later, once both chunks are set)', () => {
    assert.throws(() => chunksReadingEntry(new Map([['ux-a1.js', `export*from"./ux-a1.js";`]])), /ux-a1\.js → ux-a1\.js/);
    const lazy = new Map([
      ['ux-a1.js', `export const f=()=>import("./ux-b2.js");`],
      ['ux-b2.js', `import{f}from"./ux-a1.js";export{f};`],
    ]);
    assert.equal(chunksReadingEntry(lazy).size, 0);
  });
});
