/**
 * The words of the load states that only follow an answer of the platform (order not found, key refused, nothing to
 * pay, UX not available yet), namespace `states` of the i18n registry. Their English ships in a chunk of their own, fetched when one of these states
 * first shows (`needStateWords` in `checkout-states.ts`): the loading, network-down and not-configured states, which
 * must show with no further download, keep their words in the core catalogues.
 */
import type { I18n } from '../core/i18n/index.ts';
import type { OrderStatus } from '../core/contract/index.ts';
import { states as en } from '../core/i18n/en/states.ts';

/** Why an order cannot be paid: its status, or `deadline` for an order the platform canceled when its deadline passed. */
export type ClosedReason = OrderStatus | 'deadline';

type StateWord = keyof typeof en;

const word = (i18n: I18n, key: StateWord): string => i18n.text('states', en, key);

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
