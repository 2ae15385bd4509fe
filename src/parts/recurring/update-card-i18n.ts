/**
 * Strings of the hosted update-card page, namespace `updateCard` of the i18n registry. The card form's own strings (labels, errors) and the 3-D
 * Secure page stay in the core catalogues; money and dates go through Intl (`I18n.money`, `I18n.date`).
 */
import type { I18n } from '../../core/i18n/index.ts';
import { updateCard as en } from '../../core/i18n/en/update-card.ts';

export type UpdateCardKey = keyof typeof en;

export function updateCardText(i18n: I18n, key: UpdateCardKey, params: Record<string, string> = {}): string {
  return i18n.text('updateCard', en, key, params);
}
