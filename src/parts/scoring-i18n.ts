/** Words of the scoring step (financed pay later and installments), namespace `scoring` of the i18n registry. */
import type { I18n } from '../core/i18n/index.ts';
import type { ScoringField, ScoringFieldError } from '../core/scoring.ts';
import { scoring as en } from '../core/i18n/en/scoring.ts';

export type ScoringMessageKey = keyof typeof en;

export const scoringText = (i18n: I18n, key: ScoringMessageKey, params?: Record<string, string | number>): string => i18n.text('scoring', en, key, params);

/** The message of one field's error, naming the field in lower case as a sentence needs it (German keeps its capital). */
export function scoringErrorText(i18n: I18n, field: ScoringField, error: ScoringFieldError): string {
  const name = scoringText(i18n, field);
  // German writes nouns with a capital in a sentence too.
  return scoringText(i18n, error, { field: i18n.locale === 'de' ? name : name.toLowerCase() });
}
