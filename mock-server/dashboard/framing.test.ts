/**
 * The dashboard's page refuses to be framed by another page (clickjacking: a merchant page on the same site, say
 * http://localhost:3000, gets the SameSite=Strict cookie in a frame, and could lay a decoy over "Withdraw" or "Refund").
 * OWASP Clickjacking Defense: `Content-Security-Policy: frame-ancestors 'none'`, and `X-Frame-Options: DENY` for older
 * browsers. The hosted payment pages stay frameable (merchants may embed them).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSandboxServer, type SandboxServer } from '../server.ts';

let started: SandboxServer;
before(async () => {
  started = await startSandboxServer({ port: 0 });
});
after(async () => {
  await started.close();
});

// The pages are the built demo (npm test builds before its unit suites).
test('the dashboard page is never framed; hosted payment pages may be', async () => {
  for (const path of ['/dashboard', '/dashboard/sign-in', '/dashboard/platforms/pl_x/orders', '/dashboard.html']) {
    const answer = await fetch(`${started.url}${path}`);
    assert.equal(answer.status, 200, path);
    assert.match(await answer.text(), /<sg-dashboard/, path);
    assert.equal(answer.headers.get('content-security-policy'), "frame-ancestors 'none'", path);
    assert.equal(answer.headers.get('x-frame-options'), 'DENY', path);
  }
  const pay = await fetch(`${started.url}/pay/ord_00000000-0000-4000-8000-000000000000`);
  assert.equal(pay.status, 200);
  assert.equal(pay.headers.get('x-frame-options'), null);
});
