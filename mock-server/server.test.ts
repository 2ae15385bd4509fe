/**
 * The sandbox over real HTTP (port 0 on 127.0.0.1): what only a socket shows, such as a URL the WHATWG parser keeps
 * verbatim, a body cut at 1 MB, a graceful stop.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { seededPlatform } from './seed.ts';
import { startSandboxServer, type SandboxServer } from './server.ts';
import { rawRequest } from './testing/http.ts';

describe('sandbox over HTTP', () => {
  let started: SandboxServer;
  const key = seededPlatform('single').secretKey;
  const json = { 'Content-Type': 'application/json', Authorization: key };

  before(async () => {
    started = await startSandboxServer({ port: 0 });
  });
  after(async () => {
    await started.close();
  });

  test('listens on 127.0.0.1 by default and gives out the bound port in its links', () => {
    const address = started.server.address();
    assert.ok(address && typeof address === 'object');
    assert.equal(address.address, '127.0.0.1');
    assert.equal(started.url, `http://localhost:${address.port}`);
  });

  test('a malformed %-escape answers 400 or 404 and the server keeps answering', async () => {
    for (const path of ['/%E0%A4%A', '/v1/orders/%E0%A4%A', '/v1/%ZZ', '/v1/orders/%ZZ/refund', '/%', '/widget.js%']) {
      const answer = await rawRequest(started.url, 'GET', path, { Authorization: key });
      assert.ok([400, 404].includes(answer.status), `${path} answered ${answer.status}`);
    }
    // A hosted page renders for any link (once built) and says itself that the order is unknown: never a 5xx.
    assert.ok((await rawRequest(started.url, 'GET', '/pay/%E0%A4%A')).status < 500);
    assert.equal((await rawRequest(started.url, 'GET', '/v1/sandbox/platforms')).status, 200);
  });

  test('methods fetch cannot represent answer 405, other unknown ones 404', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'MKCOL']) {
      const answer = await rawRequest(started.url, method, '/v1/orders', { Authorization: key });
      assert.ok(method === 'TRACE' ? answer.status === 405 : [404, 405].includes(answer.status), `${method} answered ${answer.status}`);
    }
  });

  test('HEAD answers as GET does, without a body (RFC 9110 §9.3.2); unknown paths stay 404', async () => {
    for (const path of ['/v1/sandbox/clock', '/v1/orders', '/v1/sandbox/platforms']) {
      const head = await rawRequest(started.url, 'HEAD', path, { Authorization: key });
      assert.equal(head.status, 200, path);
      assert.equal(head.text, '');
    }
    assert.equal((await rawRequest(started.url, 'HEAD', '/v1/orders/ord_00000000-0000-0000-0000-000000000000', { Authorization: key })).status, 404);
    assert.equal((await rawRequest(started.url, 'HEAD', '/v1/sandbox/clock')).status, 401);
  });

  test("an endpoint's answer over HTTP is the one the handlers give in process, byte for byte, with its UTF-8 length", async () => {
    // The server asks the endpoints for their text instead of a body stream (handlers/kit.ts answeredAsText).
    const body = JSON.stringify({ amount: 4990, currency: 'EUR', firstName: 'Zoë 😀', lastName: 'Ñúñez', email: 'zoe@example.com' });
    const created = await fetch(`${started.url}/v1/orders`, { method: 'POST', headers: json, body });
    assert.equal(created.status, 201);
    const { id } = ((await created.json()) as { data: { id: string } }).data;
    for (const path of [`/v1/orders/${id}`, '/v1/orders/ord_00000000-0000-0000-0000-000000000000', `/v1/orders/${id}/transactions`]) {
      const overHttp = await fetch(`${started.url}${path}`, { headers: { Authorization: key } });
      const text = await overHttp.text();
      const inProcess = await started.sandbox.respond(new Request(`${started.url}${path}`, { headers: { Authorization: key } }));
      assert.equal(overHttp.status, inProcess?.status, path);
      assert.equal(text, await inProcess?.text(), path);
      assert.equal(overHttp.headers.get('content-length'), String(Buffer.byteLength(text)), path);
      assert.equal(overHttp.headers.get('content-type'), 'application/json', path);
    }
  });

  test('a long poll whose client hangs up stops waiting at once, on a clean path as behind the path guard', async () => {
    const created = await fetch(`${started.url}/v1/orders`, { method: 'POST', headers: json, body: '{"amount": 100}' });
    const { id } = ((await created.json()) as { data: { id: string } }).data;
    const { version } = ((await (await fetch(`${started.url}/v1/orders/${id}/live`, { headers: { Authorization: key } })).json()) as { data: { version: string } }).data;
    const respond = started.sandbox.respond;
    let ended = 0;
    started.sandbox.respond = async (request) => {
      const answer = await respond(request);
      if (request.url.includes('wait=25000')) ended = performance.now();
      return answer;
    };
    try {
      for (const path of [`/v1/orders/${id}/live`, `//v1//orders/${id}/live`]) {
        ended = 0;
        const client = new AbortController();
        fetch(`${started.url}${path}?since=${encodeURIComponent(version)}&wait=25000`, { headers: { Authorization: key }, signal: client.signal }).catch(() => undefined);
        await new Promise((resolveWait) => setTimeout(resolveWait, 200));
        const hungUp = performance.now();
        client.abort();
        for (let look = 0; look < 50 && ended === 0; look += 1) await new Promise((resolveWait) => setTimeout(resolveWait, 20));
        assert.ok(ended > 0, `${path}: the poll still waits after its client left`);
        assert.ok(ended - hungUp < 1_000, path);
      }
    } finally {
      started.sandbox.respond = respond;
    }
  });

  test('repeated and trailing slashes are ignored (CONTRACT §2)', async () => {
    const created = await rawRequest(started.url, 'POST', '/v1/orders///', json, JSON.stringify({ amount: '12000', items: [{ amount: 12000 }] }));
    assert.equal(created.status, 201, created.text);
    const order = JSON.parse(created.text).data as { id: string; amount: number };
    assert.equal(order.amount, 12000);
    for (const path of [`/v1/orders/${order.id}/`, `//v1//orders//${order.id}`, `/v1/orders/${order.id}///`]) {
      const read = await rawRequest(started.url, 'GET', path, { Authorization: key });
      assert.equal(read.status, 200, path);
      assert.equal(JSON.parse(read.text).data.id, order.id);
    }
    const canceled = await rawRequest(started.url, 'POST', `/v1/orders/${order.id}/cancel/`, json, '[]');
    assert.equal(canceled.status, 200, canceled.text);
  });

  test('no file outside the served folders', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '//etc/passwd', '/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json']) {
      const answer = await rawRequest(started.url, 'GET', path);
      assert.ok(answer.status === 404 || answer.status === 400, `${path} answered ${answer.status}`);
      assert.doesNotMatch(answer.text, /"name": "sg-captain"|root:/);
    }
    // A hosted page's path names an order, never a file: at most the page itself.
    const hosted = await rawRequest(started.url, 'GET', '/pay/..%2f..%2fpackage.json');
    assert.ok(hosted.status < 500);
    assert.doesNotMatch(hosted.text, /"name": "sg-captain"/);
  });

  test('a body over 1 MB answers 413 without being read to the end, and the server keeps answering', async () => {
    const big = JSON.stringify({ amount: 100, trackId: 'x'.repeat(1_100_000) });
    const declared = await rawRequest(started.url, 'POST', '/v1/orders', json, big);
    assert.equal(declared.status, 413);
    assert.match(JSON.parse(declared.text).errors[0], /limited to 1048576 bytes/);
    // Chunked, with no length announced: the server counts what arrives, answers 413 past 1 MB and stops reading, so a
    // client that would send 100 MB gets its answer after about 1 MB.
    const { port } = new URL(started.url);
    const chunked = await new Promise<{ status: number; sentBytes: number }>((resolveAnswer, rejectAnswer) => {
      let sentBytes = 0;
      let answered = false;
      const sending = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/orders', headers: json, agent: false }, (response) => {
        answered = true;
        response.resume();
        response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, sentBytes }));
      });
      sending.on('error', (error) => (answered ? undefined : rejectAnswer(error)));
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (!answered && sentBytes < 100 * 1024 * 1024) {
          sentBytes += chunk.length;
          if (!sending.write(chunk)) return void sending.once('drain', pump);
        }
      };
      pump();
    });
    assert.equal(chunked.status, 413);
    assert.ok(chunked.sentBytes < 20 * 1024 * 1024, `answered after ${chunked.sentBytes} bytes`);
    assert.equal((await fetch(`${started.url}/v1/sandbox/platforms`)).status, 200);
  });

  test('an unexpected failure in an endpoint is a logged JSON 500, and the server keeps serving', async () => {
    const sandbox = started.sandbox;
    const respond = sandbox.respond;
    sandbox.respond = async (request) => {
      if (new URL(request.url).pathname === '/v1/boom') throw new Error('boom (test)');
      return respond(request);
    };
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const answer = await rawRequest(started.url, 'GET', '/v1/boom');
      assert.equal(answer.status, 500);
      assert.deepEqual(JSON.parse(answer.text).errors, ['The sandbox failed to answer this request']);
      assert.ok(errors.length > 0, 'the failure is logged');
    } finally {
      console.error = log;
      sandbox.respond = respond;
    }
    assert.equal((await rawRequest(started.url, 'GET', '/v1/sandbox/platforms')).status, 200);
  });
});

describe('graceful stop', () => {
  test('a long poll in flight answers at once when the server stops, instead of holding the stop for up to 25 s', async () => {
    const started = await startSandboxServer({ port: 0 });
    const key = seededPlatform('single').secretKey;
    const created = await fetch(`${started.url}/v1/orders`, { method: 'POST', headers: { Authorization: key }, body: '{"amount": 100}' });
    const { id } = ((await created.json()) as { data: { id: string } }).data;
    const live = async (query: string) => (await (await fetch(`${started.url}/v1/orders/${id}/live${query}`, { headers: { Authorization: key } })).json()) as { data: { version: string; changed: boolean } };
    const { version } = (await live('')).data;
    const waiting = live(`?since=${encodeURIComponent(version)}&wait=25000`);
    // The poll is waiting once the server has it and has looked once: a moment later.
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    const begun = performance.now();
    await started.close();
    assert.ok(performance.now() - begun < 5_000, `the stop took ${Math.round(performance.now() - begun)} ms`);
    assert.deepEqual((await waiting).data.changed, false, 'the poll got its answer: nothing changed');
  });

  test('close() lets a request in flight finish, then refuses new connections', async () => {
    const started = await startSandboxServer({ port: 0 });
    const body = JSON.stringify({ amount: 500 });
    const { port } = new URL(started.url);
    // Headers and part of the body are sent before close(): the request is in flight, the rest arrives after.
    const answer = new Promise<number>((resolveAnswer, rejectAnswer) => {
      const sent = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/v1/orders', headers: { Authorization: seededPlatform('single').secretKey, 'Content-Type': 'application/json', 'Content-Length': String(body.length) } },
        (response) => {
          response.resume();
          resolveAnswer(response.statusCode ?? 0);
        },
      );
      sent.on('error', rejectAnswer);
      // Closing once the server has the request (its headers parsed): from then on it is in flight.
      started.server.once('request', () => {
        void started.close();
        setTimeout(() => sent.end(body.slice(5)), 20);
      });
      sent.write(body.slice(0, 5));
    });
    assert.equal(await answer, 201);
    await started.close();
    await assert.rejects(rawRequest(started.url, 'GET', '/v1/sandbox/platforms'));
  });
});
