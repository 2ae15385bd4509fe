/**
 * Subscription recovery (seed "Subscription recovery"; the seeded policy: a retry every day, 7 times) and card-expiry
 * prevention, on the sandbox clock.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DAY, day, SLUG, Subscriptions } from '../../testing/subscriptions.ts';

/**
 * A subscription whose first invoice was paid through its link with `card`: cycle 2 is the first automatic debit. The
 * clock runs in real time between calls, so one made at 09:00 is anchored a few ms later: the tests move the clock to
 * 10:00 of a cycle's day to reach it.
 */
async function paidByLink(s: Subscriptions, card: string): Promise<{ id: string; customerId: string }> {
  const created = await s.create({ amount: 2000, email: 'r@example.com', notifyUrl: 'http://merchant.test/hooks', schedule: { period: 'monthly' } });
  const [invoice] = await s.invoices(created.id);
  await s.sandbox.pay(SLUG, invoice.orderId, { card });
  const active = await s.get(created.id);
  assert.equal(active.status, 'active');
  return { id: created.id, customerId: active.customerId };
}

const count = (events: string[], name: string) => events.filter((event) => event === name).length;

describe('recovery per the platform policy', () => {
  test('every later debit fails: 8 attempts, 8 invoice.unpaid and 8 subscription.unpaid, one recoveryFailed, one recovery email; paying its link with another card recovers and that card becomes the default', async () => {
    const s = new Subscriptions();
    await s.to('2027-01-10T09:00:00Z');
    const subscription = await paidByLink(s, '4000000000000341');
    await s.to('2027-02-10T10:00:00Z');
    let [, second] = await s.invoices(subscription.id);
    assert.deepEqual([second.status, second.attempts, day(second.nextAttemptAt)], ['unpaid', 1, '2027-02-11']);
    assert.equal((await s.get(subscription.id)).status, 'unpaid');
    await s.sandbox.advance(7 * DAY);
    [, second] = await s.invoices(subscription.id);
    assert.deepEqual([second.status, second.attempts, second.nextAttemptAt], ['unpaid', 8, null]);
    assert.equal((await s.sandbox.transactions(SLUG, second.orderId)).length, 8, 'one transaction per attempt');
    const events = await s.webhooks();
    assert.equal(count(events, `invoice.unpaid ${second.id}`), 8);
    assert.equal(count(events, `subscription.unpaid ${subscription.id}`), 8);
    assert.equal(count(events, `invoice.recoveryFailed ${second.id}`), 1);
    assert.equal(events.at(-1), `invoice.recoveryFailed ${second.id}`, 'after the last attempt');
    const deliveries = await s.sandbox.listAll<any>(`/v1/sandbox/webhooks?orderId=${second.orderId}`, s.key);
    const failed = deliveries.find((delivery) => delivery.event === 'invoice.recoveryFailed');
    assert.deepEqual(Object.keys(JSON.parse(failed.body)), ['event', 'id', 'date']);
    assert.equal(failed.url, 'http://merchant.test/hooks');

    const emails = await s.outbox('invoiceRecovery');
    assert.equal(emails.length, 1);
    assert.deepEqual(emails[0].links, [`http://sandbox.test/pay/${second.orderId}`]);
    await s.sandbox.pay(SLUG, second.orderId, { card: '5555555555554444' });
    [, second] = await s.invoices(subscription.id);
    assert.equal(second.status, 'paid');
    assert.equal((await s.get(subscription.id)).status, 'active');
    const customer = (await s.sandbox.call('GET', `/v1/customers/${subscription.customerId}`, s.key)).body.data;
    assert.deepEqual(customer.methods.map((method: any) => [method.card.last4, method.default]), [['0341', false], ['4444', true]]);
    // The next cycle debits the new default.
    await s.to('2027-03-10T10:00:00Z');
    const third = (await s.invoices(subscription.id))[2];
    assert.equal(third.status, 'paid');
    assert.equal((await s.sandbox.transactions(SLUG, third.orderId))[0].card.last4, '4444');
  });

  test('a debit refused once and accepted on its first retry: one unpaid round, then paid and active again; no more retries', async () => {
    const s = new Subscriptions();
    await s.to('2027-01-10T09:00:00Z');
    const subscription = await paidByLink(s, '4000000000000259');
    await s.to('2027-02-10T10:00:00Z');
    await s.sandbox.advance(10 * DAY);
    const [, second] = await s.invoices(subscription.id);
    assert.deepEqual([second.status, second.attempts, day(second.paidAt)], ['paid', 1, '2027-02-11']);
    assert.equal((await s.sandbox.transactions(SLUG, second.orderId)).length, 2);
    const events = await s.webhooks();
    assert.equal(count(events, `invoice.unpaid ${second.id}`), 1);
    assert.equal(count(events, `invoice.recoveryFailed ${second.id}`), 0);
    assert.ok(events.indexOf(`invoice.paid ${second.id}`) > events.indexOf(`invoice.unpaid ${second.id}`));
    assert.equal((await s.get(subscription.id)).status, 'active');
  });

  test("the merchant cancels an unpaid invoice's order: the invoice is canceled at once, its retries stop, the subscription is active again", async () => {
    const s = new Subscriptions();
    await s.to('2027-01-10T09:00:00Z');
    const subscription = await paidByLink(s, '4000000000000341');
    await s.to('2027-02-10T10:00:00Z');
    let [, second] = await s.invoices(subscription.id);
    assert.equal((await s.get(subscription.id)).status, 'unpaid');
    assert.equal((await s.sandbox.call('POST', `/v1/orders/${second.orderId}/cancel`, s.key)).status, 200);
    [, second] = await s.invoices(subscription.id);
    assert.deepEqual([second.status, second.attempts, second.nextAttemptAt], ['canceled', 1, null]);
    assert.equal((await s.get(subscription.id)).status, 'active', 'nothing is left unpaid');
    await s.sandbox.advance(3 * DAY);
    [, second] = await s.invoices(subscription.id);
    assert.deepEqual([second.status, second.attempts], ['canceled', 1], 'no retry after the cancel');
    assert.equal((await s.sandbox.transactions(SLUG, second.orderId)).length, 1);
  });

  test("the merchant cancels the order of an invoice whose link was sent: the invoice is canceled, the paid one stays paid", async () => {
    const s = new Subscriptions();
    await s.to('2027-01-10T09:00:00Z');
    const created = await s.create({ amount: 2000, email: 'l@example.com', schedule: { period: 'monthly' } });
    const [first] = await s.invoices(created.id);
    assert.equal(first.status, 'open');
    assert.equal((await s.sandbox.call('POST', `/v1/orders/${first.orderId}/cancel`, s.key)).status, 200);
    const [canceled] = await s.invoices(created.id);
    assert.equal(canceled.status, 'canceled');
    assert.equal((await s.get(created.id)).status, 'initiated', 'no cycle was ever paid');
    const paid = await paidByLink(s, '4242424242424242');
    assert.equal((await s.sandbox.call('POST', `/v1/orders/${(await s.invoices(paid.id))[0].orderId}/cancel`, s.key)).status, 409, 'a captured order is refunded, not canceled');
    assert.equal((await s.invoices(paid.id))[0].status, 'paid');
  });

  test('canceling an unpaid subscription stops its retries', async () => {
    const s = new Subscriptions();
    await s.to('2027-01-10T09:00:00Z');
    const subscription = await paidByLink(s, '4000000000000341');
    await s.to('2027-02-10T10:00:00Z');
    await s.sandbox.call('POST', `/v1/subscriptions/${subscription.id}/cancel`, s.key);
    await s.sandbox.advance(10 * DAY);
    const [, second] = await s.invoices(subscription.id);
    assert.deepEqual([second.status, second.attempts], ['canceled', 1]);
  });
});

