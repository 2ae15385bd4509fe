/**
 * The wallet chunk, fetched only on a platform that enables a wallet: the availability checks (`walletOffer`), and the
 * elements it defines, the wallet buttons and the simulated wallet sheet.
 */
import { defineElement } from '../../define-element.ts';
import { WalletButtons } from './wallet-buttons.ts';
import { WalletSheet } from './wallet-sheet.ts';

defineElement('sg-wallet-buttons', WalletButtons);
defineElement('sg-wallet-sheet', WalletSheet);

export { walletOffer } from './availability.ts';
export { WalletButtons, WalletSheet };
