/**
 * The virtual IBAN UX's own strings, namespace `viban` of the i18n registry (`core/i18n/en/viban.ts`). Money and dates are formatted with Intl through the core
 * `I18n`; the names of the detail rows double as the copy buttons' accessible names ("Copy IBAN").
 */
import type { I18n } from '../../core/i18n/index.ts';
import { viban as en } from '../../core/i18n/en/viban.ts';

type VibanMessageKey = keyof typeof en;

/** `t` for the virtual IBAN strings in the locale of the core `I18n` the UX was given. */
export function vibanText(i18n: I18n, key: VibanMessageKey, params: Record<string, string | number> = {}): string {
  return i18n.text('viban', en, key, params);
}

export type VibanText = (key: VibanMessageKey, params?: Record<string, string | number>) => string;
