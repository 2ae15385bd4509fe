/**
 * What the card form and the payment controller need once the buyer starts paying, not to show the form: formatting
 * and validating the card, the payment attempt with 3-D Secure and its outcome. A chunk of its own in the script-tag
 * build, fetched on the buyer's first interaction with the form (`loadCardFlow` in `card-form.ts`); until it arrives
 * the inputs take text as typed, and it is reformatted when it does.
 */
import type { MessageKey } from '../core/i18n/index.ts';
import type { PaymentResultSummary } from '../core/wire.ts';
import type { InvalidDetail, ValidatedDetail } from '../events/index.ts';
import { digitsOnly, toCardDetails, type CardDetails } from '../core/card.ts';
import { en } from '../core/i18n/en.ts';
import { enCard } from '../core/i18n/en-card.ts';
import { defineElement } from '../define-element.ts';
import type { CardFormController } from './card-form.ts';
import type { AttemptOptions, AttemptOutcome, PaymentPhase } from './card-payment-controller.ts';
import type { ThreeDSDialog } from './three-ds-dialog.ts';

export { detectBrand, digitsOnly, formatCardNumber, formatExpiry, validateCard } from '../core/card.ts';

// English shows the words of paying by card from now on (French has them in its own chunk).
Object.assign(en, enCard);

export const DECLINE_MESSAGES: Record<InvalidDetail['code'], MessageKey> = {
  invalid_fields: 'declinedCard',
  card_declined: 'declinedCard',
  insufficient_funds: 'declinedFunds',
  authentication_failed: 'declinedAuthentication',
};

type PaidOrder = Pick<PaymentResultSummary['order'], 'id' | 'email' | 'firstName' | 'lastName' | 'status'>;

/** The `sg-validated` detail of a payment: the payer as the transaction names them (else the order), `amount` paid. */
export function validatedDetail(transaction: PaymentResultSummary['transaction'], order: PaidOrder, amount = transaction.amount): ValidatedDetail {
  return {
    order: order.id,
    amount,
    auth: transaction.id,
    email: transaction.email ?? order.email,
    firstName: transaction.firstName ?? order.firstName,
    lastName: transaction.lastName ?? order.lastName,
    status: order.status,
  };
}

/**
 * The host's `<sg-three-ds-dialog>`, its element defined first: the dialog's code is a chunk of its own, fetched when a
 * bank first asks for 3-D Secure (the payment's answer just came, so the platform is reachable; if the chunk is not,
 * the attempt ends as an error and keeps its key, so paying again replays the platform's answer).
 */
async function threeDSDialogIn(root: HTMLElement | DocumentFragment): Promise<ThreeDSDialog | null> {
  const { ThreeDSDialog } = await import('./three-ds-dialog.ts');
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  return root.querySelector<ThreeDSDialog>('sg-three-ds-dialog');
}

/** The answer of one attempt under its key: pay, run 3-D Secure when the bank asks, and say how it ended. */
export function cardAnswer<R extends PaymentResultSummary>(
  options: AttemptOptions<R>,
  cardForm: CardFormController,
  root: HTMLElement | DocumentFragment,
  setPhase: (phase: PaymentPhase, announcement: string) => void,
): (key: string) => Promise<AttemptOutcome<R>> {
  const { api, i18n } = options;
  const card: CardDetails = toCardDetails(cardForm.values);
  return async (key) => {
    let result = await options.pay(card, key);
    if (result.transaction.status === 'pendingAuthorization' && result.transaction.threeDS?.status === 'required') {
      setPhase('challenge', i18n.t('waitingForBank'));
      const dialog = await threeDSDialogIn(root);
      const outcome = dialog
        ? await dialog.challenge({
            merchant: options.merchant,
            amount: i18n.money(result.transaction.amount, options.currency),
            last4: result.transaction.card?.last4 ?? digitsOnly(card.number).slice(-4),
          })
        : 'refuse';
      setPhase('processing', i18n.t('processing'));
      result = await options.answerThreeDS(api, result.transaction.id, outcome);
    }
    const { transaction } = result;
    if (transaction.status === 'authorized' || transaction.status === 'captured') return { kind: 'paid', result };
    const reason = transaction.declineReason;
    cardForm.clearSecurityCode();
    return { kind: 'declined', code: reason === 'insufficient_funds' || reason === 'authentication_failed' ? reason : 'card_declined' };
  };
}

