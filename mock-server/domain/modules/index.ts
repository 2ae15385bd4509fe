/**
 * What differs between modules, behind one interface, so that payments, the clock and refunds stay module-agnostic.
 * A module that the sandbox does not implement yet refuses payments with a clear message rather than faking them.
 */
import type { Ux } from '../../../src/core/schemas.ts';
import type { Platform } from '../../seed.ts';
import type { CreateOrderInput, PaymentInput } from '../../schemas/requests.ts';
import type { OrderRecord, ScheduleChoice, TransactionRecord } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { conflict } from '../errors.ts';

export interface PaymentPlan {
  amount: number;
  role: NonNullable<TransactionRecord['role']>;
  itemIds?: string[];
  /** Split: the payer's own share, when the amount authorised is more than that. */
  share?: number;
  /** Single + split: the ux the buyer chose. */
  chosenUx?: Ux;
  /** Installments and pay later: kept on the transaction until the bank authorises it (3-D Secure may come between). */
  scheduleChoice?: ScheduleChoice;
}

export interface ModuleRules {
  /** The only currencies (ISO 4217) the module collects, when it is not any of them (SEPA modules: EUR); see currencies.ts. */
  currencies?: readonly string[];
  /** Checks and completes a new order (deadlines, schedules); throws `invalid` to refuse it. */
  prepareOrder(ctx: DomainContext, platform: Platform, order: OrderRecord, input: CreateOrderInput): void;
  /** Decides what a new payment on the order is for, or refuses it. */
  planPayment(ctx: DomainContext, platform: Platform, order: OrderRecord, input: PaymentInput): PaymentPlan;
  /** Last check when the bank is about to authorise (after 3-D Secure the order may have moved on). */
  beforeAuthorization?(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): void;
  /** What the authorisation changes on the order: captures, status, schedules, webhooks. */
  afterAuthorization(ctx: DomainContext, platform: Platform, order: OrderRecord, transaction: TransactionRecord): void;
  /** What a refund that left the order open changes for the module (it may now cover what the order still collects). */
  afterRefund?(ctx: DomainContext, order: OrderRecord): void;
  /** Where `order.redirectUrl` points, when not the payment page (installments: the complete-balance page once confirmed). */
  redirectUrl?(ctx: DomainContext, order: OrderRecord): string | undefined;
}

const notYetPayable = (ux: Ux): ModuleRules => ({
  prepareOrder: () => undefined,
  planPayment: () => {
    throw conflict('ux_not_available', `Paying a ${ux} order is not available in this sandbox yet`);
  },
  afterAuthorization: () => undefined,
});

// Filled by each module's `registerModule` (domain/modules/register.ts): this file imports no module, so a module may use
// the order functions that call `rulesFor` without an import cycle.
const RULES: Partial<Record<Ux, ModuleRules>> = {};

export function registerModule(ux: Ux, rules: ModuleRules): void {
  RULES[ux] = rules;
}

export function rulesFor(ux: Ux): ModuleRules {
  return RULES[ux] ?? notYetPayable(ux);
}
