import { expect } from '@open-wc/testing';
import { checker, object, string } from './contract/shape.ts';
import { http } from './http.ts';
import { CaptainError } from './errors.ts';
import { prefetch, prefetchCheckout, takePrefetched } from './prefetch.ts';

const Thing = checker(object({ id: string }));
const ok = (id: string) => new Response(JSON.stringify({ success: true, data: { id } }), { status: 200 });

/** A fetch that records what it was asked and answers `answer()`. */
function recordingFetch(answer: () => Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchStub = ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  }) as unknown as typeof fetch;
  return { fetchStub, calls };
}

describe('prefetch (widget.js starts the checkout GET while the entry loads)', () => {
  it("sends exactly the widget's GET headers, and http() takes that answer instead of sending its own", async () => {
    const early = recordingFetch(() => Promise.resolve(ok('from-prefetch')));
    prefetch('http://api.test/v1/x', 'pk_test_1', early.fetchStub);
    expect(early.calls[0]?.init.headers).to.deep.equal({ Accept: 'application/json', Authorization: 'pk_test_1' });
    const late = recordingFetch(() => Promise.resolve(ok('from-http')));
    const data = await http({ apiUrl: 'http://api.test', key: 'pk_test_1', fetch: late.fetchStub }, { method: 'GET', path: '/v1/x', schema: Thing });
    expect(data).to.deep.equal({ id: 'from-prefetch' });
    expect(late.calls).to.have.length(0);
  });

  it('is used once: the next GET of the same URL goes to the platform', async () => {
    prefetch('http://api.test/v1/once', 'pk_test_1', () => Promise.resolve(ok('first')));
    expect(takePrefetched('http://api.test/v1/once', 'pk_test_1')).to.not.equal(undefined);
    expect(takePrefetched('http://api.test/v1/once', 'pk_test_1')).to.equal(undefined);
  });

  it('is never handed to another key, URL or method', async () => {
    prefetch('http://api.test/v1/y', 'pk_test_1', () => Promise.resolve(ok('prefetched')));
    const other = recordingFetch(() => Promise.resolve(ok('own')));
    const config = { apiUrl: 'http://api.test', fetch: other.fetchStub };
    expect(await http({ ...config, key: 'pk_test_2' }, { method: 'GET', path: '/v1/y', schema: Thing })).to.deep.equal({ id: 'own' });
    expect(await http({ ...config, key: 'pk_test_1' }, { method: 'POST', path: '/v1/y', body: {}, schema: Thing })).to.deep.equal({ id: 'own' });
    expect(other.calls).to.have.length(2);
    expect(takePrefetched('http://api.test/v1/y', 'pk_test_1')).to.not.equal(undefined);
  });

  it("a prefetched request that never answers still ends at http()'s timeout, as a network error", async () => {
    prefetch('http://api.test/v1/hang', 'pk_test_1', () => new Promise<Response>(() => undefined));
    const own = recordingFetch(() => Promise.resolve(ok('own')));
    let error: unknown;
    try {
      await http({ apiUrl: 'http://api.test', key: 'pk_test_1', fetch: own.fetchStub, timeoutMs: 30, retries: 0 }, { method: 'GET', path: '/v1/hang', schema: Thing });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(CaptainError);
    expect((error as CaptainError).code).to.equal('network');
  });

  it('a failed prefetch is retried by http() with a request of its own', async () => {
    prefetch('http://api.test/v1/fails', 'pk_test_1', () => Promise.reject(new TypeError('Failed to fetch')));
    const own = recordingFetch(() => Promise.resolve(ok('retried')));
    const data = await http({ apiUrl: 'http://api.test', key: 'pk_test_1', fetch: own.fetchStub }, { method: 'GET', path: '/v1/fails', schema: Thing });
    expect(data).to.deep.equal({ id: 'retried' });
    expect(own.calls).to.have.length(1);
  });

  it('prefetchCheckout fetches nothing without an order id (an inline order is created first)', () => {
    const calls: unknown[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((...args: unknown[]) => (calls.push(args), Promise.reject(new TypeError('unexpected')))) as typeof fetch;
    try {
      prefetchCheckout('http://api.test/', 'pk_test_1', '');
      prefetchCheckout('http://api.test/', 'pk_test_1', undefined);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(calls).to.have.length(0);
  });

  it("prefetchCheckout starts the very GET the entry sends for the order: same URL, same key, the order id's characters escaped", async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (() => Promise.resolve(ok('ord/1'))) as typeof fetch;
    try {
      prefetchCheckout('http://api.test/', 'pk_test_1', 'ord/1');
    } finally {
      globalThis.fetch = realFetch;
    }
    const early = takePrefetched('http://api.test/v1/checkout/ord%2F1', 'pk_test_1');
    expect(early).to.not.equal(undefined);
    expect((await (await early)?.json()).data).to.deep.equal({ id: 'ord/1' });
  });
});
