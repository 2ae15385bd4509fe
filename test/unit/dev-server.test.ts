/**
 * `npm run dev` (Vite over demo/, the mock platform in the browser) serves the pages `npm start` serves at the same paths:
 * a hosted-page link opens that page, not the QA console, and its modules and styles load from there.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let origin = '';

before(async () => {
  // A free port of the kernel's choosing: the test never collides with a running `npm run dev` or `npm start`.
  server = await createServer({ configFile: 'demo/vite.config.ts', logLevel: 'silent', server: { port: 0, strictPort: true, hmr: false, ws: false } });
  await server.listen();
  origin = `http://localhost:${(server.httpServer?.address() as AddressInfo).port}`;
});

after(async () => {
  await server?.close();
});

const page = async (path: string) => {
  const answer = await fetch(origin + path, { headers: { Accept: 'text/html' } });
  const html = await answer.text();
  return { status: answer.status, type: answer.headers.get('content-type') ?? '', title: /<title>([^<]*)<\/title>/.exec(html)?.[1], html };
};

const HOSTED = [
  ['/pay/ord_00000000-0000-4000-8000-000000000001', 'Secure payment', '/pay/main.ts'],
  ['/share/ord_00000000-0000-4000-8000-000000000001', 'Sharing space', '/share/main.ts'],
  ['/recovery/trx_00000000-0000-4000-8000-000000000001', 'Settle an unpaid installment', '/recovery/main.ts'],
  ['/balance/ord_00000000-0000-4000-8000-000000000001?locale=fr', 'Your installments', '/recovery/main.ts'],
] as const;

for (const [path, title, script] of HOSTED) {
  test(`${path.split('/')[1]}: the hosted page, with its module and styles at paths that load from there`, async () => {
    const answer = await page(path);
    assert.equal(answer.status, 200);
    assert.equal(answer.title, title);
    assert.match(answer.html, new RegExp(`<script type="module" src="${script}"`));
    // Relative to /pay/{id}, "./pay/main.ts" would be /pay/pay/main.ts: every asset path is from the root.
    assert.doesNotMatch(answer.html, /\s(src|href)="\.\//);
    const module = await fetch(origin + script);
    assert.equal(module.status, 200);
    assert.match(module.headers.get('content-type') ?? '', /javascript/);
    const styles = await fetch(`${origin}/shared/hosted.css`);
    assert.equal(styles.status, 200);
  });
}

test('the console stays at /, and the page modules under /pay/ are still served as modules', async () => {
  assert.equal((await page('/')).title, 'sg-captain QA console');
  const module = await fetch(`${origin}/pay/main.ts`);
  assert.match(module.headers.get('content-type') ?? '', /javascript/);
  assert.match(await module.text(), /bootHostedPage/);
});

test('/wallets is the wallets page; /dashboard says it needs the Node sandbox instead of showing the console', async () => {
  assert.equal((await page('/wallets')).title, 'Wallets · sg-captain QA console');
  for (const path of ['/dashboard', '/dashboard/orders/ord_1']) {
    const answer = await page(path);
    assert.equal(answer.status, 200);
    assert.equal(answer.title, 'Merchant dashboard');
    assert.match(answer.html, /npm start/);
  }
});
