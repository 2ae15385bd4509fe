/**
 * The custom-elements manifest (`custom-elements.json`, schema 1.0.0: github.com/webcomponents/custom-elements-manifest)
 * of the npm build, written from the elements' JSDoc by `@custom-elements-manifest/analyzer` (`npm run build:manifest`,
 * part of `npm run build`) into `dist/npm/custom-elements.json`, which package.json's `customElements` field names so
 * editors (VS Code, JetBrains), Storybook and documentation generators find it. As shoelace's config
 * (`custom-elements-manifest.config.js`), the analyzer's Lit handling is on and small plugins fit its output to this
 * package:
 * - the tags come from `src/define.ts` (`defineElement('sg-captain', SgCaptain)`, the guarded form of
 *   `customElements.define`, which the analyzer does not read), so a tag is written once;
 * - `@csspart a, b, c - what` (the compact form these files use) gives three parts, not one named `a,`;
 * - Lit's internal reactive state (`static properties = { state: { state: true } }`) is neither an attribute nor a
 *   public property, and private members (`#x`, `private`) are left out: the manifest lists the public surface only;
 * - the npm build bundles `src/` into `dist/npm/index.js` (the classes) and `dist/npm/define.js` (the registration), so
 *   the manifest's modules are those two files, not the sources a package user never sees.
 * JSDoc tags read: `@summary`, `@fires {EventClass} name - text`, `@slot`, `@csspart`, `@cssprop` / `@cssproperty`, and
 * the comments on each property (type and default from the `declare` field and the constructor).
 */

/** The npm entry, the registration module, and the modules they export from, as the analyzer sees them. */
const ENTRY = 'src/index.ts';
const DEFINE = 'src/define.ts';
/** Where the tags are listed (`defineElement('<tag>', <Class>)`), and `defineSgElements` declared; define.ts calls it. */
const TAGS = 'src/define-elements.ts';
/** Where the npm build puts each analyzed module (vite.config.ts, mode `npm`). */
const NPM_INDEX = 'dist/npm/index.js';
const NPM_DEFINE = 'dist/npm/define.js';

/** `./elements/x.ts` from `src/index.ts` → `src/elements/x.ts`. */
const fromSrc = (path) => (path.startsWith('./') ? `src/${path.slice(2)}` : path);

/** The string literal text of a TypeScript node, or undefined. */
const literal = (ts, node) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);

/** Records, per class, the Lit properties declared `state: true` (internal reactive state, never an attribute). */
function litInternalState() {
  return {
    name: 'sg-lit-internal-state',
    analyzePhase({ ts, node, context }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword),
      );
      const object = properties?.initializer;
      if (!object || !ts.isObjectLiteralExpression(object)) return;
      const internal = object.properties
        .filter((property) => ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer))
        .filter((property) => property.initializer.properties.some((option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword))
        .map((property) => property.name.getText());
      context.litState ??= new Map();
      context.litState.set(node.name.text, new Set(internal));
    },
  };
}

/** Records the tags `src/define.ts` registers: `defineElement('<tag>', <Class>)`. */
function guardedDefinitions() {
  return {
    name: 'sg-guarded-definitions',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (moduleDoc.path !== TAGS || !ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      const tagName = literal(ts, tag);
      if (!tagName || !element || !ts.isIdentifier(element)) throw new Error(`${TAGS}: defineElement() needs a literal tag and a class name, got ${node.getText()}`);
      context.definitions ??= [];
      context.definitions.push({ tagName, className: element.text });
    },
  };
}

/**
 * Reads `@csspart a, b, c - what` (and the same for `@cssprop`, `@slot`) as three entries sharing one description: the
 * analyzer takes the first word (`a,`) as the only name.
 */
function commaLists() {
  const split = (entries) => {
    const expanded = entries.flatMap((entry) => {
      if (!entry.name?.endsWith(',')) return [entry];
      const text = (entry.description ?? '').replace(/\s+/g, ' ');
      const dash = text.indexOf(' - ');
      const rest = dash === -1 ? text : text.slice(0, dash);
      const names = [entry.name.slice(0, -1), ...rest.split(',')].map((name) => name.trim()).filter(Boolean);
      const description = dash === -1 ? '' : text.slice(dash + 3).trim();
      return names.map((name) => ({ ...entry, name, ...(description ? { description } : {}) }));
    });
    // A name listed twice (`error`: a load state and a field's message) is one part with both descriptions.
    const byName = new Map();
    for (const entry of expanded) {
      const seen = byName.get(entry.name);
      if (!seen) byName.set(entry.name, { ...entry });
      else if (entry.description && seen.description !== entry.description) seen.description = [seen.description, entry.description].filter(Boolean).join('; ');
    }
    return [...byName.values()];
  };
  return {
    name: 'sg-comma-lists',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const key of ['cssParts', 'cssProperties', 'slots']) if (declaration[key]) declaration[key] = split(declaration[key]);
      }
    },
  };
}

