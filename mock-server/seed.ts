/**
 * The seeded sandbox: one organization, one platform per module, with keys that are the same at every start so that
 * documentation, tests and a newcomer's back end can rely on them.
 */
import type { PaymentMethod, Ux } from '../src/core/schemas.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface RecoveryPolicy {
  /** Minutes between two automatic retries of a failed capture. */
  retryEveryMinutes: number;
  /** How many retries at most. */
  retryCount: number;
  /** Whether the buyer gets an email with a link to pay the unpaid amount another way. */
  emailLink: boolean;
}

export interface PlatformSettings {
  /** The uxs an order of this platform may have; the first one is the default. */
  uxs: Ux[];
  paymentMethods: PaymentMethod[];
  validationMode?: 'direct' | 'standard';
  singleSplit?: boolean;
  /** Longest delay between creation and due date, in milliseconds. */
  maxDelayMs?: number;
  /** Split orders whose deadline is beyond the usual maximum capture each payment at once (the seed's tip). */
  captureDirectlyBeyondMaxDelay?: boolean;
  installmentChoices?: number[];
  financing?: boolean;
  /** Pay-later delays the buyer may choose, in days. */
  paylaterChoices?: number[];
  defaultPaylaterDays?: number;
  recovery?: RecoveryPolicy;
  ancvShopId?: string;
  /** Smallest ANCV Connect payment, in cents. */
  ancvMinimum?: number;
  /** SEPA Direct Debit: the creditor the mandates name (SEPA creditor identifier and name). */
  sddCreditor?: { id: string; name: string };
}

export interface Platform {
  id: string;
  slug: PlatformSlug;
  organizationId: string;
  name: string;
  module: string;
  secretKey: string;
  publicKey: string;
  webhookSecret: string;
  /** Where webhooks go when an order has no `notifyUrl`. */
  webhookUrl: string | null;
  settings: PlatformSettings;
}

export interface Organization {
  id: string;
  name: string;
}

export const SANDBOX_ORGANIZATION: Organization = { id: 'org_601b4245-b72f-4aa7-b9bd-e05709ae4062', name: 'Sandbox organization' };

