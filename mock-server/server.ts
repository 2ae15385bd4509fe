/**
 * `npm start`: one origin serving the REST API (with CORS, since merchant pages live elsewhere), `/widget.js` and its
 * chunks, the hosted pages (payment page, sharing space, recovery and balance links) and the QA console.
 *
 * Built on maintained pieces: the API is msw's own `getResponse` (through handlers/routes.ts, which picks the handlers that may match) over the very handlers the browser worker runs, static
 * files are served by `sirv` (which never serves outside its folder). This file only adds what an HTTP server must own:
 * the 1 MB body limit (413, reading stops there), a readable 400 for a URL that cannot be read, a JSON 500 for anything
 * unexpected (logged, the process keeps serving), and a graceful stop on SIGTERM.
 */
import { existsSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPLE_DOMAIN_ASSOCIATION_PATH } from '../src/core/wallets.ts';
import { seededAccounts } from './dashboard/accounts.ts';
import { CLIENT_HEADER } from './dashboard/session.ts';
import { errorBody, MAX_BODY_BYTES, withBodyBytes } from './handlers/body.ts';
import { answeredAsText, encodedBody, watchClient } from './handlers/kit.ts';
import { hostedPageFor, pageHeadersFor } from './hosted-pages.ts';
import { createNodeSandbox, type NodeSandbox } from './node.ts';
import { liveKeys, seededPlatforms } from './seed.ts';
import { serverOptions } from './server-options.ts';
import { staticFiles } from './static-files.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Where the build puts the widget (`widget/`) and the demo with the hosted pages (`demo/`). */
const DIST_DIR = join(ROOT, 'dist');
const TICK_MS = 1_000;
/** Where the server listens unless `HOST` says otherwise: this machine only (CONTRACT §3). */
export const DEFAULT_HOST = '127.0.0.1';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};

const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'application/json', ...CORS_HEADERS, ...headers });
  response.end(JSON.stringify(body));
}

class TooLarge extends Error {}

