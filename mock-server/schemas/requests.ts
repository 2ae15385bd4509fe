/**
 * Request bodies of the REST API, parsed in the handlers. Messages are readable because the mock backend loads zod's
 * English locale (see `mock-server/schemas/locale.ts`).
 */
import * as z from 'zod/mini';
import { PAYMENT_METHODS, UX_VALUES } from '../../src/core/schemas.ts';

/** The largest amount the sandbox takes, in cents (10 billion in the currency's unit): sums stay exact integers. */
export const MAX_CENTS = 1_000_000_000_000;
/** The largest date a JavaScript Date can represent (ECMA-262 §21.4.1.1), in epoch milliseconds. */
export const MAX_EPOCH_MS = 8.64e15;
/**
 * The latest the sandbox clock goes: the end of year 9999 UTC. Cards carry 4-digit expiry years, and deadlines and
 * schedules computed from the clock (now + days, + months) must stay far inside what a Date represents.
 */
export const MAX_CLOCK_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const AMOUNT_MESSAGE = 'must be an integer number of cents, as a number or a numeric string such as "12000"';

/**
 * An amount in cents. Back ends written for the real platform send integers as numeric strings ("12000"), so a string of
 * digits is read as that integer; "12.5" or "abc" are refused. Server only: the widget's schemas stay strict.
 */
function amount(minimum: number) {
  return z.pipe(
    z
      .union([z.int(), z.pipe(z.string().check(z.regex(/^-?[0-9]{1,16}$/)), z.transform(Number))], { error: AMOUNT_MESSAGE })
      .check(z.meta({ description: `integer cents from ${minimum} to ${MAX_CENTS}; a numeric string such as "12000" is read as that integer` })),
    z.int().check(z.minimum(minimum), z.maximum(MAX_CENTS)),
  );
}

const cents = amount(0);
const positiveCents = amount(1);
/** A date, in epoch milliseconds, at most the end of year 9999 (see MAX_CLOCK_MS). */
const epochMs = z.int().check(z.minimum(0), z.maximum(MAX_CLOCK_MS));
/** A delay in minutes, at most 100 years: a due date computed from it stays a date. */
const delayMinutes = z.int().check(z.minimum(1), z.maximum(100 * 365 * 24 * 60));
const shortText = z.string().check(z.maxLength(500));

/** Where the sandbox sends buyers or webhooks: http or https only, and no `user:pass@` credentials in the URL. */
const url = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).check(
  z.refine((value) => {
    try {
      const parsed = new URL(value);
      return parsed.username === '' && parsed.password === '';
    } catch {
      // Unparsable: already refused as not an http(s) URL, one error is enough.
      return true;
    }
  }, 'must not carry credentials (user:password@)'),
);

/** Scoring data for pay later: a flat object of plain values, nothing nested. */
const Scoring = z.record(z.string().check(z.maxLength(100)), z.union([z.string().check(z.maxLength(500)), z.number(), z.boolean(), z.null()], { error: 'must be a string, number, boolean or null: scoring is a flat object' })).check(
  z.refine((value) => Object.keys(value).length <= 50, 'scoring has at most 50 fields'),
);

export const ItemInput = z.object({
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  amount: cents,
  quantity: z.optional(z.int().check(z.minimum(1))),
  description: z.optional(shortText),
  trackId: z.optional(shortText),
  productId: z.optional(z.string()),
});

export const InstallmentInput = z.object({ amount: positiveCents, dueDate: epochMs });

export const SendLinkConfig = z.object({
  channels: z.array(z.enum(['email', 'sms'])).check(z.minLength(1)),
  email: z.optional(z.email()),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ]{6,20}$/, 'phone must be digits, optionally starting with +'))),
});

export const CreateOrderInput = z.object({
  amount: positiveCents,
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code such as EUR'))),
  locale: z.optional(z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'locale must look like en or fr-FR'))),
  ux: z.optional(z.enum(UX_VALUES)),
  trackId: z.optional(shortText),
  email: z.optional(z.email()),
  firstName: z.optional(shortText),
  lastName: z.optional(shortText),
  items: z.optional(z.array(ItemInput)),
  notifyUrl: z.optional(url),
  successUrl: z.optional(url),
  secure3D: z.optional(z.boolean()),
  delay: z.optional(delayMinutes),
  dueDate: z.optional(epochMs),
  installmentsCount: z.optional(z.int().check(z.minimum(1), z.maximum(48))),
  installments: z.optional(z.array(InstallmentInput).check(z.minLength(1))),
  tokenize: z.optional(z.boolean()),
  customerId: z.optional(z.string()),
  debitAuto: z.optional(z.boolean()),
  sendLinkConfig: z.optional(SendLinkConfig),
  scoring: z.optional(Scoring),
  /** SEPA Direct Debit: debit the mandate of `customerId` at once, without the widget (domain/sdd.ts). */
  directPayment: z.optional(z.boolean()),
});
export type CreateOrderInput = z.infer<typeof CreateOrderInput>;

/** What a front-end integration may set when it creates the order with the public key. */
export const InlineOrderInput = z.pick(CreateOrderInput, {
  amount: true,
  currency: true,
  locale: true,
  ux: true,
  trackId: true,
  email: true,
  firstName: true,
  lastName: true,
  items: true,
});

const digits = (min: number, max: number, what: string) =>
  z.string().check(z.regex(new RegExp(`^[0-9]{${min},${max}}$`), `${what} must be ${min === max ? min : `${min} to ${max}`} digits`));

export const CardInput = z.object({
  number: digits(12, 19, 'card number'),
  expiryMonth: digits(1, 2, 'expiry month'),
  expiryYear: digits(2, 4, 'expiry year'),
  cvc: digits(3, 4, 'security code'),
  holder: z.optional(shortText),
});
export type CardInput = z.infer<typeof CardInput>;

