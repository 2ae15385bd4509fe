/**
 * The pure rules behind the multi UX: what is paid and left, amount checks, the ANCV login, and the words they lead to
 * (the amount hint, what is left after a payment, the notice once the ANCV app answered).
 */
import { expect } from '@open-wc/testing';
import type { Transaction } from '../../core/contract/index.ts';
import { afterPaymentNote, amountHintKey, amountInputText, checkAmount, leavesBelowAncvMinimum, progressOf } from './amounts.ts';
import { ancvAnswerNotice } from './ancv-answer.ts';
import { ancvLoginProblem } from '../../core/ancv-login.ts';

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

describe('remaining-amount rules of the multi UX', () => {
  it('what is paid, left and still available counts pending ANCV requests as reserved', () => {
    expect(progressOf(checkout(10000, 7000, [2000, 1500]))).to.deep.equal({ total: 10000, paid: 3000, awaitingAncv: 3500, left: 7000, available: 3500 });
  });

  it('checks a typed amount: empty, not an amount, zero, above what is available, below the ANCV minimum', () => {
    const progress = progressOf(checkout(10000, 5000));
    expect(checkAmount('', 'card', progress, 2000)).to.deep.equal({ ok: false, problem: 'required', cents: null });
    expect(checkAmount('12,345', 'card', progress, 2000)).to.deep.equal({ ok: false, problem: 'format', cents: null });
    expect(checkAmount('0,00', 'card', progress, 2000)).to.deep.equal({ ok: false, problem: 'zero', cents: 0 });
    expect(checkAmount('50.01', 'card', progress, 2000)).to.deep.equal({ ok: false, problem: 'aboveAvailable', cents: 5001 });
    expect(checkAmount('19.99', 'ancv', progress, 2000)).to.deep.equal({ ok: false, problem: 'belowAncvMinimum', cents: 1999 });
    expect(checkAmount('19.99', 'card', progress, 2000)).to.deep.equal({ ok: true, cents: 1999 });
    const small = progressOf(checkout(10000, 1500));
    expect(checkAmount('15', 'ancv', small, 2000)).to.deep.equal({ ok: true, cents: 1500 });
    expect(checkAmount('10', 'ancv', small, 2000).ok).to.equal(false);
    expect(leavesBelowAncvMinimum(3500, progress, 2000)).to.equal(true);
    expect(leavesBelowAncvMinimum(3000, progress, 2000)).to.equal(false);
    expect(amountInputText(2550, 'fr')).to.equal('25,50');
    expect(amountInputText(5, 'en')).to.equal('0.05');
    expect(ancvLoginProblem('12 3456 78')).to.equal(null);
    expect(ancvLoginProblem('ada@')).to.equal('malformed');
  });
});

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
