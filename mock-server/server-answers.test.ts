/**
 * The HTTP server writes every answer of the API from the text it was made from (handlers/answer.ts), and asks the
 * handlers for no body stream it would never read (building one costs undici about 20 µs a request). Checked on the
 * server itself, for every operation of the OpenAPI document and every hand-written handler's own answers (reset,
 * clock, the path guard, the long poll, hosted bank and Amazon answers, the Apple Pay file, the dashboard and its CSV):
 * an answer that comes with a body stream, or without its text, names its handler here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seededAccounts } from './dashboard/accounts.ts';
import { encodedBody } from './handlers/kit.ts';
import { seededPlatform } from './seed.ts';
import { startSandboxServer, type SandboxServer } from './server.ts';
import { rawRequest } from './testing/http.ts';

interface Seen {
  label: string;
  status: number;
  streamed: boolean;
  text: boolean;
}

describe('every answer of the API is written from its text, without a body stream', () => {
  let started: SandboxServer;
  const seen: Seen[] = [];
  const platform = seededPlatform('single');
  const secret = { Authorization: platform.secretKey, 'Content-Type': 'application/json' };
  const ids: Record<string, string> = {};

  before(async () => {
    started = await startSandboxServer({ port: 0 });
    const { sandbox } = started;
    const respond = sandbox.respond.bind(sandbox);
    sandbox.respond = async (request) => {
      const answer = await respond(request);
      if (answer) seen.push({ label: `${request.method} ${new URL(request.url).pathname}`, status: answer.status, streamed: answer.body !== null, text: encodedBody(answer) !== undefined });
      return answer;
    };
    const order = JSON.parse((await rawRequest(started.url, 'POST', '/v1/orders', secret, JSON.stringify({ amount: 5000, email: 'a@example.com' }))).text).data;
    const paid = JSON.parse((await rawRequest(started.url, 'POST', `/v1/sandbox/orders/${order.id}/pay`, secret, '{}')).text).data;
    ids.order = order.id;
    ids.transaction = paid.id;
  });
  after(async () => {
    await started.close();
  });

  test('over every endpoint, with and without a key, and the handlers written by hand', async () => {
    const document = JSON.parse((await rawRequest(started.url, 'GET', '/v1/openapi.json')).text) as { paths: Record<string, Record<string, unknown>> };
    const requests: [string, string, Record<string, string>, string?][] = [];
    for (const [template, methods] of Object.entries(document.paths)) {
      const path = template.replace('{id}', template.includes('/transactions/') ? (ids.transaction as string) : (ids.order as string)).replace(/\{\w+\}/g, 'key_1');
      for (const method of Object.keys(methods).map((name) => name.toUpperCase())) {
        const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
        requests.push([method, path, secret, body], [method, path, { 'Content-Type': 'application/json' }, body], [method, path, secret, '{"bad": ']);
      }
    }
    requests.push(
      ['POST', '/v1/sandbox/reset', { Authorization: platform.publicKey }, '{}'],
      ['POST', '/v1/sandbox/reset', secret, '[1]'],
      ['POST', '/v1/sandbox/clock', secret, '{"advanceBy": -1}'],
      ['POST', '/v1/sandbox/clock', secret, '{"advanceBy": 1, "to": 1}'],
      ['POST', '/v1/sandbox/clock', secret, '{"advanceBy": 1}'],
      ['GET', '//v1//orders//', secret],
      ['GET', '/v1/orders/%ZZ', secret],
      ['GET', '/v1/no-such-endpoint', secret],
      ['HEAD', '/v1/orders', secret],
      ['GET', `/v1/orders/${ids.order}/live?wait=0&since=x`, secret],
      ['GET', `/v1/orders/${ids.order}/live`, { Authorization: 'sk_test_unknown' }],
      ['POST', '/v1/hosted/pis/auth_1/answer', secret, '"no"'],
      ['POST', '/v1/hosted/amazon-pay/amzs_1/answer', secret, '{"answer": "1111"}'],
      ['GET', '/v1/wallet-domains/apple-pay-file', { Authorization: seededPlatform('wallets').secretKey }],
      ['POST', '/v1/dashboard/session', { 'Content-Type': 'application/json' }, '[]'],
    );
    for (const [method, path, headers, body] of requests) await rawRequest(started.url, method, path, headers, body);
    // Signed in to the dashboard: its pages and the CSV export.
    const account = seededAccounts()[0] as { email: string; password: string };
    const signIn = await fetch(`${started.url}/v1/dashboard/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(account) });
    assert.equal(signIn.status, 200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    for (const path of [`/v1/dashboard/platforms/${platform.id}/orders`, `/v1/dashboard/platforms/${platform.id}/operations.csv`, '/v1/dashboard/session']) {
      assert.equal((await fetch(`${started.url}${path}`, { headers: { Cookie: cookie } })).status, 200, path);
    }

    assert.ok(seen.length > 250, `${seen.length} answers seen`);
    for (const status of [200, 201, 400, 401, 403, 404, 409]) assert.ok(seen.some((answer) => answer.status === status), `an answer ${status} was seen`);
    const streamed = seen.filter((answer) => answer.streamed || !answer.text).map((answer) => `${answer.label} (${answer.status})`);
    assert.deepEqual([...new Set(streamed)], [], 'answers built with a body stream, or without their text');
  });
});