describe('card-expiry prevention', () => {
  test('the default card expires before the next cycle: one update-card email, once', async () => {
    const s = new Subscriptions();
    await s.to('2027-02-15T09:00:00Z');
    const created = await s.create({ amount: 2000, email: 'x@example.com', schedule: { period: 'monthly' } });
    const [invoice] = await s.invoices(created.id);
    // A card valid until the end of March 2027, given in the widget.
    const paid = await s.sandbox.call('POST', `/v1/orders/${invoice.orderId}/payments`, s.sandbox.platform(SLUG).publicKey, {
      method: 'card',
      card: { number: '4242424242424242', expiryMonth: '03', expiryYear: '2027', cvc: '123' },
    });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.deepEqual(await s.outbox('cardExpiring'), [], 'the next cycle (March 15) is before the card expires');
    await s.to('2027-03-15T10:00:00Z');
    let notices = await s.outbox('cardExpiring');
    assert.equal(notices.length, 1, 'the April 15 cycle is after March 31');
    assert.deepEqual(notices[0].links, [`http://sandbox.test/update-card/${created.id}`]);
    assert.equal(notices[0].to, 'x@example.com');
    assert.equal((await s.get(created.id)).updateCardLink, notices[0].links[0]);
    await s.sandbox.advance(10 * DAY);
    notices = await s.outbox('cardExpiring');
    assert.equal(notices.length, 1, 'sent once');
    // Not replaced: the April debit finds an expired card.
    await s.to('2027-04-15T10:00:00Z');
    const april = (await s.invoices(created.id))[2];
    assert.equal(april.status, 'unpaid');
    assert.equal((await s.sandbox.transactions(SLUG, april.orderId))[0].declineReason, 'expired_card');
    assert.equal(day(april.dueDate), '2027-04-15');
  });

  test('the update-card page saves a new default (3-D Secure where the card asks for it) and the next cycle debits it', async () => {
    const s = new Subscriptions();
    const publicKey = s.sandbox.platform(SLUG).publicKey;
    const created = await s.create({ amount: 2000, email: 'u@example.com', schedule: { period: 'monthly' } });
    const [invoice] = await s.invoices(created.id);
    await s.sandbox.pay(SLUG, invoice.orderId, { card: '4000000000000341' });
    const hosted = await s.sandbox.call('GET', `/v1/hosted/subscriptions/${created.id}`, null);
    assert.deepEqual([hosted.body.data.publicKey, hosted.body.data.card.last4, hosted.body.data.amount], [publicKey, '0341', 2000]);
    const card = (number: string) => ({ card: { number, expiryMonth: '09', expiryYear: '2031', cvc: '123' } });
    const declined = await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/card`, publicKey, card('4000000000000002'));
    assert.deepEqual([declined.status, declined.body.code], [402, 'card_declined']);
    const foreign = await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/card`, s.sandbox.platform('single').publicKey, card('4242424242424242'));
    assert.equal(foreign.status, 404);
    const held = await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/card`, publicKey, card('4000000000003220'));
    assert.deepEqual([held.status, held.body.data.status], [201, 'challenge']);
    assert.equal((await s.sandbox.call('GET', `/v1/hosted/subscriptions/${created.id}`, null)).body.data.card.last4, '0341', 'not saved before 3-D Secure');
    const stale = await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/card/3ds`, publicKey, { verificationId: 'auth_00000000-0000-4000-8000-000000000000', outcome: 'approve' });
    assert.equal(stale.status, 409);
    const approved = await s.sandbox.call('POST', `/v1/subscriptions/${created.id}/card/3ds`, publicKey, { verificationId: held.body.data.verificationId, outcome: 'approve' });
    assert.deepEqual([approved.status, approved.body.data.status, approved.body.data.card.last4], [200, 'saved', '3220']);
    await s.sandbox.advance(32 * DAY);
    const second = (await s.invoices(created.id))[1];
    assert.equal(second.status, 'paid', 'the 0341 card would have failed');
    assert.equal((await s.sandbox.transactions(SLUG, second.orderId))[0].card.last4, '3220');
  });
});
