/**
 * The real wallets, where the browser has them: Apple Pay JS (`ApplePaySession`) and Google Pay through the Payment
 * Request API. Each opens the device's own sheet within the click and answers the payment token, or `null` when the
 * buyer closed the sheet; `done` closes the sheet with the payment's outcome.
 *
 * Apple Pay asks the merchant's server to validate the merchant (`onvalidatemerchant`) with Apple's servers, which a
 * mock platform cannot reach: on a real device the sheet closes and the console says so. The sandbox switch (the
 * simulated sheet) is the way to test Apple Pay against this sandbox.
 */
import type { WalletMethod } from '../../core/wallets.ts';
import { applePaySession, GOOGLE_PAY_METHOD, googlePayData } from './availability.ts';

export interface DevicePayment {
  token: string;
  last4: string;
  done(success: boolean): void;
}

export interface DeviceRequest {
  merchant: string;
  /** In the currency's major unit, as both APIs want it ("12.50"). */
  amount: string;
  currency: string;
  live: boolean;
}

interface ApplePaySessionLike {
  begin(): void;
  abort(): void;
  completePayment(status: number): void;
  onvalidatemerchant: ((event: { validationURL: string }) => void) | null;
  onpaymentauthorized: ((event: { payment: { token: { paymentData: unknown; paymentMethod?: { displayName?: string } } } }) => void) | null;
  oncancel: (() => void) | null;
}

type ApplePayConstructor = new (version: number, request: Record<string, unknown>) => ApplePaySessionLike;

const lastDigits = (displayName: string | undefined) => /(\d{4})\s*$/.exec(displayName ?? '')?.[1] ?? '';

function applePay(request: DeviceRequest): Promise<DevicePayment | null> {
  const ApplePay = applePaySession() as unknown as ApplePayConstructor;
  const session = new ApplePay(3, {
    countryCode: 'FR',
    currencyCode: request.currency,
    supportedNetworks: ['visa', 'masterCard', 'amex'],
    merchantCapabilities: ['supports3DS'],
    total: { label: request.merchant, amount: request.amount },
  });
  return new Promise((resolve) => {
    session.onvalidatemerchant = () => {
      console.warn('[sg-captain] Apple Pay merchant validation needs Apple\'s servers, which this sandbox cannot reach: use the sandbox wallet switch to test Apple Pay here.');
      session.abort();
      resolve(null);
    };
    session.onpaymentauthorized = ({ payment }) =>
      resolve({
        token: JSON.stringify(payment.token.paymentData),
        last4: lastDigits(payment.token.paymentMethod?.displayName),
        done: (success) => session.completePayment(success ? 0 : 1),
      });
    session.oncancel = () => resolve(null);
    session.begin();
  });
}

async function googlePay(request: DeviceRequest): Promise<DevicePayment | null> {
  const payment = new PaymentRequest([{ supportedMethods: GOOGLE_PAY_METHOD, data: googlePayData(request.live) }], {
    total: { label: request.merchant, amount: { currency: request.currency, value: request.amount } },
  });
  try {
    const response = await payment.show();
    const data = response.details as { paymentMethodData?: { tokenizationData?: { token?: string }; info?: { cardDetails?: string } } };
    return {
      token: data.paymentMethodData?.tokenizationData?.token ?? '',
      last4: data.paymentMethodData?.info?.cardDetails ?? '',
      done: (success) => void response.complete(success ? 'success' : 'fail'),
    };
  } catch {
    return null; // AbortError: the buyer closed the sheet
  }
}

export const payOnDevice = (method: Exclude<WalletMethod, 'amazonpay'>, request: DeviceRequest) => (method === 'applepay' ? applePay(request) : googlePay(request));
