/**
 * The custom-elements manifest the npm build ships (`custom-elements-manifest.config.mjs`, `npm run build:manifest`):
 * every public element of CONTRACT §5 with its contract attributes and events, typed and described, as editors and
 * documentation generators read it. The analyzer runs here with the build's own config, in memory (nothing written), so
 * a JSDoc tag or a config change that drops an element, an attribute or an event fails this test.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error: the analyzer's CLI module has no type declarations; `cli({ noWrite })` answers the manifest.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
// @ts-expect-error: a plain .mjs config (the analyzer reads it), without types.
import config from '../../custom-elements-manifest.config.mjs';

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

/** CONTRACT §5: the attributes of the public elements. */
const CONTRACT_ATTRIBUTES = ['order-id', 'public-key', 'locale', 'api-url'];
/** CONTRACT §5 and docs/WIDGET.md: each public element, the events it fires and its public methods. */
const PUBLIC_ELEMENTS = [
  { tagName: 'sg-captain', className: 'SgCaptain', events: ['sg-ready', 'sg-validated', 'sg-invalid', 'sg-error'], methods: ['pay'] },
  { tagName: 'sg-link', className: 'SgLink', events: ['sg-ready', 'sg-error'], methods: [] },
  { tagName: 'sg-help', className: 'SgHelp', events: ['sg-ready', 'sg-error'], methods: [] },
];

const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
/** Event name → the class that carries it, read from the event classes' constructors (`super('sg-ready', …)`). */
const EVENT_CLASSES = new Map(
  [...source('src/events/index.ts').matchAll(/export class (\w+) extends CustomEvent<\w+> \{\s*constructor\([^)]*\) \{\s*super\('([\w-]+)'/g)].map(([, className, name]) => [name as string, className as string]),
);

async function analyze(): Promise<Manifest> {
  const manifest = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: process.cwd(), noWrite: true });
  return manifest as Manifest;
}

const elementsOf = (manifest: Manifest) => manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);

/** What the manifest lacks of the contract, one readable line per gap (empty: nothing lacks). */
function contractGaps(manifest: Manifest): string[] {
  const gaps: string[] = [];
  const elements = elementsOf(manifest);
  const definitions = manifest.modules.flatMap((module) => module.exports ?? []).filter((exported) => exported.kind === 'custom-element-definition');
  for (const expected of PUBLIC_ELEMENTS) {
    const element = elements.find((candidate) => candidate.tagName === expected.tagName);
    if (!element) {
      gaps.push(`<${expected.tagName}> is missing`);
      continue;
    }
    if (element.name !== expected.className) gaps.push(`<${expected.tagName}> is declared by ${element.name}, not ${expected.className}`);
    if (!definitions.some((definition) => definition.name === expected.tagName && definition.declaration.name === element.name)) gaps.push(`<${expected.tagName}> has no custom-element-definition`);
    if (!element.summary) gaps.push(`<${expected.tagName}> has no @summary`);
    for (const name of CONTRACT_ATTRIBUTES) {
      const attribute = element.attributes?.find((candidate) => candidate.name === name);
      if (!attribute) gaps.push(`<${expected.tagName}> lacks the attribute ${name}`);
      else if (!attribute.type?.text || !attribute.description || attribute.default === undefined || !attribute.fieldName) gaps.push(`<${expected.tagName}> ${name} lacks a type, description, default or property`);
    }
    for (const name of expected.events) {
      const event = element.events?.find((candidate) => candidate.name === name);
      if (!event) gaps.push(`<${expected.tagName}> lacks the event ${name}`);
      else if (event.type?.text !== EVENT_CLASSES.get(name)) gaps.push(`<${expected.tagName}> ${name} is typed ${event.type?.text}, not ${EVENT_CLASSES.get(name)}`);
      else if (!/`detail`: `\{.+\}`/.test(event.description ?? '')) gaps.push(`<${expected.tagName}> ${name} does not give its detail's shape`);
    }
    for (const name of expected.methods) {
      if (!element.members?.some((member) => member.kind === 'method' && member.name === name && member.description)) gaps.push(`<${expected.tagName}> lacks the documented method ${name}()`);
    }
  }
  return gaps;
}

const manifest = await analyze();

test('every public element, with its contract attributes, events and methods, is in the manifest', () => {
  assert.equal(manifest.schemaVersion, '1.0.0');
  assert.deepEqual(contractGaps(manifest), []);
});

