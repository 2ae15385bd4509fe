/**
 * The wallet tests' sandbox: a `TestSandbox` with the seeded wallet platforms' keys and the calls every wallet test
 * makes (a wallet token payment, an Amazon Pay checkout session opened, answered on the simulated Amazon page, read,
 * paid). One fresh sandbox per `new WalletSandbox()`, as `TestSandbox`.
 */
import { sandboxWalletToken } from '../../src/core/wallets.ts';
import type { AmazonSessionRecord } from '../state.ts';
import { TestSandbox, type ApiAnswer } from './sandbox-client.ts';

/** The seeded platforms that enable Apple Pay, Google Pay and Amazon Pay (mock-server/seed.ts). */
export type WalletSlug = 'wallets' | 'split-wallets' | 'multi-wallets' | 'installments-wallets' | 'paylater-wallets';

export class WalletSandbox extends TestSandbox {
  /** The public key of `slug` (the widget's key: sessions and payments). */
  pk(slug: WalletSlug = 'wallets'): string {
    return this.platform(slug).publicKey;
  }

  /** The secret key of `slug` (the merchant's back end). */
  sk(slug: WalletSlug = 'wallets'): string {
    return this.platform(slug).secretKey;
  }

  /** `POST /v1/orders/{id}/amazon-pay/sessions` as the widget sends it; `body` `{}` opens one for the order's amount. */
  openSession(orderId: string, body: Record<string, unknown> = {}, slug: WalletSlug = 'wallets'): Promise<ApiAnswer> {
    return this.call('POST', `/v1/orders/${orderId}/amazon-pay/sessions`, this.pk(slug), body);
  }

  /** The buyer's answer on the simulated Amazon page (`1111`, `3434`, `3064` or `cancel`). */
  answer(sessionId: string, value: string): Promise<ApiAnswer> {
    return this.call('POST', `/v1/hosted/amazon-pay/${sessionId}/answer`, null, { answer: value });
  }

  /** A session opened (failing loudly when refused) and answered `value` on the Amazon page: its id. */
  async answeredSession(orderId: string, body: Record<string, unknown> = {}, slug: WalletSlug = 'wallets', value = '1111'): Promise<string> {
    const opened = await this.openSession(orderId, body, slug);
    if (opened.status !== 201) throw new Error(`session refused: ${JSON.stringify(opened.body)}`);
    const answered = await this.answer(opened.body.data.id, value);
    if (answered.status !== 200) throw new Error(`answer refused: ${JSON.stringify(answered.body)}`);
    return opened.body.data.id;
  }

  /** The session as the widget reads it. */
  async session(sessionId: string, slug: WalletSlug = 'wallets'): Promise<any> {
    return (await this.call('GET', `/v1/amazon-pay/sessions/${sessionId}`, this.pk(slug))).body.data;
  }

  /** Every stored checkout session (to prove a refused request opened none). */
  sessions(): AmazonSessionRecord[] {
    return this.sandbox.runtime.store.snapshot().records.amazonSessions as AmazonSessionRecord[];
  }

  /** An Apple Pay or Google Pay payment of `orderId` with the sandbox token of test card `card`, keyed `key`. */
  payWallet(orderId: string, method: 'applepay' | 'googlepay', card: string, key = 'k-1', slug: WalletSlug = 'wallets', path = `/v1/orders/${orderId}/payments`): Promise<ApiAnswer> {
    return this.call('POST', path, this.pk(slug), { method, wallet: { token: card.startsWith('sandbox:') ? card : sandboxWalletToken(card) } }, { 'Idempotency-Key': key });
  }

  /** An Amazon Pay payment with the answered session `sessionId` (plus `fields`), keyed `key`. */
  payAmazon(orderId: string, sessionId: string, fields: Record<string, unknown> = {}, key = `k-${sessionId}`, slug: WalletSlug = 'wallets', path = `/v1/orders/${orderId}/payments`): Promise<ApiAnswer> {
    return this.call('POST', path, this.pk(slug), { method: 'amazonpay', amazonCheckoutSessionId: sessionId, ...fields }, { 'Idempotency-Key': key });
  }
}

/** A card that pays (or, with a test number, declines) until 2040, for the card side of the settlement tests. */
export const settlementCard = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace' });
/** The statuses of an order's installments, in schedule order. */
export const installmentStatuses = (order: any): string[] => order.installments.map((installment: any) => installment.status);
/** The hosted recovery link's payment endpoint (seed 004: a link "targeting the unpaid transaction"). */
export const recoverPath = (transactionId: string) => `/v1/transactions/${transactionId}/recover`;
/** The hosted complete-balance link's payment endpoint. */
export const balancePath = (orderId: string) => `/v1/orders/${orderId}/balance`;
