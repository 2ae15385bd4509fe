/**
 * The words of wallet buttons, the simulated wallet sheet and Amazon Pay, English and French: they ship with the wallet
 * chunk, fetched only on a platform that enables a wallet. Brand names are never translated (each brand's rules).
 */
import { fillPlaceholders, type I18n } from '../../core/i18n/index.ts';
import type { WalletCardBehaviour } from '../../core/wallets.ts';

const en = {
  group: 'Express checkout',
  payWith: 'Pay with {wallet}',
  orCard: 'Or pay by card',
  sheetTitle: '{wallet} · simulated wallet sheet',
  sheetIntro: 'Sandbox: no device here. Choose a test card of the wallet to pay {merchant}.',
  sheetAmount: 'Amount',
  sheetMerchant: 'Merchant',
  sheetCards: 'Card in the wallet',
  sheetCard: '{network} ending in {last4}',
  approved: 'approved',
  challenge: 'asks for 3-D Secure',
  declined: 'declined',
  insufficientFunds: 'declined: insufficient funds',
  pay: 'Pay {amount}',
  cancel: 'Cancel',
  canceled: 'Payment canceled: nothing was charged.',
  amazonWaiting: 'Finish in the Amazon Pay window…',
  amazonBlocked: 'Your browser blocked the Amazon Pay window. Continue on Amazon Pay’s page, then come back here: this page waits for you.',
  amazonOpen: 'Open Amazon Pay (new tab)',
  amazonExpired: 'The Amazon Pay session expired: nothing was charged. You can start again.',
};

type WalletWord = keyof typeof en;

const fr: Record<WalletWord, string> = {
  group: 'Paiement express',
  payWith: 'Payer avec {wallet}',
  orCard: 'Ou payer par carte',
  sheetTitle: '{wallet} · feuille de paiement simulée',
  sheetIntro: 'Sandbox : aucun appareil ici. Choisissez une carte de test du portefeuille pour payer {merchant}.',
  sheetAmount: 'Montant',
  sheetMerchant: 'Marchand',
  sheetCards: 'Carte du portefeuille',
  sheetCard: '{network} se terminant par {last4}',
  approved: 'acceptée',
  challenge: 'demande 3-D Secure',
  declined: 'refusée',
  insufficientFunds: 'refusée : provision insuffisante',
  pay: 'Payer {amount}',
  cancel: 'Annuler',
  canceled: 'Paiement annulé : rien n’a été débité.',
  amazonWaiting: 'Terminez dans la fenêtre Amazon Pay…',
  amazonBlocked: 'Votre navigateur a bloqué la fenêtre Amazon Pay. Continuez sur la page d’Amazon Pay, puis revenez ici : cette page vous attend.',
  amazonOpen: 'Ouvrir Amazon Pay (nouvel onglet)',
  amazonExpired: 'La session Amazon Pay a expiré : rien n’a été débité. Vous pouvez recommencer.',
};

export const walletText = (i18n: I18n, key: WalletWord, params?: Record<string, string | number>): string =>
  fillPlaceholders((i18n.locale === 'fr' ? fr : en)[key], params);

export const behaviourText = (i18n: I18n, behaviour: WalletCardBehaviour): string => walletText(i18n, behaviour);

export { en as walletEn, fr as walletFr };
