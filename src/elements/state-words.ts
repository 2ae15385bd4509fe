/**
 * The words of the load states that only follow an answer of the platform (order not found, key refused, nothing to
 * pay, UX not available yet), English and French. They ship in a chunk of their own, fetched when one of these states
 * first shows (`needStateWords` in `checkout-states.ts`): the loading, network-down and not-configured states, which
 * must show with no further download, keep their words in the core catalogues.
 */
import type { I18n } from '../core/i18n/index.ts';
import type { OrderStatus } from '../core/contract/index.ts';

/** Why an order cannot be paid: its status, or `deadline` for an order the platform canceled when its deadline passed. */
export type ClosedReason = OrderStatus | 'deadline';

const en = {
  errorNotFoundTitle: 'Order not found',
  errorNotFound: 'This order does not exist, or this payment form cannot access it.',
  errorUnauthorizedTitle: 'Payment form unavailable',
  errorUnauthorized: 'This payment form is not set up correctly: its public key was refused.',
  closedTitle: 'Nothing to pay',
  closedCompleted: 'This order has already been paid.',
  closedConfirmed: 'This order has already been paid.',
  closedPending: 'A payment for this order is awaiting confirmation.',
  closedCanceled: 'This order has been canceled. There is nothing to pay.',
  closedRefunded: 'This order has been refunded. There is nothing to pay.',
  closedDeadline: 'The deadline to pay this order ({date}) has passed, so it has been canceled. There is nothing to pay.',
  uxUnavailableTitle: 'Not available yet',
  uxUnavailable: 'This payment option ({ux}) is not available yet.',
};

type StateWord = keyof typeof en;

const fr: Record<StateWord, string> = {
  errorNotFoundTitle: 'Commande introuvable',
  errorNotFound: 'Cette commande n’existe pas, ou ce formulaire de paiement n’y a pas accès.',
  errorUnauthorizedTitle: 'Formulaire de paiement indisponible',
  errorUnauthorized: 'Ce formulaire de paiement est mal configuré : sa clé publique a été refusée.',
  closedTitle: 'Rien à payer',
  closedCompleted: 'Cette commande a déjà été payée.',
  closedConfirmed: 'Cette commande a déjà été payée.',
  closedPending: 'Un paiement de cette commande est en attente de confirmation.',
  closedCanceled: 'Cette commande a été annulée. Il n’y a rien à payer.',
  closedRefunded: 'Cette commande a été remboursée. Il n’y a rien à payer.',
  closedDeadline: 'La date limite de paiement de cette commande ({date}) est passée : elle a été annulée. Il n’y a rien à payer.',
  uxUnavailableTitle: 'Pas encore disponible',
  uxUnavailable: 'Ce mode de paiement ({ux}) n’est pas encore disponible.',
};

const word = (i18n: I18n, key: StateWord): string => (i18n.locale === 'fr' ? fr : en)[key];

export const FAILURE_WORDS: Partial<Record<string, [StateWord, StateWord]>> = {
  not_found: ['errorNotFoundTitle', 'errorNotFound'],
  unauthorized: ['errorUnauthorizedTitle', 'errorUnauthorized'],
};

const CLOSED_WORDS: Record<ClosedReason, StateWord> = {
  deadline: 'closedDeadline',
  initiated: 'closedCompleted',
  confirmed: 'closedConfirmed',
  completed: 'closedCompleted',
  pending: 'closedPending',
  canceled: 'closedCanceled',
  refunded: 'closedRefunded',
};

/** Title and message of a state whose words are here. */
export const failureWords = (i18n: I18n, keys: [StateWord, StateWord]): [string, string] => [word(i18n, keys[0]), word(i18n, keys[1])];
export const closedWords = (i18n: I18n, reason: ClosedReason, dueDate?: number): [string, string] => [
  word(i18n, 'closedTitle'),
  word(i18n, CLOSED_WORDS[reason]).replace('{date}', dueDate === undefined ? '' : i18n.date(dueDate)),
];
export const unavailableWords = (i18n: I18n, ux: string): [string, string] => [
  word(i18n, 'uxUnavailableTitle'),
  word(i18n, 'uxUnavailable').replace('{ux}', ux),
];
