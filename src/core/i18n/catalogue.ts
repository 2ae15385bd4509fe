/**
 * The shape of a language: every namespace of the English catalogue (one per area, written in `en/<area>.ts` and shipped
 * with the code that shows it), each key a `Message`. A language file (`locales/<language>.json`) must have exactly these
 * namespaces and keys: the loader checks it against this type and the parity test (`i18n.test.ts`) checks keys,
 * placeholders and plural forms. Types only: nothing here reaches a bundle.
 */
import type { card } from './en/card.ts';
import type { core } from './en/core.ts';
import type { help } from './en/help.ts';
import type { hosted } from './en/hosted.ts';
import type { link } from './en/link.ts';
import type { multi } from './en/multi.ts';
import type { payment } from './en/payment.ts';
import type { pis } from './en/pis.ts';
import type { amazonPage, bankPage } from './en/sandbox-pages.ts';
import type { schedule } from './en/schedule.ts';
import type { scoring } from './en/scoring.ts';
import type { sdd } from './en/sdd.ts';
import type { split } from './en/split.ts';
import type { states } from './en/states.ts';
import type { threeDS } from './en/three-ds.ts';
import type { updateCard } from './en/update-card.ts';
import type { viban } from './en/viban.ts';
import type { wallets } from './en/wallets.ts';

/**
 * A count's forms, by CLDR plural category (`Intl.PluralRules(locale).select(count)`): `other` always, plus every
 * other category the language uses (English `one`; French `one`, `many`…). Chosen by the `count` parameter.
 */
export type PluralMessage = { [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string } & { other: string };
/** A string with `{name}` placeholders, or a count's plural forms. */
export type Message = string | PluralMessage;

/** The English catalogue, namespace by namespace. A new area adds its `en/<area>.ts` here. */
export interface English {
  core: typeof core;
  card: typeof card;
  payment: typeof payment;
  states: typeof states;
  link: typeof link;
  help: typeof help;
  threeDS: typeof threeDS;
  split: typeof split;
  multi: typeof multi;
  schedule: typeof schedule;
  scoring: typeof scoring;
  viban: typeof viban;
  pis: typeof pis;
  sdd: typeof sdd;
  wallets: typeof wallets;
  updateCard: typeof updateCard;
  hosted: typeof hosted;
  bankPage: typeof bankPage;
  amazonPage: typeof amazonPage;
}

export type Namespace = keyof English;

/** A language: the same namespaces and keys as English. */
export type Catalogue = { [N in Namespace]: { [K in keyof English[N]]: Message } };
