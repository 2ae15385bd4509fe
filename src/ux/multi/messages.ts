/** Every string of the multi-card and ANCV UX, namespace `multi` of the i18n registry. `{name}` marks a parameter (money already formatted). */
import { englishI18n, type I18n } from '../../core/i18n/index.ts';
import { multi as en } from '../../core/i18n/en/multi.ts';
import type { FlowNotice } from '../../parts/payment-flow.ts';

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

/** A notice written with `money` (amounts as the notice's language writes them). */
export type NoticeMaker = (money: (cents: number) => string) => MultiNotice;

/** The notice `make` writes, in `i18n`'s language and in any other the page switches to while it shows (`in`). */
export function multiNoticeIn(i18n: I18n = englishI18n, currency: string, make: NoticeMaker): FlowNotice {
  const { tone, title, message, params } = make((cents) => i18n.money(cents, currency));
  const t = multiText(i18n);
  return { tone, title: t(title), message: t(message, params), in: (other) => multiNoticeIn(other, currency, make) };
}

/** The amounts changed under the buyer (another tab, a late ANCV answer), in `i18n`'s language and any other. */
export const amountChangedIn = (i18n: I18n): FlowNotice => ({ tone: 'danger', title: i18n.t('errorUnknownTitle'), message: multiText(i18n)('amountChanged'), in: amountChangedIn });
