/**
 * Subscriptions over the API on the sandbox clock (seed "Subscriptions" and "Subscription recovery"; research §6.6):
 * creation, the first invoice by link or debit, cycles with exact dates, one invoice per cycle, start and end, amounts
 * and product copies, bad input.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, DAY, day, SLUG, Subscriptions } from '../../testing/subscriptions.ts';

describe('creation and the first invoice', () => {
  test('without debitAuto: initiated, one open invoice, its link emailed and kept; paying it activates and saves the card', async () => {
    const s = new Subscriptions();
    const created = await s.create({ amount: 10000, email: 's@example.com', phone: '+33 6 12 34 56 78', schedule: { period: 'monthly', interval: 1 } });
    assert.match(created.id, /^sub_[0-9a-f-]{36}$/);
    assert.equal(created.status, 'initiated');
    assert.equal(created.cycleRank, 1);
    const [invoice] = await s.invoices(created.id);
    assert.match(invoice.id, /^inv_/);
    assert.deepEqual([invoice.status, invoice.amount, invoice.cycleRank], ['open', 10000, 1]);
    assert.equal(created.lastInvoicePaymentLink, `http://sandbox.test/pay/${invoice.orderId}`);
    const [email, sms] = await s.outbox('invoicePaymentLink');
    assert.deepEqual([email.channel, email.to, sms.channel, sms.to], ['email', 's@example.com', 'sms', '+33 6 12 34 56 78']);
    assert.deepEqual(email.links, [created.lastInvoicePaymentLink]);
    assert.deepEqual(sms.links, [created.lastInvoicePaymentLink]);

    await s.sandbox.pay(SLUG, invoice.orderId, { card: '4242424242424242' });
    const paid = await s.get(created.id);
    assert.equal(paid.status, 'active');
    assert.match(paid.customerId, /^cst_/);
    const order = await s.sandbox.order(SLUG, invoice.orderId);
    assert.deepEqual([order.status, order.invoiceId, order.subscriptionId], ['completed', invoice.id, created.id]);
    assert.equal((await s.invoices(created.id))[0].status, 'paid');
    const events = await s.webhooks();
    assert.ok(events.includes(`invoice.paid ${invoice.id}`) && events.includes(`subscription.activated ${created.id}`), events.join('\n'));
  });

  test('with customerId + debitAuto: paid at creation, active at once, no email', async () => {
    const s = new Subscriptions();
    const customerId = await s.customer('4242424242424242');
    const created = await s.create({ amount: 2500, customerId, debitAuto: true, schedule: { period: 'monthly' } });
    assert.equal(created.status, 'active');
    assert.equal(created.email, 'sub@example.com', 'copied from the customer');
    const [invoice] = await s.invoices(created.id);
    assert.equal(invoice.status, 'paid');
    assert.deepEqual(await s.outbox('invoicePaymentLink'), []);
    const [transaction] = await s.sandbox.transactions(SLUG, invoice.orderId);
    assert.equal(transaction.status, 'captured');
  });
});

describe('cycles on the sandbox clock', () => {
  test('monthly from January 31: one invoice per cycle at month ends, cycleRank counting; advancing twice over the same instant makes no second', async () => {
    const s = new Subscriptions();
    await s.to('2027-01-31T09:00:00Z');
    const customerId = await s.customer('4242424242424242');
    const created = await s.create({ amount: 1000, customerId, debitAuto: true, schedule: { period: 'monthly' } });
    await s.to('2027-02-28T09:00:00Z');
    await s.sandbox.advance(0);
    await s.sandbox.advance(0);
    await s.to('2027-05-31T09:00:00Z');
    await s.sandbox.advance(DAY);
    const invoices = await s.invoices(created.id);
    assert.deepEqual(invoices.map((invoice) => [invoice.cycleRank, day(invoice.dueDate), invoice.status]), [
      [1, '2027-01-31', 'paid'], [2, '2027-02-28', 'paid'], [3, '2027-03-31', 'paid'], [4, '2027-04-30', 'paid'], [5, '2027-05-31', 'paid'],
    ]);
    const after = await s.get(created.id);
    assert.equal(after.cycleRank, 5);
    assert.equal(day(after.nextCycleAt), '2027-06-30');
    // One order and one captured transaction per invoice.
    for (const invoice of invoices) assert.equal((await s.sandbox.transactions(SLUG, invoice.orderId)).length, 1);
  });

  test('yearly from February 29 and daily interval 2, one big clock jump', async () => {
    const s = new Subscriptions();
    await s.to('2028-02-29T09:00:00Z');
    const customerId = await s.customer('4242424242424242');
    const yearly = await s.create({ amount: 1000, customerId, debitAuto: true, schedule: { period: 'yearly' } });
    const daily = await s.create({ amount: 300, customerId, debitAuto: true, schedule: { period: 'daily', interval: 2 } });
    await s.sandbox.advance(8 * DAY);
    assert.deepEqual((await s.invoices(daily.id)).map((invoice) => day(invoice.dueDate)), ['2028-02-29', '2028-03-02', '2028-03-04', '2028-03-06', '2028-03-08']);
    await s.to('2032-03-01T00:00:00Z');
    assert.deepEqual((await s.invoices(yearly.id)).map((invoice) => day(invoice.dueDate)), ['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29']);
  });

  test('startAt in the future: initiated, no invoice nor email until then; endAt: three cycles, then ended with its webhook', async () => {
    const s = new Subscriptions();
    await s.to('2027-01-01T09:00:00Z');
    const created = await s.create({ amount: 1000, email: 'late@example.com', schedule: { startAt: at('2027-01-11T09:00:00Z'), endAt: at('2027-03-12T09:00:00Z'), period: 'monthly' } });
    assert.deepEqual([created.status, created.cycleRank], ['initiated', 0]);
    await s.sandbox.advance(9 * DAY);
    assert.deepEqual(await s.invoices(created.id), []);
    assert.deepEqual(await s.outbox('invoicePaymentLink'), []);
    await s.sandbox.advance(DAY);
    const [first] = await s.invoices(created.id);
    assert.equal(day(first.dueDate), '2027-01-11');
    await s.sandbox.pay(SLUG, first.orderId, { card: '4242424242424242' });
    await s.to('2027-09-01T00:00:00Z');
    const invoices = await s.invoices(created.id);
    assert.deepEqual(invoices.map((invoice) => day(invoice.dueDate)), ['2027-01-11', '2027-02-11', '2027-03-11']);
    const ended = await s.get(created.id);
    assert.equal(ended.status, 'ended');
    assert.equal(ended.endedAt, at('2027-03-12T09:00:00Z'));
    assert.ok((await s.webhooks()).includes(`subscription.ended ${created.id}`));
  });

  test('later cycles cost the items marked subscription; product data is copied at creation', async () => {
    const s = new Subscriptions();
    const product = (await s.sandbox.call('POST', '/v1/products', s.key, { name: 'Gold', amount: 1500, subscription: { period: 'monthly', interval: 1 } })).body.data;
    assert.match(product.id, /^prd_/);
    const customerId = await s.customer('4242424242424242');
    const created = await s.create({ amount: 3500, customerId, debitAuto: true, items: [{ name: 'Setup fee', amount: 2000 }, { productId: product.id }], schedule: { period: 'monthly' } });
    assert.deepEqual(created.items[1], { ...created.items[1], name: 'Gold', amount: 1500, productId: product.id, subscription: { period: 'monthly', interval: 1 } });
    assert.equal((await s.sandbox.call('PATCH', `/v1/products/${product.id}`, s.key, { amount: 1900 })).body.data.amount, 1900);
    await s.sandbox.advance(62 * DAY);
    assert.deepEqual((await s.invoices(created.id)).map((invoice) => invoice.amount), [3500, 1500, 1500]);
  });
});

describe('management', () => {
  test('PATCH pricing and schedule; cancel stops cycles and cancels the open invoice', async () => {
    const s = new Subscriptions();
    await s.to('2027-01-31T09:00:00Z');
    const created = await s.create({ amount: 1000, email: 'm@example.com', schedule: { period: 'monthly' } });
    const patched = await s.sandbox.call('PATCH', `/v1/subscriptions/${created.id}`, s.key, { amount: 1200, schedule: { period: 'yearly' } });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.equal(day(patched.body.data.nextCycleAt), '2028-01-31');
    const canceled = await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/cancel`, s.key);
    assert.equal(canceled.body.data.status, 'canceled');
    const [invoice] = await s.invoices(created.id);
    assert.equal(invoice.status, 'canceled');
    assert.equal((await s.sandbox.order(SLUG, invoice.orderId)).status, 'canceled');
    await s.to('2029-01-01T00:00:00Z');
    assert.equal((await s.invoices(created.id)).length, 1);
    assert.equal((await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/cancel`, s.key)).status, 409);
    assert.equal((await s.sandbox.call('PATCH', `/v1/subscriptions/${created.id}`, s.key, { amount: 5 })).status, 409);
  });

  test('the default method of a running subscription cannot go (409), nor its customer; PATCH items changes later cycles', async () => {
    const s = new Subscriptions();
    const customerId = await s.customer('4242424242424242');
    const created = await s.create({ amount: 1000, customerId, debitAuto: true, schedule: { period: 'monthly' } });
    const customer = (await s.sandbox.call('GET', `/v1/customers/${customerId}`, s.key)).body.data;
    const removal = await s.sandbox.call('DELETE', `/v1/customers/${customerId}/methods/${customer.methods[0].id}`, s.key);
    assert.deepEqual([removal.status, removal.body.code], [409, 'method_in_use']);
    assert.match(removal.body.errors[0], new RegExp(created.id));
    assert.equal((await s.sandbox.call('DELETE', `/v1/customers/${customerId}`, s.key)).status, 409);
    assert.equal((await s.sandbox.call('GET', `/v1/customers/${customerId}`, s.key)).body.data.methods.length, 1, 'nothing removed');
    const patched = await s.sandbox.call('PATCH', `/v1/subscriptions/${created.id}`, s.key, { items: [{ name: 'Plan', amount: 800, subscription: { period: 'monthly' } }] });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    await s.sandbox.advance(32 * DAY);
    assert.deepEqual((await s.invoices(created.id)).map((invoice) => invoice.amount), [1000, 800]);
    await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/cancel`, s.key);
    assert.equal((await s.sandbox.call('DELETE', `/v1/customers/${customerId}/methods/${customer.methods[0].id}`, s.key)).status, 200, 'free once canceled');
  });

  test('bad input: 400 or 404 with readable errors, and nothing created', async () => {
    const s = new Subscriptions();
    const now = await s.sandbox.now();
    const empty = (await s.sandbox.call('POST', '/v1/customers', s.key, {})).body.data.id;
    const refused: [Record<string, unknown>, number, RegExp][] = [
      [{ amount: 1000, schedule: { startAt: now + DAY, endAt: now, period: 'monthly' } }, 400, /^schedule\.endAt: must be after/],
      [{ amount: 1000, schedule: { period: 'weekly' } }, 400, /period must be daily, monthly or yearly/],
      [{ amount: 1000, schedule: { period: 'monthly', interval: 0 } }, 400, /interval must be a positive integer/],
      [{ amount: 1000, schedule: { period: 'monthly', interval: -2 } }, 400, /interval must be a positive integer/],
      [{ amount: 1000 }, 400, /^schedule/],
      [{ schedule: { period: 'monthly' } }, 400, /^amount: give the subscription amount/],
      [{ amount: 1000, customerId: 'cst_00000000-0000-4000-8000-000000000000', schedule: { period: 'monthly' } }, 404, /^Customer not found$/],
      [{ amount: 1000, items: [{ productId: 'prd_00000000-0000-4000-8000-000000000000' }], schedule: { period: 'monthly' } }, 404, /^Product not found$/],
      [{ amount: 1000, debitAuto: true, customerId: empty, schedule: { period: 'monthly' } }, 400, /^debitAuto: this customer has no saved method/],
      [{ amount: 1000, debitAuto: true, schedule: { period: 'monthly' } }, 400, /^debitAuto: give the customerId/],
    ];
    for (const [body, status, message] of refused) {
      const answer = await s.sandbox.call('POST', '/v1/subscriptions', s.key, body);
      assert.equal(answer.status, status, JSON.stringify(body));
      assert.match(answer.body.errors[0], message, JSON.stringify(answer.body));
    }
    assert.deepEqual((await s.sandbox.call('GET', '/v1/subscriptions', s.key)).body.data, []);
    assert.deepEqual((await s.sandbox.call('GET', '/v1/invoices', s.key)).body.data, []);
    const split = await s.sandbox.call('POST', '/v1/subscriptions', s.sandbox.platform('split-standard').secretKey, { amount: 1000, schedule: { period: 'monthly' } });
    assert.equal(split.status, 409);
  });
});
