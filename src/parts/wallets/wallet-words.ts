/**
 * The words of wallet buttons, the simulated wallet sheet and Amazon Pay, namespace `wallets` of the i18n registry (new words: `core/i18n/en/wallets.ts` and each `locales/*.json`): they ship with the wallet
 * chunk, fetched only on a platform that enables a wallet. Brand names are never translated (each brand's rules).
 */
import type { I18n } from '../../core/i18n/index.ts';
import type { WalletCardBehaviour } from '../../core/wallets.ts';
import { wallets as en } from '../../core/i18n/en/wallets.ts';

type WalletWord = keyof typeof en;

export const walletText = (i18n: I18n, key: WalletWord, params?: Record<string, string | number>): string => i18n.text('wallets', en, key, params);

export const behaviourText = (i18n: I18n, behaviour: WalletCardBehaviour): string => walletText(i18n, behaviour);
