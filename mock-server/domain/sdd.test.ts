/** SEPA Direct Debit on the platform (domain/sdd.ts, sdd-mandates.ts): mandates, settlement dates, sandbox IBANs, cancel, refund. */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { checkIban, ibanProblemMessage } from '../../src/core/iban.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { settlementDate } from './sdd.ts';
import { MANDATE_REFERENCE_MAX, newMandateReference } from './sdd-mandates.ts';

const OK = 'FR76 3000 6000 0100 0000 0000 152';
const FAILS = 'FR7630006000010000000000249';
const DISPUTED = 'fr76 3000 6000 0100 0000 0000 346';
const at = (iso: string) => Date.parse(iso);
const payer = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' };

describe('settlement dates: 06:00 UTC of the 10th (first) or 5th (next) TARGET2 banking day', () => {
  const cases: [string, 'FRST' | 'RCUR', string][] = [
    ['2026-12-21T10:00:00Z', 'FRST', '2027-01-06T06:00:00Z'],
    ['2026-12-21T10:00:00Z', 'RCUR', '2026-12-29T06:00:00Z'],
    ['2027-03-24T10:00:00Z', 'FRST', '2027-04-09T06:00:00Z'],
    ['2027-03-24T10:00:00Z', 'RCUR', '2027-04-02T06:00:00Z'],
    ['2026-12-21T00:00:00Z', 'FRST', '2027-01-06T06:00:00Z'],
    ['2026-12-21T23:59:59Z', 'FRST', '2027-01-06T06:00:00Z'],
    ['2026-12-26T12:00:00Z', 'RCUR', '2027-01-04T06:00:00Z'],
  ];
  for (const [paid, sequence, settles] of cases) {
    test(`${sequence} debit made ${paid} settles ${settles}`, () => assert.equal(settlementDate(at(paid), sequence), at(settles)));
  }
});

describe('mandate references', () => {
  const cases = ['2026-12-21T10:00:00Z', '2000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'];
  for (const signed of cases) {
    test(`signed ${signed}: at most 35 letters and digits, dated, unique`, () => {
      const first = newMandateReference(at(signed));
      const second = newMandateReference(at(signed));
      assert.ok(first.length <= MANDATE_REFERENCE_MAX);
      assert.match(first, /^SGM\d{8}[A-Z0-9]{16}$/);
      assert.equal(first.slice(3, 11), signed.slice(0, 10).replaceAll('-', ''));
      assert.notEqual(first, second);
    });
  }
});