test('the contract check fails on a manifest that lacks any one element, attribute or event', () => {
  const removals: [string, (copy: Manifest) => void][] = [];
  for (const expected of PUBLIC_ELEMENTS) {
    const find = (copy: Manifest) => elementsOf(copy).find((element) => element.tagName === expected.tagName) as Declaration;
    removals.push([`<${expected.tagName}>`, (copy) => (find(copy).customElement = false)]);
    for (const name of CONTRACT_ATTRIBUTES) removals.push([`${expected.tagName} ${name}`, (copy) => (find(copy).attributes = find(copy).attributes?.filter((attribute) => attribute.name !== name))]);
    for (const name of expected.events) removals.push([`${expected.tagName} ${name}`, (copy) => (find(copy).events = find(copy).events?.filter((event) => event.name !== name))]);
  }
  for (const [what, remove] of removals) {
    const copy = structuredClone(manifest);
    remove(copy);
    assert.ok(contractGaps(copy).some((gap) => gap.includes(what.split(' ').at(-1) as string)), `removing ${what} goes unnoticed`);
  }
});

test('the manifest holds exactly the elements define.ts registers, and only their public surface', () => {
  const defined = [...source('src/define-elements.ts').matchAll(/defineElement\('([\w-]+)'/g)].map((match) => match[1]).sort();
  assert.deepEqual(elementsOf(manifest).map((element) => element.tagName).sort(), defined);
  for (const element of elementsOf(manifest)) {
    for (const member of [...(element.attributes ?? []), ...(element.members ?? [])]) {
      assert.ok(member.description, `<${element.tagName}> ${member.name} is public but undocumented (or internal state: declare it \`state: true\`)`);
      assert.ok(!member.name.startsWith('#'), `<${element.tagName}> lists the private ${member.name}`);
    }
  }
});

test('parts, custom properties and slots are single, unique names', () => {
  for (const element of elementsOf(manifest)) {
    const lists = [['cssParts', /^[a-z][a-z0-9-]*$/], ['cssProperties', /^--sg-[a-z0-9-]+$/], ['slots', /^[a-z0-9-]*$/]] as const;
    for (const [key, pattern] of lists) {
      const names = (element[key] ?? []).map((entry) => entry.name);
      for (const name of names) assert.match(name, pattern, `<${element.tagName}> ${key}: ${JSON.stringify(name)}`);
      assert.equal(new Set(names).size, names.length, `<${element.tagName}> lists a ${key} entry twice`);
    }
  }
  assert.ok(elementsOf(manifest).some((element) => element.cssParts?.length), 'no element has a @csspart: the config drops them');
});

test('every event an element dispatches itself is documented with @fires', () => {
  const eventNames = new Map([...EVENT_CLASSES].map(([name, className]) => [className, name]));
  for (const element of elementsOf(manifest)) {
    const file = `src/elements/${element.tagName}/${element.tagName}.ts`;
    const dispatched = [...source(file).matchAll(/dispatchEvent\(\s*new (Sg\w+Event)\(/g)].map((match) => eventNames.get(match[1] as string));
    assert.ok(dispatched.length > 0, `${file} dispatches no event: the pattern no longer matches`);
    for (const name of new Set(dispatched)) assert.ok(element.events?.some((event) => event.name === name), `<${element.tagName}> dispatches ${name} without @fires`);
  }
});

test('the manifest the build writes is the one package.json names, exports and ships', () => {
  const pkg = JSON.parse(source('package.json')) as { customElements: string; files: string[]; exports: Record<string, unknown>; scripts: Record<string, string> };
  assert.equal(pkg.customElements, `${config.outdir}/custom-elements.json`);
  assert.ok(pkg.files.some((entry) => pkg.customElements === entry || pkg.customElements.startsWith(`${entry}/`)), `${pkg.customElements} is not in package.json's files`);
  assert.equal(pkg.exports['./custom-elements.json'], `./${pkg.customElements}`);
  assert.match(pkg.scripts.build as string, /npm run build:manifest/);
  // The modules the manifest names are the npm build's entries, which package.json exports.
  const exported = Object.values(pkg.exports).map((target) => (typeof target === 'string' ? target : (target as { default: string }).default));
  for (const module of manifest.modules) assert.ok(exported.includes(`./${module.path}`), `${module.path} is not an export of the package`);
});

test('every attribute of every element has a type and names the property it sets (theme on <sg-link> and <sg-help> too)', () => {
  const gaps = elementsOf(manifest).flatMap((element) =>
    (element.attributes ?? []).filter((attribute) => !attribute.type?.text || !attribute.fieldName).map((attribute) => `<${element.tagName}> ${attribute.name}`),
  );
  assert.deepEqual(gaps, []);
});
