/**
 * What reaches the sandbox server below the API, over a real socket: requests Node's HTTP parser refuses, CONNECT,
 * bodies that never arrive whole, and the static files (dotfiles, Range, HEAD). Each gets an answer a client can read
 * (the JSON error envelope for the API's refusals), nothing is logged as a sandbox failure, and the server keeps serving.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { seededPlatform } from './seed.ts';
import { startSandboxServer, type SandboxServer } from './server.ts';
import { isRangeSirvReads, namesDotfile } from './static-files.ts';
import { rawRequest } from './testing/http.ts';

const WIDGET = 'console.log("widget");\n';

/** Sends `payload` on a socket of its own, half-closes after `endAfterMs`, and answers all the server wrote back. */
function rawExchange(url: string, payload: string, endAfterMs = 200): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolveText, rejectText) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('close', () => resolveText(text));
    socket.on('error', rejectText);
    socket.write(payload);
    setTimeout(() => socket.end(), endAfterMs);
  });
}

/** The status and the JSON body of a raw HTTP answer. */
function parseRaw(text: string): { status: number; body: { errors?: string[] } } {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  return { status, body: JSON.parse(body) as { errors?: string[] } };
}

describe('the sandbox server below the API', () => {
  let started: SandboxServer;
  let dist: string;
  const key = seededPlatform('single').secretKey;
  const logged: unknown[][] = [];
  const log = console.error;

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'sandbox-dist-'));
    mkdirSync(join(dist, 'widget'));
    mkdirSync(join(dist, 'demo', '.git'), { recursive: true });
    writeFileSync(join(dist, 'widget', 'widget.js'), WIDGET);
    writeFileSync(join(dist, 'demo', 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dist, 'demo', '.env'), 'SECRET=1');
    writeFileSync(join(dist, 'demo', '.git', 'config'), '[core]');
    started = await startSandboxServer({ port: 0, distDir: dist });
  });
  after(async () => {
    await started.close();
    rmSync(dist, { recursive: true, force: true });
  });
  beforeEach(() => {
    logged.length = 0;
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(async () => {
    console.error = log;
    assert.equal((await rawRequest(started.url, 'GET', '/v1/sandbox/platforms')).status, 200, 'the server keeps serving');
  });

  test("requests Node's parser refuses get the API's JSON error, saying what was wrong", async () => {
    const cases: [string, string, number, RegExp][] = [
      ['an unknown method', `FOO /v1/orders HTTP/1.1\r\nHost: x\r\n\r\n`, 400, /method/],
      ['a Content-Length that is no number', `POST /v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: ${key}\r\nContent-Length: abc\r\n\r\n{}`, 400, /Content-Length/],
      ['two Content-Lengths', `POST /v1/orders HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`, 400, /Content-Length/],
      ['a URL of 100 kB', `GET /v1/orders/${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, /16 KB/],
      ['an unknown HTTP version', `GET /v1/sandbox/platforms HTTP/9.9\r\nHost: x\r\n\r\n`, 400, /well-formed/],
      ['a control character in a header', `GET /v1/orders HTTP/1.1\r\nHost: x\r\nX-Odd: a\u0001b\r\n\r\n`, 400, /well-formed/],
    ];
    for (const [label, payload, status, message] of cases) {
      const { status: answered, body } = parseRaw(await rawExchange(started.url, payload));
      assert.equal(answered, status, label);
      assert.match(body.errors?.[0] ?? '', message, label);
    }
  });

  test('a CORS preflight allows the headers the page asks for (tracing headers added by a merchant page\'s monitoring)', async () => {
    const preflight = (headers: Record<string, string>) =>
      fetch(`${started.url}/v1/orders`, { method: 'OPTIONS', headers: { Origin: 'https://merchant.example', 'Access-Control-Request-Method': 'POST', ...headers } });
    const asked = await preflight({ 'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key,traceparent,sentry-trace,baggage' });
    assert.equal(asked.status, 204);
    const allowed = (asked.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    for (const name of ['authorization', 'content-type', 'idempotency-key', 'traceparent', 'sentry-trace', 'baggage']) assert.ok(allowed.includes(name), name);
    assert.match(asked.headers.get('vary') ?? '', /Access-Control-Request-Headers/i);
    const plain = await preflight({});
    assert.equal(plain.headers.get('access-control-allow-headers'), 'Authorization, Content-Type, Idempotency-Key');
    // Something that is no list of header names is not echoed.
    const odd = await preflight({ 'Access-Control-Request-Headers': 'x-a, <script>' });
    assert.equal(odd.headers.get('access-control-allow-headers'), 'Authorization, Content-Type, Idempotency-Key');
  });

  test('CONNECT answers 405 with errors instead of a dropped connection', async () => {
    const { status, body } = parseRaw(await rawExchange(started.url, `CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n`));
    assert.equal(status, 405);
    assert.deepEqual(body.errors, ['CONNECT is not a method of this API']);
  });

  test('a body that never arrives whole runs nothing and is not logged as a failure of the sandbox', async () => {
    const before = (await rawRequest(started.url, 'GET', '/v1/orders?limit=1000', { Authorization: key })).text;
    const cut = `POST /v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: ${key}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"amount": 100`;
    const badChunk = `POST /v1/orders HTTP/1.1\r\nHost: x\r\nAuthorization: ${key}\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"amo\r\nzz\r\n`;
    for (const payload of [cut, badChunk]) await rawExchange(started.url, payload, 50);
    // The server sees the hang-up a moment after the client: give it that moment before reading the log.
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    assert.deepEqual(logged, []);
    assert.equal((await rawRequest(started.url, 'GET', '/v1/orders?limit=1000', { Authorization: key })).text, before, 'no order was created');
  });

  test('no dotfile is served, however its name is written', async () => {
    for (const path of ['/.env', '/%2eenv', '/%2Eenv', '/.git/config', '/%2egit/config', '/x/../.env']) {
      const answer = await rawRequest(started.url, 'GET', path);
      assert.equal(answer.status, 404, path);
      assert.doesNotMatch(answer.text, /SECRET|\[core\]/, path);
    }
    assert.equal((await rawRequest(started.url, 'GET', '/')).status, 200, 'the demo itself is served');
  });

  test('HEAD on a static file answers its headers without a body', async () => {
    const head = await fetch(`${started.url}/widget.js`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(WIDGET.length));
    assert.equal(await head.text(), '');
  });

  test('Range: a single range the static server reads right is a 206 of those bytes; anything else the whole file, never a broken answer', async () => {
    const get = (range: string) => fetch(`${started.url}/widget.js`, { headers: { Range: range } });
    for (const [range, bytes] of [['bytes=0-3', [0, 4]], ['bytes=3-', [3, WIDGET.length]], ['bytes=2-500', [2, WIDGET.length]]] as const) {
      const answer = await get(range);
      assert.equal(answer.status, 206, range);
      assert.equal(await answer.text(), WIDGET.slice(...bytes), range);
    }
    // Reversed, suffix, a zero end, several ranges, garbage: sirv answered an empty 206 (and threw), the first bytes for
    // the last, or the whole file as a 206. Ignoring such a Range (RFC 9110 §14.2) answers the whole file, 200.
    for (const range of ['bytes=5-2', 'bytes=-5', 'bytes=0-0', 'bytes=0-1,3-4', 'bytes=abc', 'items=0-1']) {
      const answer = await get(range);
      assert.equal(answer.status, 200, range);
      assert.equal(await answer.text(), WIDGET, range);
    }
    assert.equal((await get(`bytes=${WIDGET.length + 10}-`)).status, 416);
    assert.deepEqual(logged, [], 'no request failed');
  });
});

describe('static-file guards', () => {
  test('namesDotfile: any segment starting with a dot, escaped or not', () => {
    for (const path of ['/.env', '/a/.git/x', '/%2eenv', '/a/%2E%2E/b', '/a\\.x']) assert.equal(namesDotfile(path), true, path);
    for (const path of ['/widget.js', '/assets/a.b.c.js', '/pay/ord_1', '/%E0%A4%A']) assert.equal(namesDotfile(path), false, path);
  });

  test('isRangeSirvReads: one range, N- or N-M with N ≤ M and M ≥ 1', () => {
    for (const range of ['bytes=0-1', 'bytes=3-', 'bytes=4-4', ' bytes=0-99 ']) assert.equal(isRangeSirvReads(range), true, range);
    for (const range of ['bytes=5-2', 'bytes=-5', 'bytes=0-0', 'bytes=0-1,2-3', 'bytes=', 'bytes=a-b', `bytes=${'9'.repeat(20)}-`]) {
      assert.equal(isRangeSirvReads(range), false, range);
    }
  });
});
