/**
 * The SQLite data file: what a sandbox wrote is what the next one reads, an old JSON data file is migrated (anything
 * else is refused with a clear message), and an acknowledged write survives `kill -9` of the server.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { getResponse } from 'msw';
import { createNodeSandbox, type NodeSandbox } from './node.ts';
import { seededPlatform, seededPlatforms, SANDBOX_ORGANIZATION } from './seed.ts';
import { column } from './sqlite.ts';
import type { LegacyState } from './state.ts';
import { KINDS, TABLES } from './store/tables.ts';

const single = seededPlatform('single');
const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'sg-sqlite-')), name);
const open = (dataFile: string) => createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile, send: async () => ({ status: 200 }) });

async function call(sandbox: NodeSandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const request = new Request(`http://sandbox.test${path}`, { method, headers: { Authorization: single.secretKey, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const response = await getResponse(sandbox.handlers, request);
  return { status: response?.status ?? 0, body: await response?.json() };
}

describe('SQLite data file', () => {
  test('round trip: every record and the clock a sandbox holds come back after a restart', async () => {
    const dataFile = tempFile('sandbox.db');
    const first = open(dataFile);
    const order = (await call(first, 'POST', '/v1/orders', { amount: 4200, email: 'ada@example.com', sendLinkConfig: { channels: ['email'] } })).body.data;
    await call(first, 'POST', `/v1/sandbox/orders/${order.id}/pay`, {});
    await call(first, 'POST', '/v1/sandbox/clock', { advanceBy: 60_000 });
    assert.equal((await call(first, 'POST', `/v1/orders/${order.id}/refund`, { amount: 999_999 })).status, 400);
    await first.runtime.flush();
    const before = first.runtime.store.snapshot();
    first.close();
    const second = open(dataFile);
    assert.deepEqual(second.runtime.store.snapshot(), before);
    assert.equal((await call(second, 'GET', `/v1/orders/${order.id}`)).body.data.status, 'completed');
    second.close();
  });

  test('one table per record kind with its indexed columns, rows in creation order', () => {
    const dataFile = tempFile('sandbox.db');
    open(dataFile).close();
    const db = new Database(dataFile, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    // Every record kind of the store (store/tables.ts), each secondary index as a snake_case column: a new kind needs no edit here.
    assert.deepEqual(tables, [...KINDS, 'meta'].sort());
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    const expectedIndexes = KINDS.flatMap((kind) => Object.keys(TABLES[kind].indexes).map((index) => `${kind}_${column(index)}`));
    assert.deepEqual(indexes, expectedIndexes.sort());
    assert.ok(indexes.includes('transactions_order_id') && indexes.includes('operations_transaction_id'), 'the indexes the domain lists by');
    assert.deepEqual(db.prepare('SELECT id FROM platforms ORDER BY rowid').pluck().all(), seededPlatforms().map((platform) => platform.id));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  test('a data file in the old JSON format is migrated, and kept beside as .json.bak', async () => {
    const dataFile = tempFile('state.json');
    const legacy: LegacyState = {
      version: 1,
      clockOffsetMs: 3_600_000,
      organizations: [SANDBOX_ORGANIZATION],
      platforms: seededPlatforms(),
      orders: {
        ord_old: { id: 'ord_old', platformId: single.id, status: 'initiated', amount: 1234, currency: 'EUR', locale: 'en', ux: 'single', createdAt: 1, updatedAt: 1, items: [] },
      },
      transactions: {},
      operations: [],
      webhooks: [],
      outbox: [],
      idempotency: { [`${single.id}:k`]: { status: 201, body: { success: true }, fingerprint: 'f' } },
    };
    writeFileSync(dataFile, JSON.stringify(legacy));
    const sandbox = open(dataFile);
    assert.equal((await call(sandbox, 'GET', '/v1/orders/ord_old')).body.data.amount, 1234);
    assert.equal(await sandbox.runtime.store.read((view) => view.clockOffsetMs), 3_600_000);
    assert.equal(await sandbox.runtime.store.read((view) => view.idempotency.count()), 1);
    sandbox.close();
    assert.equal(readFileSync(dataFile).subarray(0, 15).toString(), 'SQLite format 3');
    assert.deepEqual(JSON.parse(readFileSync(`${dataFile}.json.bak`, 'utf8')), legacy);
  });

  test('a data file held by another running sandbox is refused; the mark of a killed one (kill -9) is not', async () => {
    // Each sandbox keeps the records in memory: a second one on the same file served and overwrote stale copies.
    const dataFile = tempFile('sandbox.db');
    await open(dataFile).close();
    const markHeldBy = (pid: number) => {
      const db = new Database(dataFile);
      db.prepare("INSERT INTO meta (key, value) VALUES ('ownerPid', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(pid));
      db.close();
    };
    markHeldBy(process.ppid);
    assert.throws(() => open(dataFile), new RegExp(`SANDBOX_DATA_FILE .* is in use by another sandbox \\(process ${process.ppid}\\)`));
    markHeldBy(spawnSync(process.execPath, ['-e', '']).pid as number);
    await open(dataFile).close();
    const owner = new Database(dataFile).prepare("SELECT value FROM meta WHERE key = 'ownerPid'").get();
    assert.equal(owner, undefined, 'a sandbox that closes gives the file back');
  });

  test('a file that is neither SQLite nor a sandbox JSON document is refused with a clear message, and left as it is', () => {
    const dataFile = tempFile('notes.txt');
    writeFileSync(dataFile, 'my notes');
    assert.throws(() => open(dataFile), /neither an SQLite database nor a sandbox JSON data file/);
    writeFileSync(dataFile, '{"hello": "world"}');
    assert.throws(() => open(dataFile), /not a sandbox data file/);
    assert.equal(readFileSync(dataFile, 'utf8'), '{"hello": "world"}');
    assert.ok(!existsSync(`${dataFile}.json.bak`));
  });

  test('a path that cannot hold the data file is refused with a message naming it and saying why, and left as it is', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sandbox-db-'));
    const damaged = join(folder, 'damaged.db');
    writeFileSync(damaged, 'SQLite format 3\0 and then nothing a database holds');
    const cases: [string, RegExp][] = [
      [folder, /is a folder/],
      [join(folder, 'missing', 'sandbox.db'), /folder .* does not exist/],
      [damaged, /not a readable SQLite database/],
    ];
    for (const [path, reason] of cases) {
      assert.throws(() => open(path), (error: Error) => {
        assert.ok(error.message.startsWith(`SANDBOX_DATA_FILE ${path} `), error.message);
        assert.match(error.message, reason);
        return true;
      });
    }
    assert.equal(readFileSync(damaged, 'utf8'), 'SQLite format 3\0 and then nothing a database holds');
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function startServer(port: number, dataFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/server.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SANDBOX_DATA_FILE: dataFile },
    stdio: 'ignore',
  });
  const ready = (async () => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      try {
        await fetch(`http://127.0.0.1:${port}/v1/sandbox/clock`);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error('the sandbox server did not start');
  })();
  return { child, ready };
}

describe('durability', () => {
  test('an order acknowledged by the server is still there after kill -9 and a restart', { timeout: 60_000 }, async () => {
    const dataFile = tempFile('sandbox.db');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = startServer(port, dataFile);
    try {
      await first.ready;
      const created = await fetch(`${url}/v1/orders`, { method: 'POST', headers: { Authorization: single.secretKey, 'Content-Type': 'application/json' }, body: JSON.stringify({ amount: 6100 }) });
      assert.equal(created.status, 201);
      const { data: order } = (await created.json()) as { data: { id: string } };
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill('SIGKILL');
      await exited;
      const second = startServer(port, dataFile);
      try {
        await second.ready;
        const read = await fetch(`${url}/v1/orders/${order.id}`, { headers: { Authorization: single.secretKey } });
        assert.equal(read.status, 200);
        assert.equal(((await read.json()) as { data: { amount: number } }).data.amount, 6100);
      } finally {
        second.child.kill('SIGKILL');
      }
    } finally {
      first.child.kill('SIGKILL');
    }
  });
});