const KEYS = {
  'single': { id: 'pl_8952191c-a569-4e05-9814-bb7fa5155c70', secretKey: 'sk_test_8c1c0ee0-bc39-48b3-b7a3-cb50b78a942f', publicKey: 'pk_test_af5f9a03-8788-46fd-ac51-e3959bc40705', webhookSecret: 'whsk_925fcc5e-b175-435d-9567-4e6f1f67c9be' },
  'split-direct': { id: 'pl_521a3a5f-ff8a-4a78-a1a3-985913ad4d6e', secretKey: 'sk_test_7a2e856f-434f-403d-ab7d-44ef1bc27274', publicKey: 'pk_test_add879e3-e5bd-4ad5-9f31-ac1d0521d055', webhookSecret: 'whsk_4bde7155-8322-47a3-acff-6bff02c81b68' },
  'split-standard': { id: 'pl_60345539-d063-4d0c-a494-017b63d44cf4', secretKey: 'sk_test_5aed5027-9ef9-4c1e-9341-203bfd16f64b', publicKey: 'pk_test_cd037bdc-d582-40a7-934a-b31d219573b4', webhookSecret: 'whsk_866819d9-2b5d-4338-8d99-c38fdd6f22fb' },
  'split-single': { id: 'pl_7f95f6c2-a79f-4215-842b-54ebbc4b395c', secretKey: 'sk_test_d04fb6d8-157a-4c3f-be50-c00c950c5cc2', publicKey: 'pk_test_fa2c4a39-2e44-4a32-b493-33cd949d8cb3', webhookSecret: 'whsk_677e2af7-3c61-482b-a092-b27ea55e2f5b' },
  'multi': { id: 'pl_cb5fa57a-2351-460b-9914-0cc776bd1938', secretKey: 'sk_test_858a7b2a-d5a0-4fe2-90c3-00c9c7d8d37a', publicKey: 'pk_test_536a0a99-161e-40e7-ba20-c89b6e46115d', webhookSecret: 'whsk_03ec5261-9943-4f91-ba15-695589449ef2' },
  'multi-ancv': { id: 'pl_4e614737-3210-4ae1-a426-b6db5ecc9cfd', secretKey: 'sk_test_ba76fdb2-85ce-4789-b2e7-531f04de5d49', publicKey: 'pk_test_0896c252-5f17-43a4-a42a-f482d1903f41', webhookSecret: 'whsk_62a1545b-ed39-4a2a-a473-330822a2fb97' },
  'ancv': { id: 'pl_35bf8313-b741-44ca-85b9-04d6619f85af', secretKey: 'sk_test_8f87393d-7485-447a-8e84-cd9fcc7ee1fe', publicKey: 'pk_test_164eb694-9f2f-4f61-afb5-514a5c73f9c4', webhookSecret: 'whsk_520426f7-dfd0-4c20-9f27-baf2d1122c7c' },
  'paylater': { id: 'pl_67006aae-3266-4503-843b-75594643fb22', secretKey: 'sk_test_1b0defa9-c29e-406b-9255-25bf782a2ebe', publicKey: 'pk_test_7a54e4b9-af6b-4b69-9bdc-4e12250901c9', webhookSecret: 'whsk_ed56c79e-f31c-4d43-a0d7-8c9d0920b9a8' },
  'installments': { id: 'pl_e7b71ddf-d43f-4924-b3c4-691dedc13075', secretKey: 'sk_test_8af2797e-d20b-4f5d-8d8a-53c5507c7cee', publicKey: 'pk_test_26805fe6-455a-46b6-9498-525ebac0f244', webhookSecret: 'whsk_66d97493-5d90-4ce1-b417-aa0847eb1cc0' },
  'installments-financed': { id: 'pl_e7b5e0fb-52c8-4a89-a7e5-49067233026d', secretKey: 'sk_test_50260261-0d82-4550-bc46-e5fe50aa0cf9', publicKey: 'pk_test_fe47eef4-9a47-49ae-9b8f-6fd77520a1ec', webhookSecret: 'whsk_49b52ad0-92d8-4718-ae27-653aaa1ad920' },
  'viban': { id: 'pl_64d374c9-8afb-4a7f-86ca-0d48d93a7118', secretKey: 'sk_test_7721ce66-7935-4803-ba53-85f44f395998', publicKey: 'pk_test_a1c50dab-c15e-4fc2-a021-d2b498161404', webhookSecret: 'whsk_9b6d5c3e-60a1-4a8b-b782-c717244dc09a' },
  'pis': { id: 'pl_374be546-2faa-4e2b-90c7-7a330b384c24', secretKey: 'sk_test_401c27de-f261-4b03-9bab-66b577b8d60c', publicKey: 'pk_test_a66061da-40ae-4e1b-9b5d-6b2f0bc0c1d9', webhookSecret: 'whsk_beae1083-ddfa-4546-b222-7e3d591df479' },
  'sdd': { id: 'pl_1aa145da-7247-476c-a37c-5e3f5a811790', secretKey: 'sk_test_be9d8ac4-5455-4c79-802d-552667d77f88', publicKey: 'pk_test_e898f080-fa94-4f86-a167-180c2d54063a', webhookSecret: 'whsk_2263403e-f7bd-46dc-af2d-5ee473825d2c' },
  'wallets': { id: 'pl_584a5b8f-f1bd-41f4-9bb4-9b7096e35446', secretKey: 'sk_test_76409a99-df70-4e5a-a0b0-73797de635c3', publicKey: 'pk_test_beb2e62a-1c16-4238-9d54-a3124bd7d5ac', webhookSecret: 'whsk_0c00cc8b-0649-4637-9708-f93899ef14ce' },
  'split-wallets': { id: 'pl_05d7d1cb-d9b7-4beb-91d7-35ff41ecdd44', secretKey: 'sk_test_4cbe81d6-656f-4b2a-a6e1-f1eac9e7ca4d', publicKey: 'pk_test_bfb16e49-0a11-4c7d-b2e0-c6ffd0b296ab', webhookSecret: 'whsk_836f7859-8a54-4bf4-9843-b688388ce4e0' },
  'multi-wallets': { id: 'pl_c8c3b9c1-f7c6-4187-b7d0-68da77446854', secretKey: 'sk_test_d4c97979-c25b-4a4e-b049-b37eabbc1741', publicKey: 'pk_test_855a7991-860f-4cfa-96c1-acc519e5ebcb', webhookSecret: 'whsk_f488c113-1044-4445-b2a0-dde577d3b373' },
  'installments-wallets': { id: 'pl_3ce9b46d-939e-4c83-ad09-53e3e2d2f69b', secretKey: 'sk_test_1bf12c39-7faf-43ad-ade1-d562d4314ee0', publicKey: 'pk_test_c413cc4a-40ef-4b61-8c71-aa008ffcee3a', webhookSecret: 'whsk_b4782d48-e36d-40c2-9e3e-314224bcdd70' },
  'paylater-wallets': { id: 'pl_d4649bec-c5e6-424e-9aee-0b580a19f912', secretKey: 'sk_test_8186201b-7bf5-4968-b3d0-29abfa9a4f8e', publicKey: 'pk_test_17efd68d-25d7-4a3a-a6e0-9e7deaaa60a4', webhookSecret: 'whsk_ca750131-f36a-43a6-b958-22ee2d4b080f' },
  'subscription': { id: 'pl_bc216cd0-08a0-49b0-9e7b-175a04aa03fd', secretKey: 'sk_test_eb0c413c-8203-4b53-b3af-c65c5956db6a', publicKey: 'pk_test_84491a85-5cfe-44db-86e3-d2e3cac42c3e', webhookSecret: 'whsk_04bca471-7048-4917-8bb3-3f90998905ff' },
} as const;

