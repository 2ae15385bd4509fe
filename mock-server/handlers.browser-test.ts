/**
 * The shared request layer in the browser worker (MSW's service worker, as the demo and the component tests run it):
 * slashes, malformed escapes and hostile ids answer there as over HTTP, since the guard lives in the handlers.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers/index.ts';
import { createRuntime } from './runtime.ts';
import { seededPlatform } from './seed.ts';
import { memoryPersistence, Store } from './store.ts';

const key = seededPlatform('single').secretKey;
const call = (method: string, path: string, body?: unknown) =>
  fetch(path, { method, headers: { Authorization: key, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('request layer in the browser worker', () => {
  const runtime = createRuntime({ store: new Store(memoryPersistence()), send: async () => ({ status: 200 }), publicUrl: () => location.origin });
  const worker = setupWorker(...createHandlers(runtime));
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());

  it('ignores repeated and trailing slashes and reads numeric-string amounts', async () => {
    const created = await call('POST', '/v1/orders///', { amount: '1200', items: [{ amount: '1200' }] });
    expect(created.status).to.equal(201);
    const { data } = (await created.json()) as { data: { id: string; amount: number } };
    expect(data.amount).to.equal(1200);
    const read = await call('GET', `/v1//orders/${data.id}/`);
    expect(read.status).to.equal(200);
  });

  it('answers a malformed escape with 400, a hostile id and an unknown endpoint with 404', async () => {
    expect((await call('GET', '/v1/orders/%E0%A4%A')).status).to.equal(400);
    expect((await call('GET', '/v1/orders/__proto__')).status).to.equal(404);
    expect((await call('GET', '/v1/orders/constructor/transactions')).status).to.equal(404);
    const unknown = await call('GET', '/v1/nothing-here');
    expect(unknown.status).to.equal(404);
    expect(((await unknown.json()) as { errors: string[] }).errors).to.deep.equal(['No endpoint GET /v1/nothing-here']);
  });

  it('answers a create without an object body with exactly ["should be object"]', async () => {
    const answer = await call('POST', '/v1/orders', [{ amount: 100 }]);
    expect(answer.status).to.equal(400);
    expect(((await answer.json()) as { errors: string[] }).errors).to.deep.equal(['should be object']);
  });
});
