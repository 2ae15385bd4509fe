#!/usr/bin/env node
// Render time of the single UX through the script tag, in headless Chromium against the sandbox server: from the start
// of the merchant page to `onReady` (order loaded, form shown), and to the first paint of the card form. Prints the
// median and the 90th percentile over RUNS fresh page loads; it asserts nothing (a benchmark, not a test).
// Usage: npm run bench:render [-- --runs 30]   (builds nothing: run `npm run build` first)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_A_BROWSER } from './find-browser.mjs';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 20;
const PORT = Number(process.env.BENCH_PORT ?? 4099);
const SANDBOX = `http://localhost:${PORT}`;
const SINGLE_SECRET = 'sk_test_8c1c0ee0-bc39-48b3-b7a3-cb50b78a942f';
const SINGLE_PUBLIC = 'pk_test_af5f9a03-8788-46fd-ac51-e3959bc40705';

if (!existsSync('dist/widget/widget.js')) {
  console.error('dist/widget is missing: run `npm run build` first.');
  process.exit(1);
}
const executablePath = await findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_A_BROWSER);
  process.exit(1);
}

const sandbox = spawn(process.execPath, ['--import', 'tsx', 'mock-server/server.ts'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
for (let waited = 0; ; waited += 100) {
  try {
    if ((await fetch(`${SANDBOX}/v1/sandbox/platforms`)).ok) break;
  } catch {
    if (waited > 15_000) throw new Error('the sandbox server did not start');
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const page = (orderId) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<div id="sharegroop-captain"></div>
<script src="${SANDBOX}/widget.js"></script>
<script>
  ShareGroop.initCaptain({ publicKey: '${SINGLE_PUBLIC}', orderId: '${orderId}', events: { onReady: () => { window.readyAt = performance.now(); } } }).mount();
</script></body></html>`;
const pages = new Map();
const merchant = createServer((request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(pages.get(request.url) ?? ''));
await new Promise((resolve) => merchant.listen(0, '127.0.0.1', resolve));
const merchantOrigin = `http://127.0.0.1:${merchant.address().port}`;

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const ready = [];
const formPainted = [];
try {
  for (let run = 0; run < RUNS + 1; run += 1) {
    const created = await fetch(`${SANDBOX}/v1/orders`, { method: 'POST', headers: { Authorization: SINGLE_SECRET }, body: JSON.stringify({ amount: 4990 }) });
    const { data: order } = await created.json();
    pages.set(`/bench/${run}`, page(order.id));
    // A fresh context per run: nothing cached, as for a buyer's first visit.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${merchantOrigin}/bench/${run}`);
    await tab.getByLabel('Card number').waitFor();
    const painted = await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    const readyAt = await tab.evaluate(() => window.readyAt);
    await context.close();
    if (run === 0) continue; // warms the server and the browser's process
    ready.push(readyAt);
    formPainted.push(painted);
  }
} finally {
  await browser.close();
  merchant.close();
  sandbox.kill();
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const line = (name, values) => `${name.padEnd(34)} median ${percentile(values, 50).toFixed(1).padStart(7)} ms   p90 ${percentile(values, 90).toFixed(1).padStart(7)} ms`;
console.log(`single UX through widget.js, ${RUNS} cold page loads, sandbox on loopback, Chromium headless`);
console.log(line('page start → onReady', ready));
console.log(line('page start → card form painted', formPainted));