export type PlatformSlug = keyof typeof KEYS;

/**
 * The live keys of each platform (CONTRACT §2 "Sandbox and production"): the same at every start, like the sandbox
 * keys, and kept here rather than on the stored platform so that a data file written before live mode has them too.
 */
const LIVE_KEYS: Record<PlatformSlug, LiveKeys> = {
  'single': { secretKey: 'sk_live_97549bd5-11fa-4218-876b-76d82ef4c3f1', publicKey: 'pk_live_3af68193-1fe7-4044-af2a-d30f1dd5bac1' },
  'split-direct': { secretKey: 'sk_live_89071cba-264b-4f9b-9c2c-cc858b1367f9', publicKey: 'pk_live_6093ae3b-5c56-41e0-a2df-84b2b2640fa3' },
  'split-standard': { secretKey: 'sk_live_3c54ea18-fb82-446f-b66a-4e415392ad92', publicKey: 'pk_live_cb231f4f-4c40-42d2-9a94-69504f3fa4d2' },
  'split-single': { secretKey: 'sk_live_0a497a30-feb0-49d4-b15d-5d1f0c7498da', publicKey: 'pk_live_099ef164-6f83-4f90-8ea5-e44fa0ac796f' },
  'multi': { secretKey: 'sk_live_ced18097-ee12-4914-953d-61fbfe501a1e', publicKey: 'pk_live_5b0a7c81-858e-4125-b8d0-308a1c35d7e8' },
  'multi-ancv': { secretKey: 'sk_live_0245658e-2a0e-4fe2-9d5a-70822213da19', publicKey: 'pk_live_1f80b9cd-5ccf-4ad0-ac87-b4046bb1f72d' },
  'ancv': { secretKey: 'sk_live_ea3d0bee-7a27-4d1e-b5a8-69c512444604', publicKey: 'pk_live_4daa88dc-77a8-4864-8503-94cceb265c1b' },
  'paylater': { secretKey: 'sk_live_d8627656-4672-4333-8957-e40562dd03be', publicKey: 'pk_live_407a4fe9-6f11-47a5-9af6-2ce675a88ee1' },
  'installments': { secretKey: 'sk_live_64a1cce6-652e-4b81-b44c-da392039c248', publicKey: 'pk_live_c166e56e-9752-4878-b307-a90f0deb1f81' },
  'installments-financed': { secretKey: 'sk_live_ccbb7e99-3a2a-463f-afc7-5ae9e9cbbe5e', publicKey: 'pk_live_ffc9d7d1-5e46-44d2-a64a-cf9cf3de784e' },
  'viban': { secretKey: 'sk_live_491c2e46-dae4-4b41-9573-2da2da243369', publicKey: 'pk_live_c4c35982-e74a-4511-a612-071dc2bb4ebf' },
  'pis': { secretKey: 'sk_live_88b38fda-c65c-438e-8814-b1de4c1b5e50', publicKey: 'pk_live_3e85459a-a937-430b-a438-1b917c1da937' },
  'sdd': { secretKey: 'sk_live_0b1410cf-8bfa-4e33-9157-a81cefa60caf', publicKey: 'pk_live_39fbf4e1-4a4b-4fe6-b9f8-54ab18b5b26f' },
  'wallets': { secretKey: 'sk_live_879831f5-77db-4745-afbf-61aab0bec947', publicKey: 'pk_live_8a046591-d4d8-4bd7-8bca-4263b2247e36' },
  'split-wallets': { secretKey: 'sk_live_197da2ef-0e40-41f4-b416-ff6189838d1e', publicKey: 'pk_live_21471a62-ab4f-4339-9375-05a01464cfa6' },
  'multi-wallets': { secretKey: 'sk_live_98378463-55af-4933-b85e-ad0cdd6f1493', publicKey: 'pk_live_13ed5e5b-f5d8-41a1-8e57-9f86ca0d3e5b' },
  'installments-wallets': { secretKey: 'sk_live_f943c156-cd89-48b8-b20d-2c5c14b27fb8', publicKey: 'pk_live_2de0e18c-9cba-4d31-af18-f06616390141' },
  'paylater-wallets': { secretKey: 'sk_live_1c6c5f09-0795-41dd-821d-602643b8a776', publicKey: 'pk_live_74ac5bb2-2e50-4480-9a51-b3168f9a22b5' },
  'subscription': { secretKey: 'sk_live_adc850ba-37d3-4eb2-8033-d186ed1f1576', publicKey: 'pk_live_08e09f83-e327-451a-b7ab-2b6aab9732da' },
};

