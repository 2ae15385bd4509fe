/**
 * Three builds of the widget library, chosen by `--mode` (npm run build runs all three):
 * - `widget`: the script-tag bundle's ES modules in dist/widget/: `sharegroop.js` (entry) and one chunk per UX.
 * - `loader`: dist/widget/widget.js, the classic script that defines `window.ShareGroop` synchronously, followed by the
 *   entry made classic (scripts/classic-widget.ts): one file for the script tag; `sharegroop.js` is then removed.
 * - `npm`: dist/npm/, ES modules for bundler users (index, define, react), with lit, zod and React left as dependencies.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { chunksReadingEntry, widgetScript } from './scripts/classic-widget.ts';

/**
 * Minifies the CSS inside Lit's css`…` templates (the JS minifier leaves template text alone). Our css templates hold
 * no `${}` expressions, so the whole literal is plain CSS.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'sg-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`$]*)`/g, (_, text: string) => {
        const minified = text
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}

/**
 * Collapses the line breaks and indentation inside Lit's html`…` templates to one space: the browser collapses that
 * whitespace anyway (no template holds <pre> or <textarea>), so only the bytes go. Template text is found through the
 * syntax tree, never by pattern, so strings, comments and `${}` expressions are left exactly as written.
 */
function minifyLitHtml(): Plugin {
  return {
    name: 'sg-minify-lit-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const texts: { start: number; end: number }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const record = node as Record<string, unknown> & { type?: string };
        if (record.type === 'TaggedTemplateExpression') {
          const tag = record.tag as { type?: string; name?: string };
          const quasi = record.quasi as { quasis: { start: number; end: number }[] };
          if (tag.type === 'Identifier' && tag.name === 'html') texts.push(...quasi.quasis);
        }
        for (const [key, value] of Object.entries(record)) if (key !== 'parent') visit(value);
      };
      visit(parseAst(code, { lang: 'ts' }, id));
      let result = code;
      // Each span is the template text with its delimiters (` ${ }), which hold no whitespace.
      for (const { start, end } of texts.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + result.slice(start, end).replace(/\s*\n\s*/g, ' ') + result.slice(end);
      }
      return result === code ? null : result;
    },
  };
}

/**
 * Source files reachable from `roots` through static imports (`import … from './x.ts'`, not `import()`).
 */
function staticGraph(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s*'(\.{1,2}\/[^']+\.ts)'/gm)) {
      visit(resolve(dirname(file), match[1] as string));
    }
  };
  for (const root of roots) visit(resolve(root));
  return seen;
}
/**
 * What the entry module `sharegroop.js` holds: the script-tag entry's static graph, plus the card payment parts (card
 * form, payment flow, live region: every UX pays by card, so every captain page needs them; in
 * the entry they cost no extra request after the order loads and compress together with Lit), plus the single UX (the
 * most common order: its page then needs no further request; other UX pages download its ~1.5 kB too), plus lit and
 * zod. The other UXs, the sharing link and non-English catalogues stay in their own lazy chunks. Missing files are
 * skipped.
 */
const ENTRY_GRAPH = staticGraph([
  'src/standalone.ts',
  'src/parts/card-form.ts',
  'src/parts/card-form.styles.ts',
  'src/parts/payment-flow.ts',
  'src/parts/live-region.ts',
  'src/ux/single/index.ts',
]);
// Lit's directives are left out: each goes where the code that uses it goes.
const SHARED_LIBRARIES = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|zod)[\\/](?!(directives[\\/]|directive\.|directive-helpers\.|async-directive\.))/;
const CARD_PAYMENT = /[\\/]src[\\/](core[\\/]card|parts[\\/](card-flow|payment-attempt|three-ds-dialog(\.styles)?))\.ts$/;
const inEntryChunk = (id: string) => ENTRY_GRAPH.has(id.split('?')[0] as string) || SHARED_LIBRARIES.test(id);

/**
 * After the loader is written: appends the widget build's entry to widget.js as classic script, removes the ES entry,
 * and points every chunk's imports from it at what widget.js leaves (scripts/classic-widget.ts). Needs a fresh
 * `--mode widget` build in the same folder.
 */
function joinEntryIntoWidget(): Plugin {
  return {
    name: 'sg-join-entry-into-widget',
    apply: 'build',
    writeBundle({ dir = 'dist/widget' }) {
      const entryPath = join(dir, 'sharegroop.js');
      if (!existsSync(entryPath)) throw new Error(`${entryPath} is missing: run \`vite build --mode widget\` before \`--mode loader\``);
      const widgetPath = join(dir, 'widget.js');
      writeFileSync(widgetPath, widgetScript(readFileSync(widgetPath, 'utf8'), readFileSync(entryPath, 'utf8')));
      unlinkSync(entryPath);
      const chunks = new Map(readdirSync(join(dir, 'chunks')).filter((name) => name.endsWith('.js')).map((name) => [name, readFileSync(join(dir, 'chunks', name), 'utf8')]));
      for (const [name, rewritten] of chunksReadingEntry(chunks)) writeFileSync(join(dir, 'chunks', name), rewritten);
    },
  };
}

const shared: UserConfig = {
  publicDir: false,
  plugins: [minifyLitCss()],
  // Lit ships a dev build behind the "development" condition; the bundles must never pick it.
  resolve: { conditions: ['browser', 'production', 'module', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
};

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'loader') {
    return {
      ...shared,
      plugins: [...(shared.plugins ?? []), joinEntryIntoWidget()],
      build: {
        outDir: 'dist/widget',
        emptyOutDir: false,
        target: 'es2020',
        minify: true,
        lib: { entry: 'src/loader.ts', formats: ['iife'], name: 'ShareGroopLoader', fileName: () => 'widget.js' },
      },
    };
  }
  if (mode === 'npm') {
    return {
      ...shared,
      build: {
        outDir: 'dist/npm',
        target: 'es2022',
        minify: false,
        sourcemap: true,
        // `react`: the React wrappers (sg-captain/react), an entry of their own so no other entry imports React.
        lib: { entry: { index: 'src/index.ts', define: 'src/define.ts', react: 'src/react.ts' }, formats: ['es'] },
        // React is the user's (a peer dependency), @lit/react a dependency: neither is bundled.
        rolldownOptions: { external: [/^lit(\/|$)/, /^zod(\/|$)/, /^@floating-ui\//, /^react(\/|$)/, /^@lit\/react(\/|$)/] },
      },
    };
  }
  return {
    ...shared,
    // Only here: the npm build keeps its templates as written, for its source maps.
    plugins: [minifyLitCss(), minifyLitHtml()],
    build: {
      outDir: 'dist/widget',
      target: 'es2022',
      minify: true,
      lib: { entry: { sharegroop: 'src/standalone.ts' }, formats: ['es'] },
      rolldownOptions: {
        // The entry may export more than `createShareGroop`: the lazy chunks import what they share with it from it.
        preserveEntrySignatures: 'allow-extension',
        // Lib mode leaves ES output unminified (for downstream bundlers); this bundle goes straight to browsers.
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // Annotations such as /* @__PURE__ */ mean nothing to a browser.
          comments: { annotation: false },
          // The group holds the entry module, so it is the entry chunk itself: one file for what every page needs,
          // fetched by widget.js in one request, instead of an entry that re-exports a shared chunk.
          codeSplitting: {
            groups: [
              { name: 'sharegroop', test: inEntryChunk },
              // What a card payment loads once the buyer types (the card rules and the form's checks) and pays (the
              // attempt): always fetched together, so one file, compressed as one.
              { name: 'card-payment', test: CARD_PAYMENT },
            ],
          },
        },
      },
    },
  };
});
