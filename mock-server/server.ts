/**
 * `npm start`: one origin serving the REST API (with CORS, since merchant pages live elsewhere), `/widget.js` and its
 * chunks, the hosted pages (payment page, sharing space) and the QA console.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { createNodeSandbox, type NodeSandbox } from './node.ts';
import { seededPlatforms } from './seed.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WIDGET_DIR = join(ROOT, 'dist', 'widget');
const DEMO_DIR = join(ROOT, 'dist', 'demo');
const TICK_MS = 1_000;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};

/** The hosted pages: a path prefix and the built page that renders it. */
const HOSTED_PAGES: [RegExp, string][] = [
  [/^\/pay\/[^/]+\/?$/, 'pay.html'],
  [/^\/share\/[^/]+\/?$/, 'share.html'],
  [/^\/recovery\/[^/]+\/?$/, 'recovery.html'],
  [/^\/balance\/[^/]+\/?$/, 'balance.html'],
  [/^\/$/, 'index.html'],
];

function sendFile(response: ServerResponse, path: string): boolean {
  if (!existsSync(path) || !statSync(path).isFile()) return false;
  response.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-cache',
  });
  createReadStream(path).pipe(response);
  return true;
}

/** A file under `dir`, never outside it. */
function inside(dir: string, urlPath: string): string | null {
  const path = normalize(join(dir, decodeURIComponent(urlPath)));
  return path.startsWith(dir) ? path : null;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function answerApi(sandbox: NodeSandbox, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
  const fetchRequest = new Request(url, { method: request.method ?? 'GET', headers, ...(body ? { body: new Uint8Array(body) } : {}) });
  const answer = await getResponse(sandbox.handlers, fetchRequest);
  if (!answer) {
    response.writeHead(404, { 'Content-Type': 'application/json', ...CORS_HEADERS });
    response.end(JSON.stringify({ status: 404, success: false, errors: [`No endpoint ${request.method} ${url.pathname}`], code: 'not_found' }));
    return;
  }
  const outHeaders: Record<string, string> = { ...CORS_HEADERS };
  answer.headers.forEach((value, name) => {
    outHeaders[name] = value;
  });
  response.writeHead(answer.status, outHeaders);
  response.end(Buffer.from(await answer.arrayBuffer()));
}

export function startSandboxServer(options: { port: number; host?: string; dataFile?: string; publicUrl?: string }): Promise<{ server: Server; sandbox: NodeSandbox; url: string }> {
  const publicUrl = options.publicUrl ?? `http://localhost:${options.port}`;
  const sandbox = createNodeSandbox({ publicUrl, ...(options.dataFile ? { dataFile: options.dataFile } : {}) });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', publicUrl);
    const fail = (error: unknown) => {
      console.error('[sandbox]', error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json', ...CORS_HEADERS });
      response.end(JSON.stringify({ status: 500, success: false, errors: ['The sandbox failed to answer this request'], code: 'internal_error' }));
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return;
    }
    if (url.pathname.startsWith('/v1/')) {
      answerApi(sandbox, request, response, url).catch(fail);
      return;
    }
    // widget.js imports its entry and chunks from its own directory: the root of this origin.
    const widgetFile = inside(WIDGET_DIR, url.pathname);
    if (widgetFile && sendFile(response, widgetFile)) return;
    const hosted = HOSTED_PAGES.find(([pattern]) => pattern.test(url.pathname));
    if (hosted && sendFile(response, join(DEMO_DIR, hosted[1]))) return;
    const asset = inside(DEMO_DIR, url.pathname);
    if (asset && sendFile(response, asset)) return;
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(existsSync(DEMO_DIR) ? 'Not found' : 'Not found. The demo is not built: run `npm run build` (npm start does it for you).');
  });
  // Due work and webhook retries also come due as real time passes, not only when QA moves the clock.
  const ticker = setInterval(() => {
    sandbox.runtime.tick(publicUrl).catch((error: unknown) => console.error('[sandbox] tick failed', error));
  }, TICK_MS);
  server.on('close', () => clearInterval(ticker));
  return new Promise((resolvePromise) => {
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolvePromise({ server, sandbox, url: publicUrl }));
  });
}

function printKeys(url: string): void {
  const lines = [`sg-captain sandbox on ${url}`, `  QA console     ${url}/`, `  widget         ${url}/widget.js`, `  API reference  ${url}/v1/openapi.json`, '', 'Seeded platforms (keys are the same at every start):'];
  for (const platform of seededPlatforms()) {
    lines.push(`  ${platform.name}`, `    id ${platform.id}`, `    secret ${platform.secretKey}   public ${platform.publicKey}   webhook secret ${platform.webhookSecret}`);
  }
  console.log(lines.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4010);
  const dataFile = process.env.SANDBOX_DATA_FILE;
  startSandboxServer({ port, ...(dataFile ? { dataFile } : {}) })
    .then(({ url }) => printKeys(url))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
