/** The bank transfer initiation UX's own strings, namespace `pis` of the i18n registry (money and times through the core `I18n`). */
import { englishI18n, type I18n } from '../../core/i18n/index.ts';
import { pis as en } from '../../core/i18n/en/pis.ts';

type PisMessageKey = keyof typeof en;

export type PisText = (key: PisMessageKey, params?: Record<string, string | number>) => string;

/** `t` for the bank transfer initiation strings in the locale of the core `I18n` the UX was given. */
export const pisText = (i18n: I18n = englishI18n): PisText => (key, params) => i18n.text('pis', en, key, params);

/** The words of why an attempt failed (`declineReason`). */
export const failureKey = (reason: string | undefined): PisMessageKey =>
  reason === 'refused_by_bank' || reason === 'canceled_at_bank' || reason === 'expired' || reason === 'superseded' ? reason : 'otherFailure';
