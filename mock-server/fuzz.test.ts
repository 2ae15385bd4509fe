/**
 * Fuzz over real HTTP: every operation of `GET /v1/openapi.json` gets malformed, oversized and hostile inputs (bad
 * %-escapes, prototype ids, huge and deep JSON, wrong types, arrays for objects, hostile URLs, bad keys, the public key on
 * secret endpoints, bodies over 1 MB). Asserted: no 5xx, the server still answers, and a refused request (4xx other than
 * a 402 decline, which records the declined attempt by design) changes nothing a client can read.
 *
 * Deterministic: the inputs come from a seeded generator; `FUZZ_SEED=<n>` replays a run (the seed is in every message).
 * `FUZZ_ATTEMPTS=<n>` (default 16) samples more attempts per mutating operation, for a longer run by hand.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seededPlatform } from './seed.ts';
import { startSandboxServer, type SandboxServer } from './server.ts';
import { fieldMutations, HOSTILE_IDS, hostileBodies, pick, plausible, type JsonSchema } from './testing/fuzz-inputs.ts';
import { seededRandom } from './testing/seeded-random.ts';
import { rawRequest, type RawAnswer } from './testing/http.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const VALUES_PER_FIELD = 2;
/** Each attempt on a mutating operation costs a snapshot: a seeded sample keeps the run to a few seconds. */
const SAMPLED_ATTEMPTS = Number(process.env.FUZZ_ATTEMPTS ?? 16);
const MUTATING = new Set(['POST', 'PATCH', 'DELETE']);

