/**
 * Which wallets this page can pay with: a capability, not a setting (research/modules-peers.md §4.5). The platform must
 * enable the wallet, and then:
 * - Apple Pay: Apple Pay JS on a secure origin (`ApplePaySession.canMakePayments()`), on a domain registered for the
 *   platform (seed 004: "provide us the origin domain where the Apple Pay will be requested");
 * - Google Pay: the Payment Request API says the browser can pay with `https://google.com/pay`;
 * - Amazon Pay: a redirect to Amazon's page needs no device, only a domain registered for Amazon Pay.
 * The sandbox switch (`sandbox: { wallets: true }`, test keys only) makes every enabled wallet available and opens the
 * simulated wallet sheet. What is unavailable, and why, goes to the console; `sg-ready` says what is available.
 */
import { checker } from '../../core/contract/index.ts';
import { WalletDomainCheckShape } from '../../core/contract/wallet-shapes.ts';
import { http, type HttpConfig } from '../../core/http.ts';
import { APPLE_DOMAIN_ASSOCIATION_PATH, WALLET_NAMES, type WalletMethod } from '../../core/wallets.ts';
import type { WalletOffer } from '../wallet-offer.ts';

const DomainCheck = checker(WalletDomainCheckShape);

interface ApplePaySessionClass {
  canMakePayments(): boolean;
  supportsVersion?(version: number): boolean;
}

export const applePaySession = (): ApplePaySessionClass | undefined => (globalThis as { ApplePaySession?: ApplePaySessionClass }).ApplePaySession;

/** Google Pay's method identifier and request data for the Payment Request API (TEST environment in the sandbox). */
export const GOOGLE_PAY_METHOD = 'https://google.com/pay';
export const googlePayData = (live: boolean) => ({
  environment: live ? 'PRODUCTION' : 'TEST',
  apiVersion: 2,
  apiVersionMinor: 0,
  merchantInfo: { merchantName: 'ShareGroop' },
  allowedPaymentMethods: [
    {
      type: 'CARD',
      parameters: { allowedAuthMethods: ['PAN_ONLY', 'CRYPTOGRAM_3DS'], allowedCardNetworks: ['VISA', 'MASTERCARD', 'AMEX'] },
      tokenizationSpecification: { type: 'PAYMENT_GATEWAY', parameters: { gateway: 'sharegroop', gatewayMerchantId: 'sandbox' } },
    },
  ],
});

const warn = (message: string) => console.warn(`[sg-captain] ${message}`);

function unregistered(method: 'applepay' | 'amazonpay', host: string): void {
  const file = method === 'applepay' ? ` and serve the platform's verification file at https://${host}${APPLE_DOMAIN_ASSOCIATION_PATH}` : '';
  warn(
    `${WALLET_NAMES[method]} is unavailable on ${host}: this domain is not registered for ${WALLET_NAMES[method]} on the platform. ` +
      `Register it (POST /v1/wallet-domains {"method": "${method}", "domain": "${host}"} with the secret key, or the QA console's Wallets page)${file}.`,
  );
}

/** Whether Apple Pay JS can pay here; says why not when the browser has Apple Pay but the page cannot use it. */
function applePayCapable(): boolean {
  const session = applePaySession();
  if (!session) return false;
  if (!globalThis.isSecureContext) {
    warn('Apple Pay is unavailable: trying to start an Apple Pay session from an insecure document. Serve the checkout page over https.');
    return false;
  }
  try {
    return session.canMakePayments();
  } catch (error) {
    warn(`Apple Pay is unavailable: ${String(error)}`);
    return false;
  }
}

/** The Payment Request API's answer for Google Pay, within `timeoutMs` (a browser may never answer). */
async function googlePayReady(live: boolean, timeoutMs = 1500): Promise<boolean> {
  if (typeof PaymentRequest === 'undefined' || !globalThis.isSecureContext) return false;
  try {
    const request = new PaymentRequest([{ supportedMethods: GOOGLE_PAY_METHOD, data: googlePayData(live) }], {
      total: { label: 'Total', amount: { currency: 'EUR', value: '0.00' } },
    });
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
    return await Promise.race([request.canMakePayment(), timeout]);
  } catch {
    return false;
  }
}

export interface OfferOptions {
  /** The wallets the platform enables. */
  methods: WalletMethod[];
  /** The sandbox switch; honoured with a test key only. */
  simulated: boolean;
  api: HttpConfig;
}

/** The wallets whose buttons show on this page, and whether they open the simulated sheet. */
export async function walletOffer({ methods, simulated, api }: OfferOptions): Promise<WalletOffer> {
  const live = !api.key.startsWith('pk_test_');
  if (simulated && !live) return { methods, simulated: true };
  if (simulated) warn('the sandbox wallet switch is ignored with a live key: wallets need a real device here.');
  const host = location.hostname;
  const apple = methods.includes('applepay') && applePayCapable();
  const needsDomain = apple || methods.includes('amazonpay');
  const domains = needsDomain
    ? await http(api, { method: 'GET', path: `/v1/wallet-domains/check?domain=${encodeURIComponent(host)}`, schema: DomainCheck }).catch(() => undefined)
    : undefined;
  const available: WalletMethod[] = [];
  for (const method of methods) {
    if (method === 'googlepay') {
      if (await googlePayReady(live)) available.push(method);
    } else if (method === 'applepay' ? apple : true) {
      // Unknown (the check failed): no button rather than a sheet that opens and closes.
      if (domains?.[method]) available.push(method);
      else if (domains) unregistered(method, host);
    }
  }
  return { methods: available, simulated: false };
}
