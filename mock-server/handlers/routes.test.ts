/** The route table never leaves out a handler MSW would run: same answers as `getResponse` over every handler. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getResponse, matchRequestUrl } from 'msw';
import { seededPlatform } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { cleanHref, RouteHandler, routeTable } from './routes.ts';

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

  test('a RouteHandler matches as msw matches its path: same verdict (matched or only tested), same decoded params', () => {
    const { handlers } = new TestSandbox().sandbox;
    const routes = handlers.filter((handler): handler is RouteHandler => handler instanceof RouteHandler);
    assert.ok(routes.length > 20, `${routes.length} endpoints are RouteHandlers`);
    const paths = [
      '/v1/orders', '/v1/orders/', '/V1/ORDERS', '/v1/orders/ord_1', '/v1/orders/ord_1/', '/v1/orders/ord_1#x',
      '/v1/orders/ord_1?x=1/2', '/v1/orders/ord%201', '/v1/orders/ord%2F1/cancel', '/v1/orders/a/b', '/v1/orders//cancel',
      '/v1/orders/ord_1/cancel', '/v1/orders/ord_1/cancel/', '/v1/orders/ord_1/cancel//', '/x/v1/orders/ord_1',
      '/v1/orders/ord_1/payments/attempts/key%3A1', '/v1/orders/ord_1/payments/attempts/', '/v1/openapi.json', '/v1/openapiXjson',
      '/v1/transactions/trx_1/3ds', '/v1/sandbox/platforms/pl_1', '/v1/orders/%E2%82%AC', '/v1/orders/ord_1/transactions',
    ];
    for (const route of routes) {
      const own = String(route.info.path).slice(1);
      for (const path of [...paths, own, own.replace(/:(\w+)/g, 'x_$1'), `${own.replace(/:(\w+)/g, '%41$1')}/`]) {
        const url = new URL(`http://sandbox.test:4010${path}`);
        const expected = matchRequestUrl(url, String(route.info.path));
        const actual = route.matchUrl(cleanHref(url.href));
        assert.deepEqual({ ...actual }, { ...expected }, `${String(route.info.path)} against ${path}`);
        assert.equal(route.testUrl(cleanHref(url.href)), expected.matches, `${String(route.info.path)} tested against ${path}`);
      }
      // A malformed %-escape in a parameter throws in both (the request guard answers such paths first).
      const malformed = new URL(`http://sandbox.test${own.replace(/:(\w+)/g, '%E0%A4%A')}`);
      if (own.includes(':')) {
        assert.throws(() => matchRequestUrl(malformed, String(route.info.path)), URIError);
        assert.throws(() => route.matchUrl(cleanHref(malformed.href)), URIError);
      }
    }
  });
});