interface Operation {
  method: string;
  path: string;
  security: Record<string, unknown>[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
}

interface Attempt {
  label: string;
  /** Another method than the operation's, for the wrong-method attempts. */
  method?: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The status this attempt must get, when one is fixed by the contract. */
  expect?: number;
}

describe(`fuzz over HTTP (FUZZ_SEED=${SEED})`, () => {
  let started: SandboxServer;
  const platform = seededPlatform('split-standard');
  const other = seededPlatform('single');
  const fixtures: Record<string, string> = {};
  let operations: Operation[] = [];
  let requests = 0;

  const send = async (method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> => {
    requests += 1;
    return rawRequest(started.url, method, path, body === undefined ? headers : { 'Content-Type': 'application/json', ...headers }, body);
  };

  /** What a client can read of the fixture platform and its order: compared before and after each refused request. */
  const snapshot = async (withPlatforms: boolean): Promise<string> => {
    await started.sandbox.runtime.flush();
    const secret = { Authorization: platform.secretKey };
    const reads = ['/v1/sandbox/webhooks', '/v1/sandbox/outbox', `/v1/orders/${fixtures.order}`, `/v1/orders/${fixtures.order}/transactions`, ...(withPlatforms ? ['/v1/sandbox/platforms'] : [])];
    const answers = await Promise.all(reads.map((path) => send('GET', path, secret).then((answer) => answer.text)));
    return answers.join('\n');
  };

  before(async () => {
    started = await startSandboxServer({ port: 0 });
    const secret = { Authorization: platform.secretKey };
    const created = await send('POST', '/v1/orders', secret, JSON.stringify({ amount: 9000, ux: 'collect', email: 'ada@example.com', firstName: 'Ada', notifyUrl: 'http://127.0.0.1:9/hook' }));
    fixtures.order = JSON.parse(created.text).data.id;
    const paid = await send('POST', `/v1/orders/${fixtures.order}/payments`, { Authorization: platform.publicKey }, JSON.stringify({ method: 'card', role: 'captain', amount: 3000, card: { number: '4242424242424242', expiryMonth: '12', expiryYear: '2040', cvc: '123' } }));
    fixtures.transaction = JSON.parse(paid.text).data.transaction.id;
    fixtures.platform = platform.id;
    const document = JSON.parse((await send('GET', '/v1/openapi.json', {})).text) as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ ...operation, method: method.toUpperCase(), path })));
  });

  after(async () => {
    console.log(`fuzz: ${requests} requests over ${operations.length} operations (FUZZ_SEED=${SEED})`);
    await started.close();
  });

  /** The fixture id a path names: its order, its transaction, its platform. */
  const validPath = (path: string, id?: string) => {
    const kind = /\/(orders|transactions|platforms)\/\{id\}/.exec(path)?.[1] ?? 'orders';
    const fixture = { orders: fixtures.order, transactions: fixtures.transaction, platforms: fixtures.platform }[kind] as string;
    return path.replace('{id}', id ?? fixture);
  };

  function attemptsFor(operation: Operation, random: () => number): Attempt[] {
    const secret = { Authorization: platform.secretKey };
    const schema = operation.requestBody?.content['application/json'].schema;
    const plausibleBody = schema ? JSON.stringify(plausible(schema)) : MUTATING.has(operation.method) ? '{}' : undefined;
    const open = operation.security.length === 0;
    const secretOnly = !open && operation.security.every((scheme) => 'secretKey' in scheme);
    const path = validPath(operation.path);
    const attempts: Attempt[] = [
      { label: 'no key', path, headers: {}, body: plausibleBody, ...(open ? {} : { expect: 401 }) },
      { label: 'unknown key', path, headers: { Authorization: 'sk_test_00000000-0000-4000-8000-000000000000' }, body: plausibleBody, ...(open ? {} : { expect: 401 }) },
      { label: 'Bearer key', path, headers: { Authorization: `Bearer ${platform.secretKey}` }, body: plausibleBody, ...(open ? {} : { expect: 401 }) },
      { label: 'a 10 kB key', path, headers: { Authorization: 'k'.repeat(10_000) }, body: plausibleBody, ...(open ? {} : { expect: 401 }) },
      { label: 'public key', path, headers: { Authorization: platform.publicKey }, body: plausibleBody, ...(secretOnly ? { expect: 403 } : {}) },
      { label: "another platform's secret key", path, headers: { Authorization: other.secretKey }, body: plausibleBody },
    ];
    const keyed = operation.security.some((scheme) => 'secretKey' in scheme || 'publicKey' in scheme);
    if (keyed) {
      // The key in the address (docs/API.md "Conventions"): a secret key there is refused whatever authenticates, a
      // write never reads it, a GET takes one public key at most.
      const withKey = (...keys: string[]) => `${path}${path.includes('?') ? '&' : '?'}${keys.map((key) => `key=${encodeURIComponent(key)}`).join('&')}`;
      const inAddress = operation.security.some((scheme) => 'publicKeyInAddress' in scheme);
      attempts.push(
        { label: 'secret key in the address', path: withKey(platform.secretKey), headers: {}, body: plausibleBody, expect: 400 },
        { label: 'secret key in the address, header given', path: withKey(platform.secretKey), headers: secret, body: plausibleBody, expect: 400 },
        { label: 'public then secret key in the address', path: withKey(platform.publicKey, platform.secretKey), headers: {}, body: plausibleBody, expect: 400 },
        { label: 'empty key in the address', path: withKey(''), headers: {}, body: plausibleBody, expect: 401 },
      );
      if (MUTATING.has(operation.method)) attempts.push({ label: 'public key in the address of a write', path: withKey(platform.publicKey), headers: {}, body: plausibleBody, expect: 401 });
      if (inAddress) attempts.push({ label: 'the key twice in the address', path: withKey(platform.publicKey, platform.publicKey), headers: {}, expect: 400 });
    }
    if (operation.path.includes('{id}')) {
      for (const id of HOSTILE_IDS) {
        const raw = id.replace(/ /g, '%20').replace(/'/g, '%27');
        attempts.push({ label: `id ${id.slice(0, 24)}`, path: validPath(operation.path, raw), headers: secret, body: plausibleBody });
      }
      attempts.push({ label: 'a slash in the id', path: validPath(operation.path, `${fixtures.order}%2F..`), headers: secret, body: plausibleBody });
    }
    if (MUTATING.has(operation.method)) {
      for (const { name, body } of hostileBodies()) attempts.push({ label: `body: ${name}`, path, headers: secret, body });
      if (schema) for (const { name, body } of fieldMutations(schema, random, VALUES_PER_FIELD)) attempts.push({ label: `field: ${name}`, path, headers: secret, body });
    }
    for (const method of ['TRACE', 'DELETE', 'PUT']) attempts.push({ label: `method ${method}`, method, path, headers: secret, body: plausibleBody });
    attempts.push({ label: 'query junk', path: `${path}?orderId=%ZZ&limit=-1&startingAfter=__proto__`, headers: secret });
    if (!MUTATING.has(operation.method)) return attempts;
    // The key checks always run; the rest is a seeded sample.
    const [fixed, free] = [attempts.filter((attempt) => attempt.expect !== undefined), attempts.filter((attempt) => attempt.expect === undefined)];
    return [...fixed, ...pick(random, free, SAMPLED_ATTEMPTS)];
  }

  test('every operation of the OpenAPI document, hostile inputs: no 5xx, still answering, no change after a refusal', async () => {
    const random = seededRandom(SEED);
    assert.ok(operations.length >= 20, `the document lists ${operations.length} operations`);
    const failures: string[] = [];
    for (const operation of operations) {
      const withPlatforms = operation.path.includes('platforms');
      let baseline = MUTATING.has(operation.method) ? await snapshot(withPlatforms) : '';
      for (const attempt of attemptsFor(operation, random)) {
        const where = `${operation.method} ${operation.path} [${attempt.label}] (FUZZ_SEED=${SEED})`;
        let answer: RawAnswer;
        try {
          answer = await send(attempt.method ?? operation.method, attempt.path, attempt.headers, attempt.body);
        } catch (error) {
          failures.push(`${where}: no answer (${String(error)})`);
          continue;
        }
        if (answer.status >= 500) failures.push(`${where}: ${answer.status} ${answer.text.slice(0, 200)}`);
        if (attempt.expect !== undefined && answer.status !== attempt.expect) failures.push(`${where}: ${answer.status}, expected ${attempt.expect}`);
        if (answer.status >= 400 && answer.status < 500 && answer.status !== 401 && !/"errors":\[".+/.test(answer.text)) {
          failures.push(`${where}: ${answer.status} without readable errors: ${answer.text.slice(0, 200)}`);
        }
        if (!MUTATING.has(operation.method)) continue;
        const now = await snapshot(withPlatforms);
        if (answer.status >= 400 && answer.status < 500 && answer.status !== 402 && now !== baseline) {
          failures.push(`${where}: answered ${answer.status} but changed the state`);
        }
        baseline = now;
      }
      const alive = await send('GET', '/v1/sandbox/platforms', {});
      assert.equal(alive.status, 200, `the server still answers after ${operation.method} ${operation.path}`);
    }
    assert.deepEqual(failures, []);
    // Nothing sent above may make a later request fail: an ordinary flow still runs from start to end.
    const secret = { Authorization: other.secretKey };
    const created = await send('POST', '/v1/orders', secret, JSON.stringify({ amount: 1500 }));
    assert.equal(created.status, 201, created.text);
    const id = JSON.parse(created.text).data.id as string;
    assert.equal((await send('POST', `/v1/sandbox/orders/${id}/pay`, secret, '{}')).status, 200);
    const refunded = await send('POST', `/v1/orders/${id}/refund`, secret, '[]');
    assert.equal(JSON.parse(refunded.text).data.status, 'refunded');
  });
});