/** The body, at most MAX_BODY_BYTES: beyond that reading stops and TooLarge is thrown. */
async function readLimitedBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A list of header names as a preflight asks for them (`a, b-c`), at most 2 kB. */
const HEADER_NAMES = /^[A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*$/;

/**
 * The answer to a CORS preflight: the API's own headers, plus the ones the page asks for. A merchant page's monitoring
 * (traceparent, sentry-trace, baggage) adds headers to the widget's calls; refusing them would fail every call of that
 * page in the browser, and the API ignores headers it does not read. Nothing is allowed with credentials (origin `*`).
 */
function preflightHeaders(asked: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { ...CORS_HEADERS, Vary: 'Access-Control-Request-Headers' };
  const names = asked?.trim() ?? '';
  if (names.length > 0 && names.length <= 2048 && HEADER_NAMES.test(names)) headers['Access-Control-Allow-Headers'] += `, ${names}`;
  return headers;
}

/** The CORS headers as writeHead also takes them: one flat list of names and values. */
const CORS_LIST = Object.entries(CORS_HEADERS).flat();

async function answerApi(sandbox: NodeSandbox, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const method = request.method ?? 'GET';
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    try {
      body = await readLimitedBody(request);
    } catch (error) {
      if (error instanceof TooLarge) {
        // Stop reading: the connection closes once the answer is sent, whatever the client still has to send.
        sendJson(response, 413, errorBody(413, 'payload_too_large', [`the body is limited to ${MAX_BODY_BYTES} bytes`]), { Connection: 'close' });
      } else {
        // The body never arrived whole (the client hung up, or its chunked framing broke, which clientError answers): no
        // request to run, nothing of the sandbox's to log; a 400 in case the socket can still take one.
        sendJson(response, 400, errorBody(400, 'invalid_request', ['the body did not arrive whole']), { Connection: 'close' });
      }
      return;
    }
  }
  // The headers as fetch keeps them, one string each (Node joins repeated ones), handed to the Request in one go.
  const headers: Record<string, string> = {};
  for (const name in request.headers) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  // The dashboard's sign-in limit counts per client address: the server's own view of it, never the client's word.
  headers[CLIENT_HEADER] = request.socket.remoteAddress ?? 'unknown';
  // HEAD is the GET without its body (RFC 9110 §9.3.2): the handlers answer GET, Node leaves the body out of a HEAD answer.
  const fetchMethod = method === 'HEAD' ? 'GET' : method;
  // A view on the bytes read, not a copy of them; the handlers take these bytes rather than read the Request's stream.
  const bytesIn = body?.length ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength) : null;
  // Marked: this server writes an endpoint's answer from its text (below), so the endpoints build it without a body stream.
  const fetchRequest = answeredAsText(new Request(url.href, { method: fetchMethod, headers, ...(bytesIn ? { body: bytesIn } : {}) }));
  // A handler that waits (the long poll) hears of a client that hung up: the response closes before it is finished.
  watchClient(fetchRequest, (abort) => {
    if (response.destroyed) abort();
    else response.once('close', () => response.writableFinished || abort());
  });
  const answer = await sandbox.respond(bytesIn ? withBodyBytes(fetchRequest, bytesIn) : fetchRequest);
  if (!answer) {
    sendJson(response, 404, errorBody(404, 'not_found', [`No endpoint ${method} ${url.pathname}`]));
    return;
  }
  // Every answer of the API keeps the text it was made from (handlers/answer.ts), its only body: this server asked for it so.
  const text = encodedBody(answer);
  const bytes = text === undefined ? Buffer.from(await answer.arrayBuffer()) : null;
  const outHeaders: string[] = [];
  let ownCors = false;
  answer.headers.forEach((value, name) => {
    if (name === 'content-length') return;
    ownCors ||= name.startsWith('access-control-');
    outHeaders.push(name, value);
  });
  // The CORS headers, unless the answer set one itself (it then decides).
  for (let index = 0; index < CORS_LIST.length; index += 2) {
    if (!ownCors || !answer.headers.has(CORS_LIST[index] as string)) outHeaders.push(CORS_LIST[index] as string, CORS_LIST[index + 1] as string);
  }
  // One write of a known length: no chunked framing, and Node sends the headers with the body.
  if (answer.status !== 204 && answer.status !== 304) outHeaders.push('content-length', String(bytes ? bytes.byteLength : Buffer.byteLength(text ?? '')));
  response.writeHead(answer.status, outHeaders);
  response.end(bytes ?? text);
}

const ORIGINS = new Map<string, string>();

/**
 * The request's path and query on this origin. The target is taken as a path even when it starts with `//` (repeated
 * slashes are ignored by the API, they never name another host), a `#` in it is a character of the path or query (as
 * the URL setters take it); anything but an origin-form target is refused.
 */
function requestUrl(target: string, publicUrl: string): URL | null {
  if (!target.startsWith('/')) return null;
  let origin = ORIGINS.get(publicUrl);
  if (origin === undefined) ORIGINS.set(publicUrl, (origin = new URL(publicUrl).origin));
  return new URL(origin + (target.includes('#') ? target.replaceAll('#', '%23') : target));
}

/**
 * Writes a whole answer on a socket no ServerResponse owns (a request Node could not parse, a CONNECT), then closes it:
 * the same JSON error envelope and CORS headers as every other answer.
 */
