/** The pure pieces behind the multi UX's words: the amount hint, what is left after a payment, the ANCV answer notice. */
import { expect } from '@open-wc/testing';
import type { Transaction } from '../../core/schemas.ts';
import { afterPaymentNote, amountHintKey, progressOf } from './amounts.ts';
import { ancvAnswerNotice } from './ancv-answer.ts';

const checkout = (amount: number, remaining: number, pending: number[] = []) =>
  ({
    order: { amount },
    amountRemaining: remaining,
    settings: { ancvMinimum: 2000 },
    transactions: pending.map((cents) => ({ paymentMethod: 'ancv', status: 'pending', amount: cents })),
  }) as never;

const ancv = (fields: Partial<Transaction>) =>
  ({ id: 'tr_1', paymentMethod: 'ancv', amount: 3000, ancv: { requestedAmount: 3000, login: 'ada@example.com', expiresAt: 0 }, ...fields }) as Transaction;
const euros = (cents: number) => `€${(cents / 100).toFixed(2)}`;

describe('multi UX wording', () => {
  it('hints at the amount: up to what is available, from the ANCV minimum, or exactly the balance when it is below', () => {
    const progress = progressOf(checkout(10000, 5000));
    expect(amountHintKey('card', progress, 2000)).to.equal('amountHint');
    expect(amountHintKey('ancv', progress, 2000)).to.equal('amountHintAncv');
    expect(amountHintKey('ancv', progressOf(checkout(10000, 1500)), 2000)).to.equal('amountHintAncvBalance');
  });

  it('says what is left after the typed amount, counting pending ANCV requests, and nothing for an amount that cannot be paid', () => {
    const progress = progressOf(checkout(10000, 5000));
    expect(afterPaymentNote(2000, progress)).to.deep.equal({ key: 'afterPayment', left: 3000 });
    expect(afterPaymentNote(5000, progress)).to.deep.equal({ key: 'afterPaymentComplete', left: 0 });
    const pending = progressOf(checkout(10000, 5000, [1000]));
    expect(afterPaymentNote(1000, pending)).to.deep.equal({ key: 'afterPaymentWithPending', left: 3000 });
    expect(afterPaymentNote(4000, pending)).to.deep.equal({ key: 'afterPaymentCoversWithPending', left: 0 });
    expect(afterPaymentNote(null, progress)).to.equal(undefined);
    expect(afterPaymentNote(0, progress)).to.equal(undefined);
    expect(afterPaymentNote(5001, progress)).to.equal(undefined);
  });

  it('tells what became of an ANCV request: confirmed (in full or for less), canceled, expired, refused', () => {
    expect(ancvAnswerNotice(ancv({ status: 'authorized' }), 7000, euros)).to.deep.equal({
      tone: 'success',
      title: 'partPaidTitle',
      message: 'partPaidAncv',
      params: { amount: '€30.00', requested: '€30.00', left: '€70.00' },
    });
    expect(ancvAnswerNotice(ancv({ status: 'captured', amount: 2500 }), 7500, euros).message).to.equal('partPaidAncvLess');
    expect(ancvAnswerNotice(ancv({ status: 'voided' }), 10000, euros)).to.deep.equal({
      tone: 'danger',
      title: 'ancvCanceledTitle',
      message: 'ancvCanceled',
      params: { amount: '€30.00' },
    });
    const expired = ancvAnswerNotice(ancv({ status: 'failed', declineReason: 'ancv_timeout' }), 10000, euros);
    expect([expired.title, expired.message]).to.deep.equal(['ancvTimeoutTitle', 'ancvTimeout']);
    const refused = ancvAnswerNotice(ancv({ status: 'failed', declineReason: 'ancv_refused' }), 10000, euros);
    expect([refused.title, refused.message]).to.deep.equal(['ancvRefusedTitle', 'ancvRefused']);
  });
});
