/** The route table never leaves out a handler MSW would run: same answers as `getResponse` over every handler. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getResponse } from 'msw';
import { seededPlatform } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { routeTable } from './routes.ts';

describe('route table', () => {
  test('every handler is a candidate for a request on its own path, and the others mostly are not', async () => {
    const { handlers } = new TestSandbox().sandbox;
    const candidates = routeTable(handlers);
    for (const handler of handlers) {
      // A handler matched by a predicate (the request guard) runs for every request: nothing to look up.
      if (typeof handler.info.path !== 'string') continue;
      const path = String(handler.info.path).replace(/^\*/, '').replace(/:(\w+)/g, 'x_$1');
      const request = new Request(`http://sandbox.test${path}`, { method: String(handler.info.method) });
      const found = candidates(request);
      assert.ok(found.includes(handler), `${handler.info.method} ${handler.info.path}`);
      assert.ok(found.length <= 3, `${found.length} candidates for ${path}`);
    }
  });

  test('the request guard is a candidate only for a path it rewrites or refuses', () => {
    const { handlers } = new TestSandbox().sandbox;
    const candidates = routeTable(handlers);
    const guard = handlers[0];
    const at = (path: string) => candidates(new Request(`http://sandbox.test${path}`));
    assert.ok(!at('/v1/orders/ord_1').includes(guard as never));
    assert.ok(at('/v1/orders/ord_1/').includes(guard as never));
    assert.ok(at('//v1/orders').includes(guard as never));
    assert.ok(at('/v1/orders/%E0%A4%A').includes(guard as never));
    // The API's 404 stays a candidate for API paths only.
    assert.equal(at('/v1/orders/ord_1').at(-1), handlers.at(-1));
    assert.ok(!at('/widget.js').includes(handlers.at(-1) as never));
  });

  test('answers as getResponse does, for trailing slashes, other cases, unknown paths and methods', async () => {
    const sandbox = new TestSandbox();
    const key = seededPlatform('single').secretKey;
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const requests = [
      ['GET', `/v1/orders/${order.id}`],
      ['GET', `/v1/orders/${order.id}/`],
      ['GET', `/V1/Orders/${order.id}`],
      ['GET', `/v1/orders/${order.id}/transactions?limit=1`],
      ['GET', '/v1/orders/'],
      ['GET', '/v1/nothing/here'],
      ['DELETE', `/v1/orders/${order.id}`],
      ['GET', '/v1/sandbox/platforms'],
      ['GET', '/v1/openapi.json'],
      ['GET', `/v1/orders/${encodeURIComponent('ord_%E0%A4%A')}`],
    ];
    for (const [method, path] of requests) {
      const make = () => new Request(`http://sandbox.test${path}`, { method, headers: { Authorization: key } });
      const expected = await getResponse(sandbox.sandbox.handlers, make());
      const actual = await sandbox.sandbox.respond(make());
      assert.equal(actual?.status, expected?.status, `${method} ${path}`);
      assert.equal(await actual?.text(), await expected?.text(), `${method} ${path}`);
    }
  });
});
