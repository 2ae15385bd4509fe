/**
 * The store's own figures (the official benchmark is `npm run bench:sandbox`): order creations and reads per second
 * through the in-process handlers and over loopback HTTP, at a small and a large number of stored orders, in memory and
 * with an SQLite data file; and the time of one clock move with many orders stored and 10 due.
 *
 *   node --import tsx scripts/bench-store.ts [--sizes 1000,100000] [--port 4031] [--no-http] [--no-sqlite] [--direct-http]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { createOrder, orderFor, publicOrder } from '../mock-server/domain/orders.ts';
import { domainContext } from '../mock-server/domain/context.ts';
import { createNodeSandbox, type NodeSandbox } from '../mock-server/node.ts';
import { seededPlatform } from '../mock-server/seed.ts';
import { startSandboxServer } from '../mock-server/server.ts';

interface LoadResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
// autocannon ships no types; this is the part of its API used here.
const autocannon = ((await import('autocannon' as string)) as { default: (options: Record<string, unknown>) => Promise<LoadResult> }).default;

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const SIZES = option('sizes', '1000,100000').split(',').map(Number);
const PORT = Number(option('port', '4031'));
const single = seededPlatform('single');
const multi = seededPlatform('multi');
const ORIGIN = 'http://bench.test';

/** Stores `count` orders straight through the domain, 1,000 per transaction, to reach a size fast. */
async function fill(sandbox: NodeSandbox, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let done = 0; done < count; done += 1000) {
    await sandbox.runtime.store.transact((tx) => {
      const ctx = domainContext(tx, ORIGIN);
      for (let at = done; at < Math.min(count, done + 1000); at += 1) ids.push(createOrder(ctx, single, { amount: 1000 + (at % 500), items: [{ name: 'Item', amount: 1000 + (at % 500) }] } as never).id);
    });
  }
  return ids;
}

async function inProcess(sandbox: NodeSandbox, ids: string[], requests: number): Promise<{ creations: number; reads: number }> {
  const body = JSON.stringify({ amount: 2500, email: 'ada@example.com' });
  let started = performance.now();
  for (let at = 0; at < requests; at += 1) {
    const answer = await sandbox.respond(new Request(`${ORIGIN}/v1/orders`, { method: 'POST', headers: { Authorization: single.secretKey, 'Content-Type': 'application/json' }, body }));
    if (answer?.status !== 201) throw new Error(`creation answered ${answer?.status}`);
  }
  const creations = requests / ((performance.now() - started) / 1000);
  started = performance.now();
  for (let at = 0; at < requests; at += 1) {
    const id = ids[(at * 7919) % ids.length];
    const answer = await sandbox.respond(new Request(`${ORIGIN}/v1/orders/${id}`, { headers: { Authorization: single.secretKey } }));
    if (answer?.status !== 200) throw new Error(`read answered ${answer?.status}`);
  }
  return { creations, reads: requests / ((performance.now() - started) / 1000) };
}

async function overHttp(url: string, ids: string[]): Promise<{ creations: number; reads: number; p99: number }> {
  const create = await autocannon({
    url: `${url}/v1/orders`,
    method: 'POST',
    headers: { Authorization: single.secretKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: 2500 }),
    connections: 10,
    duration: 5,
  });
  let next = 0;
  const read = await autocannon({
    url,
    connections: 10,
    duration: 5,
    headers: { Authorization: single.secretKey },
    requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: `/v1/orders/${ids[(next += 7919) % ids.length]}` }) }],
  });
  const failed = create.non2xx + read.non2xx + create.errors + read.errors;
  if (failed) console.warn(`  ${failed} requests failed`);
  return { creations: create.requests.average, reads: read.requests.average, p99: Math.max(create.latency.p99, read.latency.p99) };
}

async function clockAdvance(sandbox: NodeSandbox): Promise<number> {
  const now = await sandbox.runtime.store.read((view) => domainContext(view, ORIGIN).now);
  await sandbox.runtime.store.transact((tx) => {
    const ctx = domainContext(tx, ORIGIN);
    for (let at = 0; at < 10; at += 1) createOrder(ctx, multi, { amount: 5000, ux: 'multi', dueDate: now + 60_000 + at } as never);
  });
  const started = performance.now();
  const answer = await getResponse(sandbox.handlers, new Request(`${ORIGIN}/v1/sandbox/clock`, { method: 'POST', headers: { Authorization: single.secretKey }, body: JSON.stringify({ advanceBy: 120_000 }) }));
  if (answer?.status !== 200) throw new Error(`clock answered ${answer?.status}`);
  return performance.now() - started;
}

