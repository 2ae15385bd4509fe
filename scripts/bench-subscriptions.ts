/**
 * What moving the sandbox clock costs with many subscriptions stored: subscription cycles are due work kept in a heap
 * by due instant (domain/scheduler.ts), so a move should cost the cycles that fall due, not the subscriptions stored.
 * Stores N monthly subscriptions (their first cycle opened) and 100 daily ones debited on a saved card, then times
 * `POST /v1/sandbox/clock` over one hour (nothing due) and over one day (the 100 daily cycles: an invoice, an order and a
 * captured debit each), for each N.
 *
 *   node --import tsx scripts/bench-subscriptions.ts [--sizes 1000,10000]
 */
import { domainContext } from '../mock-server/domain/context.ts';
import { createCustomer, saveCard } from '../mock-server/domain/recurring/customers.ts';
import { createSubscription } from '../mock-server/domain/recurring/subscriptions.ts';
import { createNodeSandbox, type NodeSandbox } from '../mock-server/node.ts';
import { seededPlatform } from '../mock-server/seed.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--sizes');
const SIZES = (at >= 0 ? (args[at + 1] ?? '') : '1000,10000').split(',').map(Number);
const DAILY = 100;
const HOUR = 3_600_000;
const ORIGIN = 'http://bench.test';
const platform = seededPlatform('subscription');

async function fill(sandbox: NodeSandbox, monthly: number): Promise<void> {
  const customerId = await sandbox.runtime.store.transact((tx) => {
    const ctx = domainContext(tx, ORIGIN);
    const customer = createCustomer(ctx, platform, { email: 'bench@example.com' });
    saveCard(ctx, customer, { bin: '424242', last4: '4242', expiryMonth: '12', expiryYear: '2099', paymentMethod: 'Visa' }, 'ok');
    return customer.id;
  });
  const make = async (count: number, period: 'monthly' | 'daily') => {
    for (let done = 0; done < count; done += 500) {
      await sandbox.runtime.store.transact((tx) => {
        const ctx = domainContext(tx, ORIGIN);
        for (let index = done; index < Math.min(count, done + 500); index += 1) {
          createSubscription(ctx, platform, { amount: 990, customerId, debitAuto: true, schedule: { period, interval: 1 } });
        }
      });
    }
  };
  await make(monthly, 'monthly');
  await make(DAILY, 'daily');
}

async function move(sandbox: NodeSandbox, advanceBy: number): Promise<number> {
  const request = new Request(`${ORIGIN}/v1/sandbox/clock`, { method: 'POST', headers: { Authorization: platform.secretKey, 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceBy }) });
  const started = performance.now();
  const answer = await sandbox.respond(request);
  if (answer?.status !== 200) throw new Error(`the clock answered ${answer?.status}`);
  return performance.now() - started;
}

console.log(`clock moves with N monthly subscriptions stored and ${DAILY} daily ones (in memory, in-process handlers)`);
console.log('N stored | fill (s) | move 1 h, nothing due (ms) | move 1 day, 100 cycles due (ms) | per cycle (ms)');
for (const size of SIZES) {
  // Webhooks are recorded, not sent: the figures are the store's and the domain's.
  const sandbox = createNodeSandbox({ publicUrl: ORIGIN, send: async () => ({ status: 200 }) });
  const filled = performance.now();
  await fill(sandbox, size);
  const fillSeconds = (performance.now() - filled) / 1000;
  await move(sandbox, 1); // warm-up
  const idle = await move(sandbox, HOUR);
  const busy = await move(sandbox, 24 * HOUR);
  console.log(`${String(size + DAILY).padStart(8)} | ${fillSeconds.toFixed(1).padStart(8)} | ${idle.toFixed(1).padStart(26)} | ${busy.toFixed(1).padStart(32)} | ${(busy / DAILY).toFixed(2).padStart(14)}`);
  sandbox.close();
}
