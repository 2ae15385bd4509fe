/**
 * The demo: the QA console and the hosted pages, built into dist/demo for the sandbox server (`npm start`), or served by
 * `npm run dev` with the mock platform running inside the browser (MSW service worker).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Hosted pages other engineers add (sharing space, recovery, balance) join the build as soon as their file exists. */
const PAGES = ['index', 'pay', 'share', 'recovery', 'balance', 'amazon-pay', 'update-card', 'dashboard', 'bank', 'wallets', 'theme'].filter((page) => existsSync(here(`./${page}.html`)));

/** In dev, MSW's worker is served from the root so its scope covers every page. */
function mswWorker(): Plugin {
  const worker = fileURLToPath(new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url));
  return {
    name: 'sg-msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(worker));
      });
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: false,
  plugins: [mswWorker()],
  resolve: { conditions: ['browser', 'production', 'module', 'import', 'default'] },
  build: {
    outDir: here('../dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: Object.fromEntries(PAGES.map((page) => [page, here(`./${page}.html`)])) },
  },
  server: { port: 5173 },
});
