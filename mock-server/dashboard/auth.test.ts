import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededPlatforms } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { seededAccounts, seededUsers } from './accounts.ts';
import { MAX_ACCOUNT_ATTEMPTS, MAX_ATTEMPTS, SESSION_TTL_MS, THROTTLE_WINDOW_MS } from './auth.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { DashboardBrowser } from './testing.ts';

const ADMIN = 'admin@sandbox.test';
const SINGLE = 'single@sandbox.test';

test('passwords: scrypt hashes verify the password and nothing else; every seeded hash is its listed password', async () => {
  const hash = await hashPassword('correct horse');
  assert.match(hash, /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  assert.notEqual(hash, await hashPassword('correct horse'), 'a random salt per hash');
  assert.equal(await verifyPassword('correct horse', hash), true);
  assert.equal(await verifyPassword('correct horsE', hash), false);
  assert.equal(await verifyPassword('correct horse', null), false);
  assert.equal(await verifyPassword('correct horse', 'scrypt$x$8$1$aa$bb'), false);
  const users = seededUsers();
  for (const account of seededAccounts()) {
    const user = users.find((candidate) => candidate.email === account.email);
    assert.ok(user, account.email);
    assert.ok(!user.passwordHash.includes(account.password));
    assert.equal(await verifyPassword(account.password, user.passwordHash), true, `${account.email}'s seeded hash`);
  }
});

test('GET /v1/sandbox/platforms lists the dashboard accounts with their scope', async () => {
  const sandbox = new TestSandbox();
  const { body } = await sandbox.call('GET', '/v1/sandbox/platforms', null);
  const users = body.data.users as { email: string; password: string; role: string; organizationId: string; platformIds: string[] }[];
  const admin = users.find((user) => user.role === 'organizationAdmin');
  assert.ok(admin);
  assert.deepEqual(admin.platformIds, body.data.platforms.map((platform: { id: string }) => platform.id));
  const platformAdmins = users.filter((user) => user.role === 'platformAdmin');
  assert.ok(platformAdmins.length >= 2);
  for (const user of platformAdmins) assert.equal(user.platformIds.length, 1);
  assert.deepEqual(Object.keys(admin).sort(), ['email', 'organizationId', 'password', 'platformIds', 'role']);
});

test('sign-in sets an HttpOnly SameSite=Strict cookie; the session names the account and its platforms', async () => {
  const sandbox = new TestSandbox();
  const browser = new DashboardBrowser(sandbox);
  const wrong = await browser.signIn(ADMIN, 'nope');
  assert.equal(wrong.status, 401);
  assert.deepEqual(wrong.body.errors, ['Email or password is incorrect']);
  assert.equal(wrong.headers.get('Set-Cookie'), null);
  const unknown = await browser.signIn('nobody@sandbox.test', 'whatever');
  assert.deepEqual(unknown.body, wrong.body, 'an unknown email reads like a wrong password');
  const answer = await browser.signIn(ADMIN.toUpperCase(), seededAccounts()[0]?.password);
  assert.equal(answer.status, 200);
  assert.match(answer.headers.get('Set-Cookie') ?? '', /^sg_dashboard_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
  assert.equal(answer.headers.get('Cache-Control'), 'no-store');
  const session = await browser.request('GET', '/v1/dashboard/session');
  assert.equal(session.status, 200);
  assert.equal(session.body.data.user.role, 'organizationAdmin');
  // Every seeded platform: they all belong to the one sandbox organization.
  assert.equal(session.body.data.platforms.length, seededPlatforms().length);
  const single = new DashboardBrowser(sandbox);
  await single.signIn(SINGLE);
  const scoped = await single.request('GET', '/v1/dashboard/session');
  assert.deepEqual(scoped.body.data.platforms.map((platform: { slug: string }) => platform.slug), ['single']);
  // The store keeps a hash of the token, never the token.
  const token = browser.cookie?.split('=')[1] ?? '';
  assert.ok(!JSON.stringify(sandbox.sandbox.runtime.store.snapshot().records.sessions).includes(token));
});

test('wrong credentials are rate-limited per email and address on the sandbox clock', async () => {
  const sandbox = new TestSandbox();
  const browser = new DashboardBrowser(sandbox, '198.51.100.1');
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) assert.equal((await browser.signIn(SINGLE, `guess-${attempt}`)).status, 401);
  const limited = await browser.signIn(SINGLE);
  assert.equal(limited.status, 429, 'even the right password waits');
  assert.equal(limited.body.code, 'too_many_attempts');
  assert.ok(Number(limited.headers.get('Retry-After')) > 0);
  assert.equal(limited.headers.get('Set-Cookie'), null);
  // Another address, another account: not limited.
  assert.equal((await new DashboardBrowser(sandbox, '198.51.100.2').signIn(SINGLE)).status, 200);
  assert.equal((await browser.signIn(ADMIN)).status, 200);
  await sandbox.advance(THROTTLE_WINDOW_MS);
  assert.equal((await browser.signIn(SINGLE)).status, 200, 'the window has passed');
});

test('guesses at one account from many addresses are limited too: MAX_ACCOUNT_ATTEMPTS per email whatever the address', async () => {
  const sandbox = new TestSandbox();
  for (let attempt = 0; attempt < MAX_ACCOUNT_ATTEMPTS; attempt += 1) {
    // One guess per address: the per-address limit never trips.
    assert.equal((await new DashboardBrowser(sandbox, `203.0.113.${attempt + 1}`).signIn(SINGLE, `guess-${attempt}`)).status, 401);
  }
  const limited = await new DashboardBrowser(sandbox, '198.51.100.9').signIn(SINGLE);
  assert.equal(limited.status, 429, 'the account waits, from a new address and with the right password');
  assert.equal(limited.body.code, 'too_many_attempts');
  assert.ok(Number(limited.headers.get('Retry-After')) > 0);
  assert.equal((await new DashboardBrowser(sandbox, '198.51.100.9').signIn(ADMIN)).status, 200, 'another account is not limited');
  await sandbox.advance(THROTTLE_WINDOW_MS);
  assert.equal((await new DashboardBrowser(sandbox, '198.51.100.9').signIn(SINGLE)).status, 200, 'the window has passed');
});

test('state-changing requests need the CSRF token; sign-out ends the session; sessions expire on the sandbox clock', async () => {
  const sandbox = new TestSandbox();
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn(ADMIN);
  const token = browser.csrfToken;
  browser.csrfToken = null;
  const refused = await browser.request('DELETE', '/v1/dashboard/session');
  assert.equal(refused.status, 403);
  assert.equal(refused.body.code, 'csrf');
  const forged = await browser.request('DELETE', '/v1/dashboard/session', undefined, { 'X-CSRF-Token': 'x'.repeat(32) });
  assert.equal(forged.status, 403);
  assert.equal((await browser.request('GET', '/v1/dashboard/session')).status, 200, 'a refused request changes nothing');
  browser.csrfToken = token;
  const out = await browser.request('DELETE', '/v1/dashboard/session');
  assert.equal(out.status, 200);
  assert.match(out.headers.get('Set-Cookie') ?? '', /^sg_dashboard_session=; .*Max-Age=0/);
  assert.equal((await browser.request('GET', '/v1/dashboard/session')).body.code, 'session_expired');

  const later = new DashboardBrowser(sandbox);
  await later.signIn(SINGLE);
  await sandbox.advance(SESSION_TTL_MS - 1000);
  assert.equal((await later.request('GET', '/v1/dashboard/session')).status, 200);
  await sandbox.advance(1000);
  const expired = await later.request('GET', '/v1/dashboard/session');
  assert.equal(expired.status, 401);
  assert.equal(expired.body.code, 'session_expired');
  assert.equal(sandbox.sandbox.runtime.store.snapshot().records.sessions?.length, 0, 'expired sessions are deleted by due work');
});

test('a sign-in posted from another origin is refused; a malformed one is a 400', async () => {
  const sandbox = new TestSandbox();
  const browser = new DashboardBrowser(sandbox);
  const foreign = await browser.request('POST', '/v1/dashboard/session', { email: ADMIN, password: seededAccounts()[0]?.password }, { Origin: 'https://evil.example' });
  assert.equal(foreign.status, 403);
  const same = await browser.request('POST', '/v1/dashboard/session', { email: ADMIN, password: seededAccounts()[0]?.password }, { Origin: 'http://sandbox.test' });
  assert.equal(same.status, 200);
  for (const body of [undefined, [], { email: ADMIN }, { email: 3, password: 'x' }]) {
    const answer = await browser.request('POST', '/v1/dashboard/session', body);
    assert.equal(answer.status, 400, JSON.stringify(body));
    assert.ok(answer.body.errors.length > 0);
  }
});
