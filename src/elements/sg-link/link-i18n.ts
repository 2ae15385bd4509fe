/**
 * The sharing link's own strings, English and French: they ship in the `<sg-link>` chunk, not in the core catalogues
 * every page downloads. The load states it shares with `<sg-captain>` stay in the core catalogues.
 */
import type { I18n } from '../../core/i18n/index.ts';

const en = {
  linkTitle: 'Share the payment with your group',
  linkLabel: 'Sharing link',
  linkCopy: 'Copy link',
  linkShare: 'Share…',
  linkCopied: 'Link copied.',
  linkCopyFailed: 'Could not copy. Select the link and copy it yourself.',
  linkMissing: 'This order has no sharing link.',
  linkClosedCompleted: 'The group has paid the whole order: there is nothing left to share.',
  linkClosedCanceled: 'This order has been canceled: the sharing link no longer takes payments.',
  linkClosedRefunded: 'This order has been refunded: the sharing link no longer takes payments.',
};

export type LinkMessageKey = keyof typeof en;

const fr: Record<LinkMessageKey, string> = {
  linkTitle: 'Partagez le paiement avec votre groupe',
  linkLabel: 'Lien de partage',
  linkCopy: 'Copier le lien',
  linkShare: 'Partager…',
  linkCopied: 'Lien copié.',
  linkCopyFailed: 'Copie impossible. Sélectionnez le lien et copiez-le vous-même.',
  linkMissing: 'Cette commande n’a pas de lien de partage.',
  linkClosedCompleted: 'Le groupe a payé toute la commande : il n’y a plus rien à partager.',
  linkClosedCanceled: 'Cette commande a été annulée : le lien de partage n’accepte plus de paiement.',
  linkClosedRefunded: 'Cette commande a été remboursée : le lien de partage n’accepte plus de paiement.',
};

/** `t` for the link strings in the locale of the core `I18n` (English for any other). */
export const linkText = (i18n: I18n, key: LinkMessageKey): string => (i18n.locale === 'fr' ? fr : en)[key];
