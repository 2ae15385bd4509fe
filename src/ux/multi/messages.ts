/** Every string of the multi-card and ANCV UX, namespace `multi` of the i18n registry. `{name}` marks a parameter (money already formatted). */
import { englishI18n, type I18n } from '../../core/i18n/index.ts';
import { multi as en } from '../../core/i18n/en/multi.ts';

export type MultiMessageKey = keyof typeof en;

export type MultiText = (key: MultiMessageKey, params?: Record<string, string | number>) => string;

/** A notice above the form: what happened to the last payment, in the multi UX's words. */
export interface MultiNotice {
  tone: 'danger' | 'success';
  title: MultiMessageKey;
  message: MultiMessageKey;
  params: Record<string, string>;
}

export function multiText(i18n: I18n = englishI18n): MultiText {
  return (key, params) => i18n.text('multi', en, key, params);
}
