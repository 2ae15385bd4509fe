/**
 * The SEPA Direct Debit UX's own strings, namespace `sdd` of the i18n registry: the account holder's fields, the reasons an IBAN is
 * refused (one per `IbanProblem` of `core/iban.ts`, the rule the platform applies too), the mandate text and the
 * pending state. Shared strings (processing, network errors) stay in the core catalogues.
 */
import type { I18n } from '../../core/i18n/index.ts';
import type { IbanProblem } from '../../core/iban.ts';
import { sdd as en } from '../../core/i18n/en/sdd.ts';

export type SddMessageKey = keyof typeof en;

/** `t` in the page's language, `country` a country's name in it (for IBAN messages), `day` a banking day. */
export function sddWords(i18n: I18n) {
  const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([i18n.locale], { type: 'region' }) : undefined;
  // A debit date is a banking day (a calendar day in UTC on the platform): shown in UTC, so no time zone moves it.
  const days = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    t: (key: SddMessageKey, params?: Record<string, string | number>) => i18n.text('sdd', en, key, params),
    country: (code: string | undefined) => (code ? (regions?.of(code) ?? code) : ''),
    day: (epochMs: number) => days.format(new Date(epochMs)),
  };
}

export type SddWords = ReturnType<typeof sddWords>;

/** The message key of each IBAN problem. */
export const IBAN_PROBLEM_WORDS: Record<IbanProblem, SddMessageKey> = {
  required: 'ibanRequired',
  characters: 'ibanCharacters',
  country: 'ibanCountry',
  notSepa: 'ibanNotSepa',
  length: 'ibanLength',
  checksum: 'ibanChecksum',
  format: 'ibanFormat',
  nationalChecksum: 'ibanNationalChecksum',
};
