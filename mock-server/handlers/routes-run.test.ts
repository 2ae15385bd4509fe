/**
 * RouteHandler.run answers as msw's own RequestHandler.run does: same verdicts, same resolver arguments, same execution
 * result, same logging copy of the request. Each case runs both on a fresh request; a difference (including a new field
 * an msw upgrade adds to the resolver's arguments or to the result) fails here, before it reaches an endpoint.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HttpHandler, HttpResponse, RequestHandler } from 'msw';
import { RouteHandler } from './routes.ts';

type Resolver = (info: Record<string, unknown>) => unknown;

/** A RouteHandler whose resolver records the names of its arguments, then does what `answer` says. */
function recording(method: string, path: string, answer: Resolver) {
  const seen: { keys: string[]; params: unknown; cookies: unknown; bodyRead?: string }[] = [];
  const handler = new RouteHandler(method, path, (async (info: Record<string, unknown>) => {
    seen.push({ keys: Object.keys(info).sort(), params: { ...(info.params as object) }, cookies: info.cookies });
    return answer(info);
  }) as never);
  return { handler, seen };
}

const mswRun = (handler: RouteHandler, args: Parameters<HttpHandler['run']>[0]) => HttpHandler.prototype.run.call(handler, args);

/** Both runs of `make()`'s request: msw's own, then RouteHandler's. */
async function both(method: string, path: string, answer: Resolver, make: () => Request) {
  const outcomes = [];
  for (const run of ['msw', 'route'] as const) {
    const { handler, seen } = recording(method, path, answer);
    const request = make();
    const args = { request, requestId: 'req-1' };
    const result = await (run === 'msw' ? mswRun(handler, args) : handler.run(args)).catch((error: unknown) => ({ thrown: error }));
    outcomes.push({ handler, seen, request, result });
  }
  return outcomes as [(typeof outcomes)[0], (typeof outcomes)[0]];
}

/** A parsed result without prototypes in the way (path-to-regexp's params have none). */
const plainParsed = (parsed: { match?: { matches: boolean; params?: object }; cookies?: object } | undefined) => ({
  cookies: { ...parsed?.cookies },
  match: { matches: parsed?.match?.matches, params: { ...parsed?.match?.params } },
});

const get = (path: string, init: RequestInit = {}) => () => new Request(`http://sandbox.test${path}`, init);

describe('RouteHandler.run answers as msw runs a handler', () => {
  test('a match: same resolver arguments, same result fields, same response, the same logging copy', async () => {
    const [expected, actual] = await both('get', '/v1/things/:id', () => HttpResponse.json({ ok: true }, { status: 201 }), get('/v1/things/thg_1%20x?q=1'));
    assert.ok(expected.result && actual.result && !('thrown' in expected.result) && !('thrown' in actual.result));
    assert.deepEqual(actual.seen, expected.seen);
    assert.deepEqual(actual.seen[0]?.keys, ['cookies', 'finalize', 'params', 'request', 'requestId']);
    assert.deepEqual(Object.keys(actual.result).sort(), Object.keys(expected.result).sort());
    assert.equal(actual.result.handler, actual.handler);
    assert.equal(actual.result.requestId, expected.result.requestId);
    assert.deepEqual(plainParsed(actual.result.parsedResult), plainParsed(expected.result.parsedResult));
    assert.deepEqual(Object.keys(actual.result.parsedResult ?? {}).sort(), Object.keys(expected.result.parsedResult ?? {}).sort());
    assert.equal(actual.result.response?.status, 201);
    assert.equal(await actual.result.response?.text(), await expected.result.response?.text());
    // The logging copy is the request's entry in msw's cache, not the request itself.
    for (const outcome of [expected, actual]) {
      assert.ok(outcome.result && !('thrown' in outcome.result));
      assert.notEqual(outcome.result.request, outcome.request);
      assert.equal(RequestHandler.cache.get(outcome.request), outcome.result.request);
      assert.equal(outcome.handler.isUsed, true);
    }
  });

  test('the logging copy keeps a body the resolver read', async () => {
    const body = JSON.stringify({ amount: 100 });
    const [expected, actual] = await both('patch', '/v1/things/:id', async (info) => HttpResponse.text(await (info.request as Request).text()), () =>
      // undici leaves `patch` in lower case: msw compares methods without case, so must RouteHandler.
      new Request('http://sandbox.test/v1/things/thg_1', { method: 'patch', body }),
    );
    for (const outcome of [expected, actual]) {
      assert.ok(outcome.result && !('thrown' in outcome.result));
      assert.equal(await outcome.result.response?.text(), body);
      assert.equal(await outcome.result.request.text(), body);
    }
  });

  test('no match (other path, other method, HEAD on a GET endpoint): null from both, the resolver never called', async () => {
    for (const [path, init] of [['/v1/things', {}], ['/v1/things/thg_1/more', {}], ['/v1/things/thg_1', { method: 'POST' }], ['/v1/things/thg_1', { method: 'HEAD' }]] as const) {
      const [expected, actual] = await both('get', '/v1/things/:id', () => HttpResponse.json({}), get(path, init));
      assert.equal(expected.result, null, path);
      assert.equal(actual.result, null, path);
      assert.equal(actual.seen.length, 0);
      assert.equal(actual.handler.isUsed, false);
    }
  });

  test('a thrown Response is the answer; any other error goes up; no answer lets the next handler try', async () => {
    const thrown = await both('get', '/v1/things/:id', () => { throw HttpResponse.json({ refused: true }, { status: 409 }); }, get('/v1/things/thg_1'));
    for (const outcome of thrown) {
      assert.ok(outcome.result && !('thrown' in outcome.result));
      assert.equal(outcome.result.response?.status, 409);
    }
    const failing = await both('get', '/v1/things/:id', () => { throw new RangeError('boom'); }, get('/v1/things/thg_1'));
    for (const outcome of failing) assert.ok(outcome.result && 'thrown' in outcome.result && outcome.result.thrown instanceof RangeError);
    const silent = await both('get', '/v1/things/:id', () => undefined, get('/v1/things/thg_1'));
    for (const outcome of silent) {
      assert.ok(outcome.result && !('thrown' in outcome.result));
      assert.equal(outcome.result.response, undefined);
    }
  });

  test('a malformed %-escape in the path throws URIError in both, whatever the method', async () => {
    for (const method of ['GET', 'POST']) {
      const outcomes = await both('get', '/v1/things/:id', () => HttpResponse.json({}), get('/v1/things/%E0%A4%A', { method }));
      for (const outcome of outcomes) assert.ok(outcome.result && 'thrown' in outcome.result && outcome.result.thrown instanceof URIError, method);
    }
  });

  test('finalize is refused with a readable error (an endpoint has nothing to clean up after its answer)', async () => {
    const { handler } = recording('get', '/v1/things/:id', (info) => {
      (info.finalize as (callback: () => void) => void)(() => undefined);
      return HttpResponse.json({});
    });
    await assert.rejects(handler.run({ request: new Request('http://sandbox.test/v1/things/thg_1'), requestId: 'req-1' }), /no finalize callback/);
  });
});
