/**
 * What the entry module knows of wallets: which ones the host found available on this page. The rest (buttons,
 * simulated sheet, availability checks, Amazon Pay) is the wallet chunk `parts/wallets/`, which the host fetches only
 * when the platform enables a wallet.
 */
import type { WalletMethod } from '../core/wallet-methods.ts';

export interface WalletOffer {
  /** The wallets whose buttons show, in button order: enabled by the platform and available in this browser. */
  methods: WalletMethod[];
  /** The sandbox switch (`sandbox: { wallets: true }`): each button opens the simulated wallet sheet. */
  simulated: boolean;
}
