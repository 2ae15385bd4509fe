/**
 * Three builds of the widget library, chosen by `--mode` (npm run build runs all three):
 * - `widget`: the script-tag bundle's ES modules in dist/widget/: `sharegroop.js` (entry) and one chunk per UX.
 * - `loader`: dist/widget/widget.js, the tiny classic script that defines `window.ShareGroop` synchronously.
 * - `npm`: dist/npm/, ES modules for bundler users, with lit and zod left as dependencies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

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
 * Source files the script-tag entry imports statically (followed through `import … from './x.ts'`, not `import()`):
 * they, lit and zod go to one shared chunk; whatever only a lazy UX, the sharing link or a catalogue needs stays lazy.
 */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s*'(\.{1,2}\/[^']+\.ts)'/gm)) {
      visit(resolve(dirname(file), match[1] as string));
    }
  };
  visit(resolve(entry));
  return seen;
}
const ENTRY_GRAPH = staticGraph('src/standalone.ts');
const SHARED_LIBRARIES = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|zod)[\\/]/;
const inEntryChunk = (id: string) => ENTRY_GRAPH.has(id.split('?')[0] as string) || SHARED_LIBRARIES.test(id);

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
        lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
        rolldownOptions: { external: [/^lit(\/|$)/, /^zod(\/|$)/, /^@floating-ui\//] },
      },
    };
  }
  return {
    ...shared,
    build: {
      outDir: 'dist/widget',
      target: 'es2022',
      minify: true,
      lib: { entry: { sharegroop: 'src/standalone.ts' }, formats: ['es'] },
      rolldownOptions: {
        // Lib mode leaves ES output unminified (for downstream bundlers); this bundle goes straight to browsers.
        output: {
          entryFileNames: '[name].js',
          // widget.js preloads the shared chunk by this fixed name, in parallel with the entry (one round trip less).
          chunkFileNames: (chunk) => (chunk.name === 'captain' ? 'chunks/captain.js' : 'chunks/[name]-[hash].js'),
          minify: true,
          // One shared chunk for what every page needs (lit, zod, core, the host element), instead of many tiny ones;
          // each UX, the sharing link and non-English catalogues stay in their own lazy chunks.
          codeSplitting: { groups: [{ name: 'captain', test: inEntryChunk }] },
        },
      },
    },
  };
});
