/**
 * SEPA Direct Debit mandates: the account holder's permission, given in the widget, for the platform's merchant (the
 * creditor) to debit their account. A mandate belongs to a customer (`cst_`): the order's `customerId` when the merchant
 * gave one, else a new customer the order then names, so that a next order with `directPayment` and that `customerId`
 * debits the same mandate (the seed: "You can create next order with directPayment to debit again"; a customer's newest
 * mandate is its default, as for tokenised methods).
 *
 * Rules kept from the EPC SDD Core rulebook: the unique mandate reference (UMR) has at most 35 characters; a mandate
 * not debited for 36 months expires and a next debit then needs a new one; the first debit of a mandate is `FRST`, the
 * following ones `RCUR`.
 */
import { electronicIban, ibanLast4 } from '../../src/core/iban.ts';
import type { Platform } from '../seed.ts';
import type { MandateRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { newId } from './ids.ts';
import { createCustomer } from './recurring/customers.ts';

/** The EPC rulebook's longest mandate reference. */
export const MANDATE_REFERENCE_MAX = 35;
/** A mandate not debited for this many months expires (EPC rulebook). */
export const MANDATE_EXPIRY_MONTHS = 36;

/**
 * A new unique mandate reference: `SGM`, the signature day (YYYYMMDD) and 16 random characters of A–Z0–9, 27 in all
 * (letters and digits only, so every bank format accepts it).
 */
export function newMandateReference(signedAt: number): string {
  const day = new Date(signedAt).toISOString().slice(0, 10).replaceAll('-', '');
  const random = crypto.randomUUID().replaceAll('-', '').toUpperCase().slice(0, 16);
  return `SGM${day}${random}`;
}

/** The creditor the platform's mandates name; 409 on a platform not set up for SEPA Direct Debit. */
export function creditorOf(platform: Platform): { id: string; name: string } {
  const creditor = platform.settings.sddCreditor;
  if (!creditor) throw conflict('method_not_available', 'SEPA Direct Debit is not set up on this platform (no SEPA creditor identifier)');
  return creditor;
}

/** When a mandate last used (or signed at `signedAt`) expires, epoch ms. */
export function mandateExpiresAt(mandate: Pick<MandateRecord, 'signedAt' | 'lastDebitAt'>): number {
  const since = new Date(mandate.lastDebitAt ?? mandate.signedAt);
  since.setUTCMonth(since.getUTCMonth() + MANDATE_EXPIRY_MONTHS);
  return since.getTime();
}

/** The customer's mandates on `platform`, newest first. */
export function customerMandates(ctx: DomainContext, platform: Platform, customerId: string): MandateRecord[] {
  return ctx.tx.mandates
    .list('customerId', customerId)
    .filter((mandate) => mandate.platformId === platform.id)
    .sort((a, b) => b.signedAt - a.signedAt);
}

/**
 * The mandate a `directPayment` order debits: the customer's newest one on this platform. 400 when the customer has
 * none (a first payment through the widget signs it) or when it expired.
 */
export function defaultMandate(ctx: DomainContext, platform: Platform, customerId: string): MandateRecord {
  const mandate = customerMandates(ctx, platform, customerId)[0];
  if (!mandate) {
    throw invalid(`customerId: customer ${customerId} has no SEPA Direct Debit mandate on this platform; a first order paid in the widget signs one`);
  }
  if (mandateExpiresAt(mandate) <= ctx.now) {
    throw invalid(`customerId: the mandate ${mandate.reference} expired (not debited for ${MANDATE_EXPIRY_MONTHS} months); a new order paid in the widget signs a new one`);
  }
  return mandate;
}

export interface Signatory {
  iban: string;
  firstName: string;
  lastName: string;
  email?: string | undefined;
}

/**
 * The mandate the account holder signs by paying: the customer's existing mandate on the same IBAN (same holder and
 * creditor: its debits go on), else a new one signed now.
 */
export function signMandate(ctx: DomainContext, platform: Platform, customerId: string | undefined, signatory: Signatory): MandateRecord {
  const creditor = creditorOf(platform);
  const iban = electronicIban(signatory.iban);
  if (customerId) {
    const existing = customerMandates(ctx, platform, customerId).find((mandate) => mandate.iban === iban && mandateExpiresAt(mandate) > ctx.now);
    if (existing) return existing;
  }
  const mandate: MandateRecord = {
    id: newId('mdt'),
    reference: newMandateReference(ctx.now),
    platformId: platform.id,
    // Without one, the account holder becomes the platform's customer (recurring payments' customers), named on the order.
    customerId: customerId ?? createCustomer(ctx, platform, { email: signatory.email, firstName: signatory.firstName, lastName: signatory.lastName }).id,
    iban,
    firstName: signatory.firstName,
    lastName: signatory.lastName,
    creditorId: creditor.id,
    creditorName: creditor.name,
    signedAt: ctx.now,
    debitIds: [],
  };
  ctx.tx.mandates.put(mandate);
  return mandate;
}

export const mandateLast4 = (mandate: MandateRecord) => ibanLast4(mandate.iban);
