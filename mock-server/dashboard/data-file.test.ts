import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createNodeSandbox } from '../node.ts';
import { dashboardReady } from './handlers.ts';

test('a data file written before the dashboard gets the seeded accounts at start; its sessions survive a restart', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'sg-dashboard-')), 'sandbox.db');
  const first = createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile });
  await dashboardReady(first.runtime);
  await first.close();
  const db = new Database(dataFile);
  db.prepare('DELETE FROM users').run();
  db.close();
  const second = createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile });
  await dashboardReady(second.runtime);
  const signIn = await second.respond(
    new Request('http://sandbox.test/v1/dashboard/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@sandbox.test', password: 'sandbox-org-admin' }) }),
  );
  assert.equal(signIn?.status, 200);
  const cookie = signIn?.headers.get('Set-Cookie')?.split(';')[0] ?? '';
  await second.close();
  const third = createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile });
  const session = await third.respond(new Request('http://sandbox.test/v1/dashboard/session', { headers: { Cookie: cookie } }));
  assert.equal(session?.status, 200, 'the session is in the data file');
  assert.equal(third.runtime.store.snapshot().records.users?.length, 3, 'the accounts were not added twice');
  await third.close();
});