/** The store alone, without MSW's request matching: one write transaction per creation, one read per order read. */
async function storeOnly(sandbox: NodeSandbox, ids: string[], requests: number): Promise<{ creations: number; reads: number }> {
  let started = performance.now();
  for (let at = 0; at < requests; at += 1) {
    await sandbox.runtime.store.transact((tx) => publicOrder(domainContext(tx, ORIGIN), createOrder(domainContext(tx, ORIGIN), single, { amount: 2500 } as never)));
  }
  const creations = requests / ((performance.now() - started) / 1000);
  started = performance.now();
  for (let at = 0; at < requests; at += 1) {
    const id = ids[(at * 7919) % ids.length] as string;
    await sandbox.runtime.store.read((view) => publicOrder(domainContext(view, ORIGIN), orderFor(domainContext(view, ORIGIN), single, id)));
  }
  return { creations, reads: requests / ((performance.now() - started) / 1000) };
}

/**
 * The same API over a bare node:http adapter that calls `sandbox.respond` (handlers/routes.ts), to show what the store
 * and the route table allow over HTTP, apart from the server's own plumbing (mock-server/server.ts).
 */
function serveDirect(sandbox: NodeSandbox, port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const answer = await sandbox.respond(new Request(`http://127.0.0.1:${port}${request.url ?? '/'}`, { method: request.method ?? 'GET', headers, ...(body ? { body } : {}) }));
    response.writeHead(answer?.status ?? 404, { 'Content-Type': 'application/json' });
    response.end(answer ? Buffer.from(await answer.arrayBuffer()) : '{}');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const round = (value: number) => Math.round(value).toLocaleString('en');
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

for (const withFile of option('no-sqlite', '') || args.includes('--no-sqlite') ? [false] : [false, true]) {
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'sg-bench-'));
    const dataFile = withFile ? join(dir, 'sandbox.db') : undefined;
    const sandbox = createNodeSandbox({ publicUrl: ORIGIN, send: async () => ({ status: 200 }), ...(dataFile ? { dataFile } : {}) });
    let started = performance.now();
    const ids = await fill(sandbox, size);
    const filled = performance.now() - started;
    const bare = await storeOnly(sandbox, ids, 5000);
    const local = await inProcess(sandbox, ids, 1000);
    const clock = await clockAdvance(sandbox);
    const line = [`${withFile ? 'sqlite' : 'memory'} ${round(size)} orders (filled in ${round(filled)} ms)`, `store ${round(bare.creations)} creations/s, ${round(bare.reads)} reads/s`, `in-process ${round(local.creations)} creations/s, ${round(local.reads)} reads/s`, `clock with 10 due ${clock.toFixed(1)} ms`];
    sandbox.close();
    if (!args.includes('--no-http')) {
      started = performance.now();
      const { server, sandbox: served } = await startSandboxServer({ port: PORT, host: '127.0.0.1', ...(dataFile ? { dataFile } : {}) });
      const loaded = performance.now() - started;
      // In memory the server's sandbox starts empty: it gets its own orders (the data file already holds them).
      const servedIds = dataFile ? ids : await fill(served, size);
      const http = await overHttp(`http://127.0.0.1:${PORT}`, servedIds);
      line.push(`HTTP ${round(http.creations)} creations/s, ${round(http.reads)} reads/s, p99 ${http.p99} ms (loaded in ${round(loaded)} ms)`);
      await new Promise((resolve) => server.close(resolve));
      served.close();
    }
    if (args.includes('--direct-http')) {
      const direct = createNodeSandbox({ publicUrl: ORIGIN, send: async () => ({ status: 200 }), ...(dataFile ? { dataFile } : {}) });
      const directIds = dataFile ? ids : await fill(direct, size);
      const server = await serveDirect(direct, PORT + 1);
      const http = await overHttp(`http://127.0.0.1:${PORT + 1}`, directIds);
      line.push(`direct HTTP ${round(http.creations)} creations/s, ${round(http.reads)} reads/s, p99 ${http.p99} ms`);
      await new Promise((resolve) => server.close(resolve));
      direct.close();
    }
    line.push(`RSS ${mb(process.memoryUsage().rss)}`);
    if (dataFile) line.push(`file ${mb(statSync(dataFile).size + (statSync(`${dataFile}-wal`, { throwIfNoEntry: false })?.size ?? 0))}`);
    console.log(line.join(' | '));
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(0);
