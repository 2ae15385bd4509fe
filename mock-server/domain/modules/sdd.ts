/**
 * SEPA Direct Debit orders (`ux: "sdd"`): euros only; paid with method `sdd` (domain/sdd.ts), never by card; a
 * `directPayment` order is debited at creation on the mandate of its `customerId`, without the widget.
 */
import { registerModule, type ModuleRules } from './index.ts';
import { conflict, invalid } from '../errors.ts';
import { startDirectDebit } from '../sdd.ts';
import { liveDecline, liveDeclineError } from '../live-mode.ts';
import { creditorOf, defaultMandate } from '../sdd-mandates.ts';

export const sddRules: ModuleRules = {
  currencies: ['EUR'],
  prepareOrder(ctx, platform, order, input) {
    if (order.currency !== 'EUR') throw invalid(`currency: SEPA Direct Debit collects euros only (EUR), not ${order.currency}`);
    creditorOf(platform);
    if (!input.directPayment) return;
    if (!input.customerId) throw invalid('customerId: a directPayment order names the customer whose mandate is debited');
    const mandate = defaultMandate(ctx, platform, input.customerId);
    // Live mode debits no account (domain/live-mode.ts): the order is refused before anything is recorded.
    const live = liveDecline(ctx, { iban: mandate.iban });
    if (live) throw liveDeclineError(live);
    order.directPayment = true;
    startDirectDebit(ctx, order, mandate);
  },
  planPayment() {
    throw conflict('method_not_available', 'A SEPA Direct Debit order is paid with method "sdd" and the account holder’s IBAN');
  },
  afterAuthorization: () => undefined,
};

registerModule('sdd', sddRules);
