/**
 * The demo: the QA console and the hosted pages, built into dist/demo for the sandbox server (`npm start`), or served by
 * `npm run dev` with the mock platform running inside the browser (MSW service worker).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { hostedPageFor } from '../mock-server/hosted-pages.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Hosted pages other engineers add (sharing space, recovery, balance) join the build as soon as their file exists. */
const PAGES = ['index', 'pay', 'share', 'recovery', 'balance', 'amazon-pay', 'update-card', 'dashboard', 'bank', 'wallets', 'theme'].filter((page) => existsSync(here(`./${page}.html`)));
/** The React page (issue 9): the widget's React wrappers paying a sandbox order. */
PAGES.push('react');

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

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

/**
 * Under `npm run dev` only: the merchant dashboard's endpoints run in the Node sandbox (its passwords need node:crypto),
 * which the in-browser mock does not have, so `/dashboard` says where to find it instead of failing at sign-in.
 */
export const DASHBOARD_IN_DEV = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Merchant dashboard</title><link rel="icon" href="data:," /></head>
<body><main style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">
<h1>Merchant dashboard</h1>
<p>The dashboard signs in against the Node sandbox, which <code>npm run dev</code> does not run (the mock platform runs
inside this browser here). Run <code>npm start</code> and open <a href="http://localhost:4010/dashboard">http://localhost:4010/dashboard</a>.</p>
<p><a href="/">Back to the QA console</a></p></main></body></html>`;

/**
 * Under `npm run dev`, the paths `npm start` serves as hosted pages (`/pay/{orderId}`, `/share/…`, `/recovery/…`,
 * `/balance/…`, `mock-server/hosted-pages.ts`) open those pages, not the console: the request is rewritten to the page's
 * HTML (query kept) before Vite's own HTML handling, which then serves and transforms it as usual.
 */
export function hostedPages(): Plugin {
  return {
    name: 'sg-hosted-pages',
    apply: 'serve',
    // Every page sits at the root of demo/, so `./x` from the page is `/x`: written so, it still resolves once the
    // page is served at `/pay/{orderId}` (the build needs nothing of the kind: it writes absolute asset paths).
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace(/(\s(?:src|href))="\.\//g, '$1="/') },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://dev.invalid');
        // `/pay/main.ts` is the page's own module, not an order: files of demo/ are served as they are.
        const page = isFile(here(`.${decodeURIComponent(url.pathname)}`)) ? null : hostedPageFor(url.pathname);
        if (page === '/dashboard.html') {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(DASHBOARD_IN_DEV);
          return;
        }
        if (page) request.url = page + url.search;
        next();
      });
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: false,
  plugins: [mswWorker(), hostedPages()],
  resolve: { conditions: ['browser', 'production', 'module', 'import', 'default'] },
  build: {
    outDir: here('../dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: Object.fromEntries(PAGES.map((page) => [page, here(`./${page}.html`)])) },
  },
  server: { port: 5173 },
});