function writeRaw(socket: Duplex, status: number, body: unknown, headers: [string, string][] = []): void {
  const text = JSON.stringify(body);
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(text)}`, 'Connection: close'];
  for (const [name, value] of [...Object.entries(CORS_HEADERS), ...headers]) lines.push(`${name}: ${value}`);
  socket.end(`${lines.join('\r\n')}\r\n\r\n${text}`);
}

/** What a request Node's HTTP parser refused gets told, by the parser's error code (Node's own answer has no body). */
const UNREADABLE: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'the request line and headers are limited to 16 KB (a URL that long is refused)'],
  HPE_INVALID_METHOD: [400, 'the method is not one HTTP knows; this API answers GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS'],
  HPE_INVALID_CONTENT_LENGTH: [400, 'Content-Length must be one number of bytes'],
  HPE_UNEXPECTED_CONTENT_LENGTH: [400, 'Content-Length and Transfer-Encoding: chunked cannot be given together'],
  HPE_INVALID_TRANSFER_ENCODING: [400, 'Transfer-Encoding must end with chunked'],
  HPE_INVALID_CHUNK_SIZE: [400, 'the chunked body is malformed'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'the request took too long to arrive'],
};

/**
 * `clientError`: a request that is not well-formed HTTP/1.1. Node's default answers a bare 400 or 431 without a body;
 * here it gets the API's JSON error envelope, saying what was wrong. A socket already answering (its headers out) or
 * already gone is only closed.
 */
function answerUnreadable(error: Error & { code?: string }, socket: Duplex): void {
  const answering = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, message] = UNREADABLE[error.code ?? ''] ?? [400, 'the request is not well-formed HTTP/1.1'];
  writeRaw(socket, status, errorBody(status, status === 431 ? 'request_header_fields_too_large' : 'invalid_request', [message]));
}

export interface SandboxServer {
  server: Server;
  sandbox: NodeSandbox;
  /** The origin the sandbox gives out in links (`redirectUrl`, `sharingLink`). */
  url: string;
  /** Stops accepting, lets requests in flight finish, then closes the store. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox over HTTP. `port: 0` picks a free port (tests); `host` defaults to 127.0.0.1; `publicUrl` defaults
 * to `http://localhost:<port>`.
 */
export async function startSandboxServer(options: { port: number; host?: string; dataFile?: string; publicUrl?: string; distDir?: string }): Promise<SandboxServer> {
  let publicUrl = options.publicUrl ?? `http://localhost:${options.port}`;
  const sandbox = createNodeSandbox({ publicUrl: () => publicUrl, ...(options.dataFile ? { dataFile: options.dataFile } : {}) });
  const distDir = options.distDir ?? DIST_DIR;
  const widget = staticFiles(join(distDir, 'widget'));
  const demo = staticFiles(join(distDir, 'demo'));
  const notFound = (response: ServerResponse) => {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(existsSync(join(distDir, 'demo')) ? 'Not found' : 'Not found. The demo is not built: run `npm run build` (npm start does it for you).');
  };
  const fail = (response: ServerResponse) => (error: unknown) => {
    console.error('[sandbox] request failed', error);
    sendJson(response, 500, errorBody(500, 'internal_error', ['The sandbox failed to answer this request']));
  };
  let stopping = false;
  const answering = new Set<ServerResponse>();
  /** Once stopping, an answer closes its connection: a keep-alive client must not hold the stop open. */
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('Connection', 'close');
    response.once('finish', () => setImmediate(() => server.closeIdleConnections()));
  };
  const server = createServer((request, response) => {
    answering.add(response);
    response.once('close', () => answering.delete(response));
    if (stopping) closeAfter(response);
    try {
      const url = requestUrl(request.url ?? '/', publicUrl);
      if (!url) {
        sendJson(response, 400, errorBody(400, 'invalid_request', ['the request target must be a path']));
        return;
      }
      if (request.method === 'OPTIONS') {
        response.writeHead(204, preflightHeaders(request.headers['access-control-request-headers']));
        response.end();
        return;
      }
      // The API, and the Apple Pay verification file the sandbox serves for its own pages (handlers/wallets.ts).
      if (/^\/+v1(\/|$)/.test(url.pathname) || url.pathname === APPLE_DOMAIN_ASSOCIATION_PATH) {
        // fetch's Request refuses TRACE and TRACK outright: answer them (and anything unusual) before building one.
        if (!API_METHODS.has(request.method ?? '')) {
          sendJson(response, 405, errorBody(405, 'method_not_allowed', [`${request.method} is not a method of this API`]), { Allow: [...API_METHODS].join(', ') });
          return;
        }
        answerApi(sandbox, request, response, url).catch(fail(response));
        return;
      }
      // widget.js imports its entry and chunks from its own directory: the root of this origin.
      widget(request, response, () => {
        const hosted = hostedPageFor(url.pathname);
        if (hosted) request.url = hosted;
        for (const [name, value] of Object.entries(pageHeadersFor(hosted ?? url.pathname))) response.setHeader(name, value);
        demo(request, response, () => notFound(response));
      });
    } catch (error) {
      fail(response)(error);
    }
  });
  server.on('clientError', answerUnreadable);
  // CONNECT (a proxy tunnel) is no request of this API: without a listener Node would drop the connection unanswered.
  server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    writeRaw(socket, 405, errorBody(405, 'method_not_allowed', ['CONNECT is not a method of this API']), [['Allow', [...API_METHODS].join(', ')]]);
  });
  // Due work and webhook retries also come due as real time passes, not only when QA moves the clock.
  const ticker = setInterval(() => {
    sandbox.runtime.tick(publicUrl).catch((error: unknown) => console.error('[sandbox] tick failed', error));
  }, TICK_MS);
  server.on('close', () => clearInterval(ticker));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, options.host ?? DEFAULT_HOST, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  if (!options.publicUrl) publicUrl = `http://localhost:${port}`;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= new Promise<void>((resolveClose) => {
      stopping = true;
      // Long polls answer now (nothing changed) rather than at the end of their wait: the stop waits for no one idle.
      sandbox.runtime.stop();
      answering.forEach(closeAfter);
      server.close(() => resolveClose());
      // Keep-alive connections with no request in flight would hold `close` open forever.
      server.closeIdleConnections();
    }).then(() => sandbox.close()));
  return { server, sandbox, url: publicUrl, close };
}

