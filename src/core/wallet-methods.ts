/**
 * The wallets among the payment methods (CONTRACT §2: `applepay`, `googlepay`, `amazonpay`): all the entry module needs
 * to know of them. The rest is `core/wallets.ts`, read by the wallet chunk and the mock platform.
 */
import type { PaymentMethod } from './contract/index.ts';

export const WALLET_METHODS = ['applepay', 'googlepay', 'amazonpay'] as const;
export type WalletMethod = (typeof WALLET_METHODS)[number];

export const isWalletMethod = (method: string): method is WalletMethod => (WALLET_METHODS as readonly string[]).includes(method);

/** The wallets among a platform's payment methods, in the order buttons show. */
export const walletsOf = (methods: readonly PaymentMethod[]): WalletMethod[] => WALLET_METHODS.filter((wallet) => methods.includes(wallet));
