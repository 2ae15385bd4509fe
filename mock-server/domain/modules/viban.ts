/**
 * Virtual IBAN (`ux: "viban"`, seed 004 "Virtual IBAN", CONTRACT §2 "Modules paid asynchronously"): each order gets its
 * own IBAN at creation, is `pending` from then on, and is paid by the bank transfers that arrive on that IBAN
 * (`domain/viban-transfers.ts`), never through the widget's payment endpoint.
 *
 * The sandbox's bank: French IBANs of bank code 99999, branch 00010 (no bank has this code: the Banque de France assigns
 * five-digit codes and 99999 is not one of them), an 11-digit account number drawn at random and the RIB key that
 * makes the national check pass, so `ibantools.isValidIBAN` accepts every IBAN issued. BIC `SGCPFRP0XXX`: a location
 * code ending in 0 marks a test BIC (ISO 9362). Every IBAN issued is recorded in the `vibans` table, so none is ever
 * issued twice, not even after its order is canceled.
 */
import { composeIBAN, isValidIBAN } from 'ibantools';
import { formatMoney } from '../../../src/core/money-format.ts';
import type { Platform } from '../../seed.ts';
import type { OrderRecord, VibanAccount } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { conflict, invalid } from '../errors.ts';
import { sendMessage } from '../events.ts';
import { paymentPageUrl } from '../orders.ts';
import { registerModule, type ModuleRules } from './index.ts';

export const SANDBOX_BANK_CODE = '99999';
export const SANDBOX_BRANCH_CODE = '00010';
export const SANDBOX_BIC = 'SGCPFRP0XXX';
/** The EPC QR code's limit for the beneficiary's name (EPC069-12), which banks also apply to transfers. */
const HOLDER_MAX = 70;

/** The French RIB key of a bank, branch and all-digit account number: 97 - ((89 B + 15 G + 3 C) mod 97). */
export function ribKey(bank: string, branch: string, account: string): string {
  const remainder = (89 * Number(bank) + 15 * Number(branch) + 3 * (Number(account) % 97)) % 97;
  return String(97 - remainder).padStart(2, '0');
}

function randomAccountNumber(): string {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  // 11 digits from 64 random bits: the bias of the modulo is far below anything a sandbox could notice.
  return String(((BigInt(high) << 32n) | BigInt(low)) % 100_000_000_000n).padStart(11, '0');
}

/** A sandbox IBAN no order ever had, recorded as issued to `order`. */
export function issueIban(ctx: DomainContext, order: OrderRecord): string {
  for (;;) {
    const account = randomAccountNumber();
    const iban = composeIBAN({ countryCode: 'FR', bban: `${SANDBOX_BANK_CODE}${SANDBOX_BRANCH_CODE}${account}${ribKey(SANDBOX_BANK_CODE, SANDBOX_BRANCH_CODE, account)}` });
    if (!iban || !isValidIBAN(iban)) throw new Error(`the sandbox composed an invalid IBAN from account ${account}`);
    if (ctx.tx.vibans.get(iban)) continue;
    ctx.tx.vibans.put({ id: iban, orderId: order.id, platformId: order.platformId, issuedAt: ctx.now });
    return iban;
  }
}

/** `FR76 9999 9000 1012 3456 7890 185`: how people read and type an IBAN (groups of 4). */
export const groupedIban = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** Money for an email, in the order's language: `123,45 €` (fr), `€123.45` (en), as the widget formats it. */
export const emailMoney = (cents: number, order: OrderRecord) => formatMoney(cents, order.currency, order.locale);

/**
 * Emails the buyer the transfer details: at creation (`due` is the amount), and after a partial transfer (`due` is
 * what is left). Nothing is sent when the order has no email.
 */
export function emailTransferDetails(ctx: DomainContext, order: OrderRecord, due: number, received?: number): void {
  const { viban, email } = order;
  if (!viban || !email) return;
  const french = order.locale.startsWith('fr');
  const amount = emailMoney(due, order);
  const subject = received === undefined
    ? (french ? 'Vos coordonnées de virement' : 'Your bank transfer details')
    : (french ? `Virement reçu : ${amount} restent à payer` : `Transfer received: ${amount} left to pay`);
  const lines = french
    ? [
        received === undefined ? `Pour payer votre commande, faites un virement de ${amount} :` : `Nous avons reçu ${emailMoney(received, order)}. Il reste ${amount} à virer :`,
        `Bénéficiaire : ${viban.holder}`, `IBAN : ${groupedIban(viban.iban)}`, `BIC : ${viban.bic}`, `Référence : ${viban.reference}`, `Montant : ${amount}`,
      ]
    : [
        received === undefined ? `To pay your order, make a bank transfer of ${amount}:` : `We received ${emailMoney(received, order)}. ${amount} is left to transfer:`,
        `Beneficiary: ${viban.holder}`, `IBAN: ${groupedIban(viban.iban)}`, `BIC: ${viban.bic}`, `Reference: ${viban.reference}`, `Amount: ${amount}`,
      ];
  const link = paymentPageUrl(ctx, order);
  sendMessage(ctx, { channel: 'email', to: email, kind: received === undefined ? 'vibanDetails' : 'vibanRemainder', subject, text: [...lines, link].join('\n'), links: [link], orderId: order.id, platformId: order.platformId });
}

export const vibanRules: ModuleRules = {
  currencies: ['EUR'],
  prepareOrder(ctx, platform: Platform, order) {
    if (order.currency !== 'EUR') throw invalid(`currency: a virtual IBAN receives SEPA credit transfers, in EUR only, not ${order.currency}`);
    order.viban = {
      iban: issueIban(ctx, order),
      bic: SANDBOX_BIC,
      holder: platform.name.slice(0, HOLDER_MAX),
      reference: order.trackId ?? order.id,
    } satisfies VibanAccount;
    // Born awaiting its transfers (the seed: "Your order is status: pending"): its first status, not a change, so no webhook.
    order.status = 'pending';
    emailTransferDetails(ctx, order, order.amount);
  },
  planPayment() {
    throw conflict('paid_by_transfer', 'A virtual IBAN order is paid by bank transfer to its IBAN (order.viban), not through this endpoint');
  },
  afterAuthorization: () => undefined,
};

registerModule('viban', vibanRules);