describe('SEPA Direct Debit orders (platform sdd)', () => {
  let sandbox: TestSandbox;
  let sk: string;
  let pk: string;
  let keys = 0;
  beforeEach(() => {
    sandbox = new TestSandbox();
    sk = sandbox.platform('sdd').secretKey;
    pk = sandbox.platform('sdd').publicKey;
  });

  const clockTo = async (iso: string) => {
    const answer = await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: at(iso) });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
  };
  const newOrder = (fields: Record<string, unknown> = {}) => sandbox.createOrder('sdd', { amount: 4990, ux: 'sdd', email: 'ada@example.com', ...fields });
  /** Pays as the widget does: public key, Idempotency-Key, method sdd. */
  const widgetPay = (orderId: string, iban: string, body: Record<string, unknown> = {}) =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, pk, { method: 'sdd', iban, payer, ...body }, { 'Idempotency-Key': `sdd-${++keys}` });
  /** A customer of the sdd platform (recurring payments' customers: a mandate belongs to one). */
  const newCustomer = async () => (await sandbox.call('POST', '/v1/customers', sk, { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' })).body.data.id as string;
  const transaction = async (id: string) => (await sandbox.call('GET', `/v1/transactions/${id}`, sk)).body.data;
  const outbox = async (orderId: string) => sandbox.listAll<any>(`/v1/sandbox/outbox?orderId=${orderId}`, sk);
  const count = (events: string[], name: string) => events.filter((event) => event === name).length;

  test('a first debit: mandate, pending transaction and order, email; captured at 06:00 UTC of the 10th banking day, order completed once', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const order = await newOrder();
    const paid = await widgetPay(order.id, OK);
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const debit = paid.body.data.transaction;
    assert.deepEqual([debit.status, debit.paymentMethod, debit.amount], ['pending', 'sdd', 4990]);
    assert.deepEqual([debit.firstName, debit.lastName], ['Ada', 'Lovelace']);
    assert.equal(debit.sdd.sequence, 'FRST');
    assert.equal(debit.sdd.ibanLast4, '0152');
    assert.equal(debit.sdd.debitDate, at('2027-01-06T06:00:00Z'));
    assert.ok(debit.sdd.mandateReference.length <= 35);
    assert.equal(paid.body.data.order.status, 'pending');
    assert.match(paid.body.data.order.customerId, /^cst_/);
    const [email, ...others] = await outbox(order.id);
    assert.equal(others.length, 0);
    assert.equal(email.to, 'ada@example.com');
    assert.ok(email.text.includes(debit.sdd.mandateReference) && email.subject.includes(debit.sdd.mandateReference));
    assert.match(email.text, /ending 0152/);
    assert.match(email.text, /Sandbox Shop \(SEPA creditor identifier FR92ZZZ5A4B12\)/);
    assert.match(email.text, /debited on 2027-01-06/);

    await clockTo('2027-01-06T05:59:59Z');
    assert.equal((await transaction(debit.id)).status, 'pending');
    assert.equal((await sandbox.order('sdd', order.id)).status, 'pending');
    await clockTo('2027-01-06T06:00:00Z');
    const settled = await transaction(debit.id);
    assert.deepEqual([settled.status, settled.amountCaptured], ['captured', 4990]);
    assert.deepEqual(settled.operations.map((operation: any) => operation.type), ['authorization', 'capture']);
    assert.equal(settled.operations[1].date, at('2027-01-06T06:00:00Z'));
    const done = await sandbox.order('sdd', order.id);
    assert.deepEqual([done.status, done.amountConfirmed], ['completed', 4990]);
    const events = await sandbox.events(order.id);
    assert.deepEqual(events, ['order.pending', 'transaction.captured', 'order.confirmed', 'order.completed']);
  });

  test('a next order with directPayment debits the same mandate without the widget, settled after 5 banking days', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const first = await newOrder();
    const paid = (await widgetPay(first.id, OK)).body.data;
    const customerId = paid.order.customerId;
    const next = await newOrder({ amount: 1500, customerId, directPayment: true });
    assert.deepEqual([next.status, next.directPayment, next.customerId], ['pending', true, customerId]);
    const [debit] = await sandbox.transactions('sdd', next.id);
    assert.deepEqual([debit.status, debit.amount, debit.sdd.sequence], ['pending', 1500, 'RCUR']);
    assert.equal(debit.sdd.mandateReference, paid.transaction.sdd.mandateReference);
    assert.equal(debit.sdd.debitDate, at('2026-12-29T06:00:00Z'));
    assert.match((await outbox(next.id))[0]?.text ?? '', /debited on 2026-12-29/);
    await clockTo('2026-12-29T06:00:00Z');
    assert.equal((await sandbox.order('sdd', next.id)).status, 'completed');
    assert.equal((await sandbox.order('sdd', first.id)).status, 'pending');
    await clockTo('2027-03-24T10:00:00Z');
    const later = await newOrder({ amount: 1500, customerId, directPayment: true });
    const [laterDebit] = await sandbox.transactions('sdd', later.id);
    assert.equal(laterDebit.sdd.debitDate, at('2027-04-02T06:00:00Z'));
  });

  test('a first debit over Easter settles on 2027-04-09', async () => {
    await clockTo('2027-03-24T10:00:00Z');
    const order = await newOrder();
    const debit = (await widgetPay(order.id, OK)).body.data.transaction;
    assert.equal(debit.sdd.debitDate, at('2027-04-09T06:00:00Z'));
  });

  test('the widget on a second order of the same customer and IBAN debits the same mandate as a next debit', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const customerId = await newCustomer();
    const first = await newOrder({ customerId });
    const one = (await widgetPay(first.id, OK)).body.data.transaction;
    const second = await newOrder({ customerId });
    const two = (await widgetPay(second.id, OK.toLowerCase())).body.data.transaction;
    assert.equal(two.sdd.mandateId, one.sdd.mandateId);
    assert.equal(two.sdd.sequence, 'RCUR');
    const third = await newOrder({ customerId });
    const other = (await widgetPay(third.id, 'DE89370400440532013000')).body.data.transaction;
    assert.notEqual(other.sdd.mandateId, one.sdd.mandateId);
    assert.equal(other.sdd.sequence, 'FRST');
  });

  test('the failing sandbox IBAN: at settlement the transaction fails, the order is payable again, never completed', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const order = await newOrder();
    const debit = (await widgetPay(order.id, FAILS)).body.data.transaction;
    await clockTo('2027-01-06T06:00:00Z');
    const failed = await transaction(debit.id);
    assert.deepEqual([failed.status, failed.declineReason, failed.amountCaptured], ['failed', 'insufficient_funds', 0]);
    assert.equal((await sandbox.order('sdd', order.id)).status, 'initiated');
    const events = await sandbox.events(order.id);
    assert.deepEqual(events, ['order.pending', 'transaction.failed']);
    assert.ok((await outbox(order.id)).some((message) => message.kind === 'sddFailed'));
    // The buyer may pay again with another account: a next debit of the same mandate holder, but a new mandate here.
    const again = await widgetPay(order.id, OK);
    assert.equal(again.status, 201);
    assert.equal(again.body.data.order.status, 'pending');
  });

  test('the disputing sandbox IBAN: captured, then 3 banking days later a refund operation, transaction.disputed, order refunded', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const order = await newOrder();
    const debit = (await widgetPay(order.id, DISPUTED)).body.data.transaction;
    await clockTo('2027-01-06T06:00:00Z');
    assert.equal((await sandbox.order('sdd', order.id)).status, 'completed');
    await clockTo('2027-01-11T05:59:00Z');
    assert.equal((await transaction(debit.id)).status, 'captured');
    await clockTo('2027-01-11T06:00:00Z');
    const disputed = await transaction(debit.id);
    assert.deepEqual([disputed.status, disputed.amountRefunded, disputed.sdd.disputedAt], ['refunded', 4990, at('2027-01-11T06:00:00Z')]);
    assert.deepEqual(disputed.operations.map((operation: any) => operation.type), ['authorization', 'capture', 'refund']);
    assert.equal((await sandbox.order('sdd', order.id)).status, 'refunded');
    const events = await sandbox.events(order.id);
    assert.equal(count(events, 'transaction.disputed'), 1);
    assert.equal(count(events, 'order.completed'), 1);
    assert.deepEqual(events.slice(-3), ['transaction.refunded', 'order.refunded', 'transaction.disputed']);
  });

  test('cancel while pending voids the debit: nothing is captured at the settlement date; refund while pending is refused', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const order = await newOrder();
    const debit = (await widgetPay(order.id, OK)).body.data.transaction;
    const refused = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, {});
    assert.equal(refused.status, 409);
    const canceled = await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sk, {});
    assert.equal(canceled.body.data.status, 'canceled');
    await clockTo('2027-01-07T00:00:00Z');
    const voided = await transaction(debit.id);
    assert.deepEqual([voided.status, voided.amountCaptured], ['voided', 0]);
    assert.deepEqual(voided.operations, []);
    assert.equal(count(await sandbox.events(order.id), 'order.completed'), 0);
  });

  test('a debit voided before settlement never reached the bank: the mandate’s next debit is still its first', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const customerId = await newCustomer();
    const order = await newOrder({ customerId });
    await widgetPay(order.id, OK);
    await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sk, {});
    const next = await newOrder({ customerId, directPayment: true });
    const [debit] = await sandbox.transactions('sdd', next.id);
    assert.equal(debit.sdd.sequence, 'FRST');
  });

  test('a mandate not debited for 36 months expires: a directPayment order is refused; within them, a debit renews it', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const first = await newOrder();
    const customerId = (await widgetPay(first.id, OK)).body.data.order.customerId;
    await clockTo('2029-12-20T10:00:00Z');
    const inTime = await sandbox.call('POST', '/v1/orders', sk, { amount: 1000, ux: 'sdd', customerId, directPayment: true });
    assert.equal(inTime.status, 201);
    // That debit used the mandate again: it now expires 36 months after 2029-12-20.
    await clockTo('2032-12-20T10:01:00Z');
    const late = await sandbox.call('POST', '/v1/orders', sk, { amount: 1000, ux: 'sdd', customerId, directPayment: true });
    assert.equal(late.status, 400);
    assert.match(late.body.errors[0], /expired \(not debited for 36 months\)/);
  });

  test('refund after capture, in part then the rest', async () => {
    await clockTo('2026-12-21T10:00:00Z');
    const order = await newOrder();
    const debit = (await widgetPay(order.id, OK)).body.data.transaction;
    await clockTo('2027-01-06T06:00:00Z');
    assert.equal((await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, { amount: 990 })).status, 200);
    assert.deepEqual([(await transaction(debit.id)).status, (await transaction(debit.id)).amountRefunded], ['refundedPartial', 990]);
    const all = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, {});
    assert.equal(all.body.data.status, 'refunded');
    assert.equal((await transaction(debit.id)).amountRefunded, 4990);
  });

  test('an invalid IBAN sent anyway: 400 with the widget’s own message, nothing created', async () => {
    const cases = ['', 'XX00', 'FR7630006000010000000000153', 'FR763000600001000000000015', 'BR1800360305000010009795493C1', 'FR3020041010050500013M02609'];
    for (const iban of cases) {
      const order = await newOrder();
      const answer = await widgetPay(order.id, iban);
      assert.equal(answer.status, 400, iban);
      assert.deepEqual(answer.body.errors, [ibanProblemMessage(checkIban(iban))], iban);
      assert.deepEqual(await sandbox.transactions('sdd', order.id), []);
      assert.equal((await sandbox.order('sdd', order.id)).status, 'initiated');
      assert.deepEqual(await outbox(order.id), []);
    }
    const order = await newOrder();
    const viaSandbox = await sandbox.pay('sdd', order.id, { method: 'sdd', iban: 'XX00', payer });
    assert.equal(viaSandbox.status, 400);
  });

  test('refusals: no holder name, a second debit of a pending order, directPayment without a mandate, another currency', async () => {
    const order = await newOrder();
    const nameless = await widgetPay(order.id, OK, { payer: { email: 'ada@example.com' } });
    assert.equal(nameless.status, 400);
    assert.equal(nameless.body.errors.length, 2);
    assert.equal((await widgetPay(order.id, OK)).status, 201);
    const twice = await widgetPay(order.id, OK);
    assert.deepEqual([twice.status, twice.body.code], [409, 'order_not_payable']);
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ directPayment: true }, /customerId: a directPayment order names the customer/],
      [{ directPayment: true, customerId: await newCustomer() }, /has no SEPA Direct Debit mandate/],
      [{ currency: 'USD' }, /euros only/],
    ];
    for (const [fields, message] of refusals) {
      const answer = await sandbox.call('POST', '/v1/orders', sk, { amount: 1000, ux: 'sdd', ...fields });
      assert.equal(answer.status, 400);
      assert.match(answer.body.errors.join(' '), message);
    }
    const single = await sandbox.call('POST', '/v1/orders', sandbox.platform('single').secretKey, { amount: 1000, directPayment: true });
    assert.equal(single.status, 400);
    assert.match(single.body.errors[0], /only SEPA Direct Debit orders/);
  });

  test('the checkout tells the widget the creditor the mandate names', async () => {
    const order = await newOrder();
    const checkout = await sandbox.call('GET', `/v1/checkout/${order.id}`, pk);
    assert.deepEqual(checkout.body.data.settings.sddCreditor, { id: 'FR92ZZZ5A4B12', name: 'Sandbox Shop' });
  });
  test('the holder name: invisible-only, control characters or over 70 characters together (EPC debtor name) are a 400, nothing created', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ firstName: '\u200b', lastName: 'Lovelace' }, /first name is required/],
      [{ firstName: 'Ada', lastName: ' \ufeff ' }, /last name is required/],
      [{ firstName: 'Ada\nEvil', lastName: 'Lovelace' }, /firstName: a name has no line breaks/],
      [{ firstName: 'A'.repeat(40), lastName: 'B'.repeat(30) }, /at most 70 characters together/],
      [{ firstName: 'A'.repeat(300), lastName: 'Lovelace' }, /at most 70 characters together/],
    ];
    for (const [names, message] of cases) {
      const order = await newOrder({ firstName: 'Ada', lastName: 'Lovelace' });
      const paid = await widgetPay(order.id, OK, { payer: names });
      assert.equal(paid.status, 400, JSON.stringify(names));
      assert.match(paid.body.errors.join(), message);
      assert.deepEqual(await sandbox.transactions('sdd', order.id), []);
    }
    const order = await newOrder();
    const paid = await widgetPay(order.id, OK, { payer: { firstName: ` ${'A'.repeat(40)}\u200b`, lastName: 'B'.repeat(29) } });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.deepEqual([paid.body.data.transaction.firstName, paid.body.data.transaction.lastName], ['A'.repeat(40), 'B'.repeat(29)]);
  });
});