export interface LiveKeys {
  secretKey: string;
  publicKey: string;
}

/** The live keys of `platform` (listed by `GET /v1/sandbox/platforms` under each platform's `live`). */
export function liveKeys(platform: Pick<Platform, 'slug'>): LiveKeys {
  return LIVE_KEYS[platform.slug];
}

const SPLIT_MAX_DELAY_MS = 6 * DAY;
const PAYLATER_MAX_DELAY_MS = 30 * DAY;
const RECOVERY: RecoveryPolicy = { retryEveryMinutes: 24 * 60, retryCount: 7, emailLink: true };
const CARD_ONLY: PaymentMethod[] = ['card'];
const WALLETS: PaymentMethod[] = ['applepay', 'googlepay', 'amazonpay'];

const DEFINITIONS: Record<PlatformSlug, { name: string; module: string; settings: PlatformSettings }> = {
  single: { name: 'Single payment', module: 'single', settings: { uxs: ['single'], paymentMethods: CARD_ONLY } },
  'split-direct': {
    name: 'Split payment (direct validation)',
    module: 'split',
    settings: { uxs: ['collect', 'picking'], paymentMethods: CARD_ONLY, validationMode: 'direct', maxDelayMs: SPLIT_MAX_DELAY_MS },
  },
  'split-standard': {
    name: 'Split payment (standard validation)',
    module: 'split',
    settings: { uxs: ['collect', 'picking'], paymentMethods: CARD_ONLY, validationMode: 'standard', maxDelayMs: SPLIT_MAX_DELAY_MS },
  },
  'split-single': {
    name: 'Single + split payment',
    module: 'split',
    settings: {
      uxs: ['collect', 'picking', 'single'],
      paymentMethods: CARD_ONLY,
      validationMode: 'direct',
      singleSplit: true,
      maxDelayMs: SPLIT_MAX_DELAY_MS,
    },
  },
  multi: { name: 'Multi-card', module: 'multi', settings: { uxs: ['multi'], paymentMethods: CARD_ONLY, maxDelayMs: DAY } },
  'multi-ancv': {
    name: 'Multi-card with ANCV Connect',
    module: 'multi',
    settings: { uxs: ['multi'], paymentMethods: ['ancv', 'card'], maxDelayMs: DAY, ancvShopId: 'ANCV-SHOP-0001', ancvMinimum: 2000 },
  },
  ancv: {
    name: 'ANCV Connect (stand-alone)',
    module: 'ancv',
    settings: { uxs: ['single'], paymentMethods: ['ancv'], ancvShopId: 'ANCV-SHOP-0002', ancvMinimum: 2000 },
  },
  paylater: {
    name: 'Pay later',
    module: 'paylater',
    settings: {
      uxs: ['paylater'],
      paymentMethods: CARD_ONLY,
      maxDelayMs: PAYLATER_MAX_DELAY_MS,
      paylaterChoices: [15, 30],
      defaultPaylaterDays: 30,
      recovery: RECOVERY,
    },
  },
  installments: {
    name: 'Installments (without financing)',
    module: 'installment',
    settings: { uxs: ['installment'], paymentMethods: CARD_ONLY, installmentChoices: [2, 3, 4, 5, 6, 10, 12], financing: false, recovery: RECOVERY },
  },
  'installments-financed': {
    name: 'Installments (with financing)',
    module: 'installment',
    settings: {
      uxs: ['installment'],
      paymentMethods: CARD_ONLY,
      installmentChoices: [3, 4, 10],
      financing: true,
      recovery: { retryEveryMinutes: 24 * 60, retryCount: 7, emailLink: true },
    },
  },
  viban: { name: 'Virtual IBAN', module: 'viban', settings: { uxs: ['viban'], paymentMethods: ['viban'] } },
  pis: { name: 'Bank transfer initiation', module: 'pis', settings: { uxs: ['pis'], paymentMethods: ['pis'] } },
  sdd: {
    name: 'SEPA Direct Debit',
    module: 'sdd',
    // A well-formed French SEPA creditor identifier (check digits 92 over 5A4B12FR00, business code ZZZ).
    settings: { uxs: ['sdd'], paymentMethods: ['sdd'], sddCreditor: { id: 'FR92ZZZ5A4B12', name: 'Sandbox Shop' } },
  },
  wallets: {
    name: 'Wallets (Apple Pay, Google Pay, Amazon Pay)',
    module: 'single',
    settings: { uxs: ['single'], paymentMethods: ['card', ...WALLETS] },
  },
  // Wallets in every UX that takes a card (issue 11): a co-buyer's share, a multi-card part, a first installment, a
  // deferred authorisation, paid with a wallet.
  'split-wallets': {
    name: 'Split payment with wallets',
    module: 'split',
    settings: { uxs: ['collect', 'picking'], paymentMethods: ['card', ...WALLETS], validationMode: 'direct', maxDelayMs: SPLIT_MAX_DELAY_MS },
  },
  'multi-wallets': { name: 'Multi-card with wallets', module: 'multi', settings: { uxs: ['multi'], paymentMethods: ['card', ...WALLETS], maxDelayMs: DAY } },
  'installments-wallets': {
    name: 'Installments with wallets',
    module: 'installment',
    settings: { uxs: ['installment'], paymentMethods: ['card', ...WALLETS], installmentChoices: [2, 3, 4], financing: false, recovery: RECOVERY },
  },
  'paylater-wallets': {
    name: 'Pay later with wallets',
    module: 'paylater',
    settings: { uxs: ['paylater'], paymentMethods: ['card', ...WALLETS], maxDelayMs: PAYLATER_MAX_DELAY_MS, paylaterChoices: [15, 30], defaultPaylaterDays: 30, recovery: RECOVERY },
  },
  // Recurring payments: invoices are single card payments; a failed debit follows the recovery policy (seed "Subscription recovery").
  subscription: { name: 'Subscriptions', module: 'subscription', settings: { uxs: ['single'], paymentMethods: CARD_ONLY, recovery: RECOVERY } },
};

export function seededPlatforms(): Platform[] {
  return (Object.keys(DEFINITIONS) as PlatformSlug[]).map((slug) => ({
    ...KEYS[slug],
    slug,
    ...DEFINITIONS[slug],
    settings: structuredClone(DEFINITIONS[slug].settings),
    organizationId: SANDBOX_ORGANIZATION.id,
    webhookUrl: null,
  }));
}

/** Keys of one seeded platform, for tests and the demo. */
export function seededPlatform(slug: PlatformSlug): Platform {
  const found = seededPlatforms().find((platform) => platform.slug === slug);
  if (!found) throw new Error(`no seeded platform ${slug}`);
  return found;
}

export const TIME = { MINUTE, DAY };
