/**
 * Rules of subscriptions an attack on the API found broken (docs/API.md "Recurring payments"): a schedule PATCH never
 * bills cycles already past, `initiated` until the first invoice is paid, no amount taken from a product in another
 * currency, one card-expiry email per card and subscription.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, SLUG, Subscriptions } from '../../testing/subscriptions.ts';

const cycles = (invoices: any[]) => invoices.map((invoice) => `${invoice.cycleRank} ${day(invoice.dueDate)}`);

test('monthly to daily ten days into a cycle: the next cycle is the first new date after now, no back-dated invoices', async () => {
  const s = new Subscriptions();
  await s.to('2027-01-31T09:00:00Z');
  const customerId = await s.customer('4242424242424242');
  const created = await s.create({ amount: 1000, customerId, debitAuto: true, schedule: { period: 'monthly' } });
  await s.to('2027-04-10T12:00:00Z');
  const patched = await s.sandbox.call('PATCH', `/v1/subscriptions/${created.id}`, s.key, { schedule: { period: 'daily', interval: 1 } });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  // Re-anchored on cycle 3 (March 31, 09:00): daily dates from it, the first after now is April 11.
  assert.equal(day(patched.body.data.nextCycleAt), '2027-04-11');
  assert.ok(patched.body.data.nextCycleAt > Date.parse('2027-04-10T12:00:00Z'));
  await s.to('2027-04-10T12:00:01Z');
  assert.deepEqual(cycles(await s.invoices(created.id)), ['1 2027-01-31', '2 2027-02-28', '3 2027-03-31']);
  await s.to('2027-04-12T12:00:00Z');
  assert.deepEqual(cycles(await s.invoices(created.id)), ['1 2027-01-31', '2 2027-02-28', '3 2027-03-31', '4 2027-04-11', '5 2027-04-12']);
});

test('a change whose next date is still ahead keeps it: monthly from January 31 to every 2 months, made in February', async () => {
  const s = new Subscriptions();
  await s.to('2027-01-31T09:00:00Z');
  const customerId = await s.customer('4242424242424242');
  const created = await s.create({ amount: 1000, customerId, debitAuto: true, schedule: { period: 'monthly' } });
  await s.to('2027-02-10T09:00:00Z');
  const patched = await s.sandbox.call('PATCH', `/v1/subscriptions/${created.id}`, s.key, { schedule: { interval: 2 } });
  assert.equal(day(patched.body.data.nextCycleAt), '2027-03-31');
  await s.to('2027-08-01T09:00:00Z');
  assert.deepEqual(cycles(await s.invoices(created.id)), ['1 2027-01-31', '2 2027-03-31', '3 2027-05-31', '4 2027-07-31']);
});

test('initiated until the first invoice is paid: a later cycle debited first leaves it initiated, paying the first activates once', async () => {
  const s = new Subscriptions();
  await s.to('2027-01-10T09:00:00Z');
  const customerId = await s.customer('4242424242424242');
  // No debitAuto: cycle 1 is a link; cycle 2 debits the customer's default card (docs/API.md "Who pays").
  const created = await s.create({ amount: 1000, customerId, schedule: { period: 'monthly' } });
  await s.to('2027-02-10T10:00:00Z');
  const [first, second] = await s.invoices(created.id);
  assert.deepEqual([first.status, second.status], ['open', 'paid']);
  assert.equal((await s.get(created.id)).status, 'initiated');
  assert.ok(!(await s.webhooks()).includes(`subscription.activated ${created.id}`));
  await s.sandbox.pay(SLUG, first.orderId, { card: '4242424242424242' });
  assert.equal((await s.get(created.id)).status, 'active');
  assert.equal((await s.webhooks()).filter((event) => event === `subscription.activated ${created.id}`).length, 1);
});

test('a later cycle failed then retried while the first is open goes back to initiated, not active', async () => {
  const s = new Subscriptions();
  await s.to('2027-01-10T09:00:00Z');
  const customerId = await s.customer('4000000000000259');
  const created = await s.create({ amount: 1000, customerId, schedule: { period: 'monthly' } });
  await s.to('2027-02-10T10:00:00Z');
  assert.equal((await s.get(created.id)).status, 'unpaid');
  await s.to('2027-02-12T10:00:00Z');
  const [first, second] = await s.invoices(created.id);
  assert.deepEqual([first.status, second.status], ['open', 'paid']);
  assert.equal((await s.get(created.id)).status, 'initiated');
});

test('a product priced in another currency cannot lend its amount to an item: 400, nothing created or changed', async () => {
  const s = new Subscriptions();
  const dollars = (await s.sandbox.call('POST', '/v1/products', s.key, { name: 'US box', amount: 700, currency: 'USD', subscription: { period: 'monthly', interval: 1 } })).body.data;
  const refused = await s.sandbox.call('POST', '/v1/subscriptions', s.key, { amount: 1000, email: 'c@example.com', schedule: { period: 'monthly' }, items: [{ productId: dollars.id }] });
  assert.equal(refused.status, 400, JSON.stringify(refused.body));
  assert.match(refused.body.errors[0], /^items\.0\.productId: .*USD.*EUR/);
  assert.deepEqual(await s.sandbox.listAll('/v1/subscriptions', s.key), []);
  // Same currency, or the item's own amount (priced in the subscription's currency): accepted.
  const own = await s.create({ amount: 1000, email: 'c@example.com', schedule: { period: 'monthly' }, items: [{ productId: dollars.id, amount: 650 }] });
  assert.equal(own.items[0].amount, 650);
  const patched = await s.sandbox.call('PATCH', `/v1/subscriptions/${own.id}`, s.key, { items: [{ productId: dollars.id }] });
  assert.equal(patched.status, 400);
  assert.equal((await s.get(own.id)).items[0].amount, 650);
  const usd = await s.create({ amount: 1000, currency: 'USD', email: 'c@example.com', schedule: { period: 'monthly' }, items: [{ productId: dollars.id }] });
  assert.equal(usd.items[0].amount, 700);
});

test('card-expiry email once per card and subscription, even when an expiring card becomes the default again', async () => {
  const s = new Subscriptions();
  const publicKey = s.sandbox.platform(SLUG).publicKey;
  const saveCard = async (subscriptionId: string, number: string, expiryMonth: string) => {
    const answer = await s.sandbox.call('POST', `/v1/subscriptions/${subscriptionId}/card`, publicKey, { card: { number, expiryMonth, expiryYear: '2027', cvc: '123' } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  };
  await s.to('2027-01-15T09:00:00Z');
  const customerId = await s.customer('4242424242424242', 'exp@example.com');
  const created = await s.create({ amount: 1000, customerId, debitAuto: true, schedule: { period: 'monthly' } });
  await saveCard(created.id, '5555555555554444', '3'); // A: usable to March 31
  await s.to('2027-03-15T10:00:00Z'); // cycle 3 opens, the next (April 15) falls after A's expiry: email for A
  assert.equal((await s.outbox('cardExpiring')).length, 1);
  const cardA = (await s.sandbox.call('GET', `/v1/customers/${customerId}`, s.key)).body.data.methods.find((method: any) => method.default);
  await saveCard(created.id, '4000000000000077', '4'); // B: usable to April 30
  await s.to('2027-04-15T10:00:00Z'); // cycle 4, the next (May 15) after B's expiry: email for B
  assert.equal((await s.outbox('cardExpiring')).length, 2);
  const back = await s.sandbox.call('PATCH', `/v1/customers/${customerId}`, s.key, { defaultMethodId: cardA.id });
  assert.equal(back.status, 200);
  await s.to('2027-05-15T10:00:00Z'); // A again: already told about it
  assert.equal((await s.outbox('cardExpiring')).length, 2);
});

test('a first invoice whose order the merchant canceled does not hold the subscription in initiated', async () => {
  const s = new Subscriptions();
  await s.to('2027-01-10T09:00:00Z');
  const customerId = await s.customer('4242424242424242');
  const created = await s.create({ amount: 1000, customerId, schedule: { period: 'monthly' } });
  const [first] = await s.invoices(created.id);
  const canceled = await s.sandbox.call('POST', `/v1/orders/${first.orderId}/cancel`, s.key, {});
  assert.equal(canceled.status, 200, JSON.stringify(canceled.body));
  await s.to('2027-02-10T10:00:00Z');
  assert.equal((await s.invoices(created.id))[1].status, 'paid');
  assert.equal((await s.get(created.id)).status, 'active');
});

test("a merchant's retry of a subscription creation with the same Idempotency-Key gets the first answer: one subscription, one debit", async () => {
  const s = new Subscriptions();
  await s.to('2027-01-31T09:00:00Z');
  const customerId = await s.customer('4242424242424242');
  const body = { amount: 1000, customerId, debitAuto: true, schedule: { period: 'monthly' } };
  const first = await s.sandbox.call('POST', '/v1/subscriptions', s.key, body, { 'Idempotency-Key': 'sub-retry-1' });
  const retry = await s.sandbox.call('POST', '/v1/subscriptions', s.key, body, { 'Idempotency-Key': 'sub-retry-1' });
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.deepEqual([retry.status, retry.body.data.id], [201, first.body.data.id]);
  const listed = await s.sandbox.call('GET', '/v1/subscriptions', s.key);
  assert.equal(listed.body.data.filter((subscription: any) => subscription.customerId === customerId).length, 1);
  assert.equal((await s.invoices(first.body.data.id)).length, 1);
  const other = await s.sandbox.call('POST', '/v1/subscriptions', s.key, { ...body, amount: 2000 }, { 'Idempotency-Key': 'sub-retry-1' });
  assert.deepEqual([other.status, other.body.code], [409, 'idempotency_key_reused']);
});
