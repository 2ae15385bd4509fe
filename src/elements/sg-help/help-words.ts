/**
 * What `<sg-help>` tells buyers about how an order's module works: namespace `help` of the i18n registry (English in
 * `core/i18n/en/help.ts`, shipped in the `<sg-help>` chunk only). `{amount}` is the order's amount, `{date}` its deadline.
 */
import type { Ux } from '../../core/contract/index.ts';
import { help as en } from '../../core/i18n/en/help.ts';
import type { I18n, Params } from '../../core/i18n/index.ts';

export interface HelpWords {
  title: string;
  /** Paragraphs, in reading order. */
  steps: string[];
  deadline: string;
}

/** The explanation of `ux`: its title and paragraphs `<ux>1`, `<ux>2`… in the registry, filled with `params`. */
export function helpWords(i18n: I18n, ux: Ux, params: Params): HelpWords {
  const text = (key: keyof typeof en) => i18n.text('help', en, key, params);
  const steps = Object.keys(en).filter((key) => key.startsWith(ux) && /^\d$/.test(key.slice(ux.length))) as (keyof typeof en)[];
  return { title: text(`${ux}Title`), steps: steps.map(text), deadline: text('deadline') };
}