/** A wallet's payment token: opaque, at most 10,000 characters (an Apple Pay `paymentData` is about 2 kB). */
export const WalletInput = z.object({ token: z.string().check(z.minLength(1), z.maxLength(10_000)) });

export const Payer = z.object({
  email: z.optional(z.email()),
  firstName: z.optional(shortText),
  lastName: z.optional(shortText),
});

const AmazonCheckoutSessionId = z.string().check(z.regex(/^amzs_[A-Za-z0-9-]{1,64}$/, 'amazonCheckoutSessionId must be a checkout session id (amzs_…)'));

/** Installments and pay later: what a payment does with the order's schedule (see docs/API.md). */
export const scheduleFields = {
  /** Pays the whole amount now instead of a schedule: the alternative offered after a refusal. */
  payInFull: z.optional(z.boolean()),
  /** Pays what remains of a confirmed order at once (the complete-balance link). */
  balance: z.optional(z.boolean()),
  /** Pays the unpaid installment whose transaction has this id (the recovery link). */
  recoverTransactionId: z.optional(z.string().check(z.regex(/^auth_[A-Za-z0-9-]{1,64}$/, 'recoverTransactionId must be a transaction id (auth_…)'))),
};

export const PaymentInput = z.object({
  method: z._default(z.enum(PAYMENT_METHODS), 'card'),
  card: z.optional(CardInput),
  amount: z.optional(positiveCents),
  payer: z.optional(Payer),
  installmentsCount: z.optional(z.int().check(z.minimum(1), z.maximum(48))),
  delay: z.optional(delayMinutes),
  itemIds: z.optional(z.array(z.string()).check(z.minLength(1))),
  /** The ux a single+split buyer chose. */
  ux: z.optional(z.enum(UX_VALUES)),
  /** Split: who is paying, so a co-buyer can never become the captain by paying first (and the other way round). */
  role: z.optional(z.enum(['captain', 'cobuyer'])),
  ancvLogin: z.optional(shortText),
  iban: z.optional(z.string()),
  /** Bank transfer initiation: the id of the bank chosen (src/core/pis-banks.ts). */
  bank: z.optional(z.string().check(z.maxLength(100))),
  /** Apple Pay, Google Pay: the wallet's payment token (read, never stored: see domain/wallets.ts). */
  wallet: z.optional(WalletInput),
  /** Amazon Pay: the checkout session the buyer answered on the Amazon page. */
  amazonCheckoutSessionId: z.optional(AmazonCheckoutSessionId),
  ...scheduleFields,
});
export type PaymentInput = z.infer<typeof PaymentInput>;

/**
 * The recovery and complete-balance links: a card (`method` `card`, the default, with `card`) or a wallet (`applepay`,
 * `googlepay` with `wallet.token`; `amazonpay` with `amazonCheckoutSessionId`) pays the unpaid installment or
 * everything left. Other methods (ANCV, debit, transfer) are not offered there: the seed's links take a card.
 */
export const SettlementPaymentInput = z.object({
  method: z._default(z.enum(['card', 'applepay', 'googlepay', 'amazonpay']), 'card'),
  card: z.optional(CardInput),
  wallet: z.optional(WalletInput),
  amazonCheckoutSessionId: z.optional(AmazonCheckoutSessionId),
  /** What the buyer expects to pay (cents): checked against the installment or the balance, to the cent (400 otherwise). */
  amount: z.optional(positiveCents),
  payer: z.optional(Payer),
});

export const ThreeDSAnswer = z.object({ outcome: z.enum(['approve', 'refuse']) });

/** Refunds: no body, `{}` or `[]` refund everything (see `bodyKind: 'options'`); `{"amount": n}` refunds n cents. */
export const RefundInput = z.object({ amount: z.optional(positiveCents) });

/** Cancel takes no options: no body, `{}` or `[]`. */
export const CancelInput = z.object({});

/** Moves within what a JavaScript Date can represent; the handler also refuses a target past that or in the past. */
export const ClockMove = z.union([
  z.object({ advanceBy: z.int().check(z.minimum(0), z.maximum(MAX_CLOCK_MS)) }),
  z.object({ to: epochMs }),
]);

/** `POST /v1/sandbox/reset` takes no options: no body or `{}`; an object naming any option is refused (it wipes nothing). */
export const ResetInput = z.strictObject({});

export const SandboxPayInput = z.object({
  card: z.optional(z.string()),
  amount: z.optional(positiveCents),
  payer: z.optional(Payer),
  threeDS: z.optional(z.enum(['approve', 'refuse'])),
  installmentsCount: z.optional(z.int().check(z.minimum(1), z.maximum(48))),
  delay: z.optional(delayMinutes),
  itemIds: z.optional(z.array(z.string()).check(z.minLength(1))),
  method: z._default(z.enum(['card', 'ancv', 'applepay', 'googlepay', 'amazonpay', 'sdd', 'pis']), 'card'),
  iban: z.optional(z.string()),
  ancvLogin: z.optional(shortText),
  /** Bank transfer initiation: the bank (default `sandbox-bank`) and what the buyer answers on its page (default `confirm`). */
  bank: z.optional(z.string().check(z.maxLength(100))),
  bankAnswer: z.optional(z.enum(['confirm', 'refuse', 'cancel'])),
  ux: z.optional(z.enum(UX_VALUES)),
  ...scheduleFields,
});

export const PlatformPatch = z.object({ webhookUrl: z.nullable(url) });

export { cents, positiveCents, epochMs, shortText, url };