/** Keeps the public surface of each class: no internal state, no private or Lit-internal static members. */
function publicOnly() {
  const LIT_STATICS = new Set(['shadowRootOptions', 'styles', 'properties']);
  return {
    name: 'sg-public-only',
    moduleLinkPhase({ moduleDoc, context }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const internal = context.litState?.get(declaration.name) ?? new Set();
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              !internal.has(member.name) &&
              !(member.static && LIT_STATICS.has(member.name)),
          );
        }
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
        // The analyzer also lists `this.dispatchEvent(new SgReadyEvent(…))` without a name (it reads only string
        // literals): the `@fires` tags name and type each event.
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        for (const key of ['members', 'attributes', 'events']) if (declaration[key]?.length === 0) delete declaration[key];
      }
    },
  };
}

/**
 * Rewrites the manifest to the npm build's layout: `dist/npm/index.js` holds every analyzed declaration that
 * `src/index.ts` exports (elements and event classes), `dist/npm/define.js` the registration function and one
 * `custom-element-definition` per tag of `src/define.ts`.
 */
function npmLayout() {
  return {
    name: 'sg-npm-layout',
    packageLinkPhase({ customElementsManifest: manifest, context }) {
      const modules = new Map(manifest.modules.map((module) => [module.path, module]));
      const entry = modules.get(ENTRY);
      // define.ts re-exports `defineSgElements` from TAGS (and calls it): dist/npm/define.js declares it.
      const define = modules.get(TAGS);
      if (!entry || !define || !modules.get(DEFINE)) throw new Error(`the manifest needs ${ENTRY}, ${DEFINE} and ${TAGS} in its globs`);
      const declarationIn = (path, name) => modules.get(path)?.declarations?.find((declaration) => declaration.name === name);
      const publicDeclarations = [];
      for (const exported of entry.exports ?? []) {
        const source = fromSrc(exported.declaration.module ?? '');
        const names = exported.name === '*' ? (modules.get(source)?.declarations ?? []).map((declaration) => declaration.name) : [exported.declaration.name];
        for (const name of names) {
          const declaration = declarationIn(source, name);
          if (declaration && source !== TAGS) publicDeclarations.push(declaration);
        }
      }
      const definitions = context.definitions ?? [];
      for (const { tagName, className } of definitions) {
        const element = publicDeclarations.find((declaration) => declaration.name === className);
        if (!element) throw new Error(`<${tagName}>: its class ${className} is not exported by ${ENTRY} or its module is not in the manifest's globs`);
        element.tagName = tagName;
        element.customElement = true;
      }
      for (const declaration of publicDeclarations) {
        // Superclasses: Lit's stay a package reference; a global (CustomEvent) has no module of this package.
        if (declaration.superclass?.module?.startsWith('src/')) {
          const local = publicDeclarations.some((other) => other.name === declaration.superclass.name);
          declaration.superclass = local ? { name: declaration.superclass.name, module: NPM_INDEX } : { name: declaration.superclass.name, package: 'global:' };
        }
      }
      const js = (name, module) => ({ kind: 'js', name, declaration: { name, module } });
      manifest.modules = [
        { kind: 'javascript-module', path: NPM_INDEX, declarations: publicDeclarations, exports: publicDeclarations.map((declaration) => js(declaration.name, NPM_INDEX)) },
        {
          kind: 'javascript-module',
          path: NPM_DEFINE,
          declarations: define.declarations ?? [],
          exports: [
            ...(define.declarations ?? []).map((declaration) => js(declaration.name, NPM_DEFINE)),
            ...definitions.map(({ tagName, className }) => ({ kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: NPM_INDEX } })),
          ],
        },
      ];
    },
  };
}

export default {
  globs: [ENTRY, DEFINE, TAGS, 'src/events/index.ts', 'src/elements/*/sg-*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: 'dist/npm',
  litelement: true,
  // package.json's `customElements` is written by hand: the analyzer would rewrite it to any --outdir it is given.
  packagejson: false,
  plugins: [litInternalState(), guardedDefinitions(), commaLists(), publicOnly(), npmLayout()],
};
