import { expect } from '@open-wc/testing';
import { checker, object, string } from './contract/shape.ts';
import { http } from './http.ts';
import { newIdempotencyKey } from './payments-api.ts';
import { CaptainError } from './errors.ts';

const Thing = checker(object({ id: string }));
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch that answers from a script of responses and records the requests it got. */
function scriptedFetch(...answers: (Response | Error | 'hang')[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchStub = ((url: string, init: RequestInit) => {
    requests.push({ url, init });
    const answer = answers.shift();
    if (answer === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(answer ?? json(500, {}));
  }) as unknown as typeof fetch;
  return { fetchStub, requests };
}

async function failure(promise: Promise<unknown>): Promise<CaptainError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CaptainError);
    return error as CaptainError;
  }
  throw new Error('expected a failure');
}

describe('http', () => {
  it('reads with the key in the address and CORS-safelisted headers only (no preflight), and returns checked data (fields the shape does not name pass through, as the contract allows)', async () => {
    const { fetchStub, requests } = scriptedFetch(json(200, { success: true, data: { id: 'x', extra: 1 } }), json(200, { success: true, data: { id: 'x' } }));
    const data = await http({ apiUrl: 'http://api.test/', key: 'pk_test_1', fetch: fetchStub }, { method: 'GET', path: '/v1/x', schema: Thing });
    expect(data).to.deep.equal({ id: 'x', extra: 1 });
    expect(requests[0]?.url).to.equal('http://api.test/v1/x?key=pk_test_1');
    // The Fetch standard's safelist: a read with any other header (Authorization) waits for an OPTIONS round trip.
    expect(requests[0]?.init.headers).to.deep.equal({ Accept: 'application/json' });
    await http({ apiUrl: 'http://api.test', key: 'pk_test_1', fetch: fetchStub }, { method: 'GET', path: '/v1/o/live?wait=5', schema: Thing });
    expect(requests[1]?.url).to.equal('http://api.test/v1/o/live?wait=5&key=pk_test_1');
    // A page that reads an open endpoint with no key (a hosted page) sends no empty parameter.
    await http({ apiUrl: 'http://api.test', key: '', fetch: fetchStub }, { method: 'GET', path: '/v1/hosted/x', schema: Thing }).catch(() => undefined);
    expect(requests[2]?.url).to.equal('http://api.test/v1/hosted/x');
  });

  it('puts the key in the address as fetch puts a header value: without surrounding whitespace (a pasted key)', async () => {
    const answer = () => json(200, { success: true, data: { id: 'x' } });
    const { fetchStub, requests } = scriptedFetch(answer(), answer());
    // Fetch normalises a header value (strips leading and trailing HTTP whitespace): in Authorization this key worked.
    await http({ apiUrl: 'http://api.test', key: ' pk_test_1\n', fetch: fetchStub }, { method: 'GET', path: '/v1/x', schema: Thing });
    expect(requests[0]?.url).to.equal('http://api.test/v1/x?key=pk_test_1');
    await http({ apiUrl: 'http://api.test', key: ' \t', fetch: fetchStub }, { method: 'GET', path: '/v1/hosted/x', schema: Thing });
    expect(requests[1]?.url).to.equal('http://api.test/v1/hosted/x');
  });

  it('sends the raw key in Authorization on POST, never in the address', async () => {
    const { fetchStub, requests } = scriptedFetch(json(201, { success: true, data: { id: 'x' } }));
    await http({ apiUrl: 'http://api.test', key: 'pk_test_1', fetch: fetchStub }, { method: 'POST', path: '/v1/p', body: {}, schema: Thing });
    expect(requests[0]?.url).to.equal('http://api.test/v1/p');
    expect((requests[0]?.init.headers as Record<string, string>).Authorization).to.equal('pk_test_1');
  });

  it('sends the idempotency key and the JSON body on POST', async () => {
    const { fetchStub, requests } = scriptedFetch(json(201, { success: true, data: { id: 'x' } }));
    await http({ apiUrl: 'http://api.test', key: 'k', fetch: fetchStub }, { method: 'POST', path: '/v1/p', body: { a: 1 }, schema: Thing, idempotencyKey: 'idem-1' });
    const headers = requests[0]?.init.headers as Record<string, string>;
    expect(headers['Idempotency-Key']).to.equal('idem-1');
    expect(headers['Content-Type']).to.equal('application/json');
    expect(requests[0]?.init.body).to.equal('{"a":1}');
  });

  it('retries GET on network failure, never POST', async () => {
    const get = scriptedFetch(new TypeError('Failed to fetch'), json(200, { success: true, data: { id: 'y' } }));
    expect(await http({ apiUrl: '', key: 'k', fetch: get.fetchStub }, { method: 'GET', path: '/g', schema: Thing })).to.deep.equal({ id: 'y' });
    expect(get.requests).to.have.length(2);

    const post = scriptedFetch(new TypeError('Failed to fetch'), json(200, { success: true, data: { id: 'y' } }));
    const error = await failure(http({ apiUrl: '', key: 'k', fetch: post.fetchStub }, { method: 'POST', path: '/p', schema: Thing }));
    expect(error.code).to.equal('network');
    expect(post.requests).to.have.length(1);
  });

  it('times out through AbortController', async () => {
    const { fetchStub } = scriptedFetch('hang');
    const error = await failure(http({ apiUrl: '', key: 'k', fetch: fetchStub, timeoutMs: 20, retries: 0 }, { method: 'GET', path: '/g', schema: Thing }));
    expect(error.code).to.equal('network');
  });

  it('maps platform errors to fixed codes', async () => {
    const cases: [Response, string][] = [
      [json(401, { message: 'Unauthorized' }), 'unauthorized'],
      [json(404, { status: 404, success: false, errors: ['Order not found'] }), 'not_found'],
      [json(402, { status: 402, success: false, errors: ['Declined'], code: 'insufficient_funds' }), 'insufficient_funds'],
      [json(409, { status: 409, success: false, errors: ['Paid'], code: 'order_not_payable' }), 'order_not_payable'],
      [json(400, { status: 400, success: false, errors: ['amount: required'] }), 'invalid_request'],
      [json(500, { status: 500, success: false, errors: ['Internal error'], code: 'internal_error' }), 'unknown'],
      [json(200, { success: true, data: { id: 42 } }), 'invalid_response'],
      [new Response('<html>', { status: 200 }), 'invalid_response'],
    ];
    for (const [response, code] of cases) {
      const { fetchStub } = scriptedFetch(response);
      const error = await failure(http({ apiUrl: '', key: 'k', fetch: fetchStub }, { method: 'POST', path: '/p', schema: Thing }));
      expect(error.code, code).to.equal(code);
    }
  });

  it("an error status without the platform's envelope (a proxy's page) is an invalid_response, never a refusal by the platform", async () => {
    const cases: Response[] = [
      json(400, { nope: 1 }),
      new Response('<h1>Conflict</h1>', { status: 409, headers: { 'Content-Type': 'text/html' } }),
      new Response('<h1>Not found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } }),
      new Response('', { status: 403 }),
      json(500, { oops: true }),
    ];
    for (const response of cases) {
      const { fetchStub } = scriptedFetch(response);
      const error = await failure(http({ apiUrl: '', key: 'k', fetch: fetchStub }, { method: 'POST', path: '/p', schema: Thing }));
      expect(error.code, String(response.status)).to.equal('invalid_response');
      expect(error.status).to.equal(response.status);
    }
  });

  it('keeps the platform message as details', async () => {
    const { fetchStub } = scriptedFetch(json(404, { status: 404, success: false, errors: ['Order ord_1 not found'] }));
    const error = await failure(http({ apiUrl: '', key: 'k', fetch: fetchStub }, { method: 'GET', path: '/g', schema: Thing }));
    expect(error.status).to.equal(404);
    expect(error.details).to.deep.equal(['Order ord_1 not found']);
  });

  it('a load superseded by a newer one aborts its fetch and rejects as aborted, never as a network failure', async () => {
    const { fetchStub, requests } = scriptedFetch('hang');
    const controller = new AbortController();
    const pending = failure(http({ apiUrl: '', key: 'k', fetch: fetchStub }, { method: 'GET', path: '/g', schema: Thing, signal: controller.signal }));
    controller.abort();
    const error = await pending;
    expect(error.code).to.equal('aborted');
    expect(requests).to.have.length(1);
  });

  it('a malformed answer is an invalid_response naming the fields that do not match', async () => {
    const { fetchStub } = scriptedFetch(json(200, { success: true, data: { id: 7 } }));
    const error = await failure(http({ apiUrl: '', key: 'k', fetch: fetchStub, retries: 0 }, { method: 'GET', path: '/g', schema: Thing }));
    expect(error.code).to.equal('invalid_response');
    expect(error.details).to.deep.equal(['id: expected string']);
  });

  it('makes distinct idempotency keys', () => {
    expect(newIdempotencyKey()).to.not.equal(newIdempotencyKey());
  });
});