function printKeys(url: string, address: string): void {
  const lines = [
    `sg-captain sandbox on ${url} (listening on ${address}; set HOST to listen elsewhere, e.g. HOST=0.0.0.0)`,
    `  QA console     ${url}/`,
    `  widget         ${url}/widget.js`,
    `  API reference  ${url}/v1/openapi.json`,
    `  dashboard      ${url}/dashboard   (${seededAccounts().map((account) => `${account.email} / ${account.password}`).join(', ')})`,
    '',
    'Seeded platforms (keys are the same at every start):',
  ];
  for (const platform of seededPlatforms()) {
    const live = liveKeys(platform);
    lines.push(
      `  ${platform.name}`,
      `    id ${platform.id}`,
      `    secret ${platform.secretKey}   public ${platform.publicKey}   webhook secret ${platform.webhookSecret}`,
      `    live secret ${live.secretKey}   live public ${live.publicKey}`,
    );
  }
  console.log(lines.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const parsed = serverOptions(process.argv.slice(2), process.env, DEFAULT_HOST);
  if ('help' in parsed) {
    console.log(parsed.help);
    process.exit(0);
  }
  if ('error' in parsed) {
    console.error(`[sandbox] ${parsed.error}`);
    process.exit(2);
  }
  // A promise dropped somewhere in background work (webhooks, the ticker) is logged; it must not stop a shared sandbox.
  process.on('unhandledRejection', (reason) => console.error('[sandbox] unhandled rejection', reason));
  startSandboxServer(parsed.run)
    .then((started) => {
      const { address, port: bound } = started.server.address() as AddressInfo;
      printKeys(started.url, `${address.includes(':') ? `[${address}]` : address}:${bound}`);
      const stop = (signal: NodeJS.Signals) => {
        console.log(`[sandbox] ${signal}: finishing requests in flight, then closing the store`);
        started.close().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error('[sandbox] stopping failed', error);
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((error: unknown) => {
      // A data file the sandbox cannot use is the user's to fix: its message says what and how, a stack adds nothing.
      const told = error instanceof Error && error.message.startsWith('SANDBOX_DATA_FILE ');
      console.error(told ? `[sandbox] ${(error as Error).message}` : error);
      process.exit(1);
    });
}
