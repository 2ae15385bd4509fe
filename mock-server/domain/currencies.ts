/**
 * The currencies an order may be in. The create-order schema checks only that `currency` is shaped as an ISO 4217 code;
 * a module that collects one currency says so (`ModuleRules.currencies`: a virtual IBAN and SEPA Direct Debit take EUR,
 * and refuse any other at creation); every other module takes the ISO 4217 currencies in use, as the runtime's Intl
 * (CLDR) knows them. Amounts are integers of the currency's minor unit as Intl counts it (`currencyDigits`: 2 for EUR,
 * 0 for JPY, 3 for KWD), as the widget shows them.
 */
import type { Ux } from '../../src/core/schemas.ts';
import { rulesFor } from './modules/index.ts';

const IN_USE: readonly string[] = Intl.supportedValuesOf('currency');

/** What an order of `ux` may be paid in, sorted; the dashboard's payment-link form offers exactly these. */
export function currenciesFor(ux: Ux): readonly string[] {
  return rulesFor(ux).currencies ?? IN_USE;
}
