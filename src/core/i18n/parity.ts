/**
 * What is wrong with a language's catalogue, measured against English: the check behind the parity test, kept apart
 * so the test can also prove it fails (a key removed, a placeholder renamed, a plural form missing). Not shipped: only
 * tests import it.
 */
import type { Message } from './catalogue.ts';

type Namespaces = object;

/** "field(s)", "Feld(er)", "veld(en)", "campo/i": a count's plural written as both forms, where `Intl.PluralRules` chooses one. */
const PSEUDO_PLURAL = /\p{L}\((?:s|e|en|er|es|x)\)|\p{L}\/i\b/u;

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message): string =>
  [...new Set(forms(message).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort().join();

/**
 * One line per problem of `catalogue` (in `locale`) against `english`: a namespace or key missing or extra, an empty
 * string, placeholders that differ from English's, a plural message where English has a string (or the reverse), a
 * plural message without a form for one of the language's CLDR plural categories (`Intl.PluralRules`), a plural
 * written as both forms in one text ("field(s)").
 */
export function catalogueProblems(locale: string, englishCatalogue: Namespaces, translatedCatalogue: Namespaces): string[] {
  const english = englishCatalogue as Record<string, Record<string, Message>>;
  const catalogue = translatedCatalogue as Record<string, Record<string, Message> | undefined>;
  const problems: string[] = [];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const extra = (names: string[], known: object, where: string) => {
    for (const name of names) if (!Object.hasOwn(known, name)) problems.push(`${locale}: ${where}${name} is not in English`);
  };
  extra(Object.keys(catalogue), english, '');
  for (const [namespace, messages] of Object.entries(english)) {
    const translated = catalogue[namespace];
    if (!translated) {
      problems.push(`${locale}: namespace ${namespace} missing`);
      continue;
    }
    extra(Object.keys(translated), messages, `${namespace}.`);
    for (const [key, source] of Object.entries(messages)) {
      const where = `${locale}: ${namespace}.${key}`;
      const message = translated[key];
      if (message === undefined) {
        problems.push(`${where} missing`);
        continue;
      }
      if (typeof message !== typeof source) problems.push(`${where} is ${typeof source === 'string' ? 'plural' : 'not plural'} unlike English`);
      if (forms(message).some((text) => typeof text !== 'string' || !text.trim())) problems.push(`${where} has an empty text`);
      if (placeholders(message) !== placeholders(source)) problems.push(`${where} has placeholders ${placeholders(message) || 'none'} instead of ${placeholders(source) || 'none'}`);
      if (forms(message).some((text) => PSEUDO_PLURAL.test(text))) problems.push(`${where} writes a plural as "(s)": give it plural forms`);
      if (typeof message !== 'string') {
        for (const category of categories) if (!(category in message)) problems.push(`${where} lacks the plural form "${category}"`);
      }
    }
  }
  return problems;
}
