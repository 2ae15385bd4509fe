/**
 * Three builds of the widget library, chosen by `--mode` (npm run build runs all three):
 * - `widget`: the script-tag bundle's ES modules in dist/widget/: `sharegroop.js` (entry) and one chunk per UX.
 * - `loader`: dist/widget/widget.js, the tiny classic script that defines `window.ShareGroop` synchronously.
 * - `npm`: dist/npm/, ES modules for bundler users, with lit and zod left as dependencies.
 */
import { defineConfig, type UserConfig } from 'vite';

const shared: UserConfig = {
  publicDir: false,
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
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
