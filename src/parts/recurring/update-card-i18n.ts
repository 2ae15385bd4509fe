/**
 * Strings of the hosted update-card page, English and French. The card form's own strings (labels, errors) and the 3-D
 * Secure page stay in the core catalogues; money and dates go through Intl (`I18n.money`, `I18n.date`).
 */
import { fillPlaceholders } from '../../core/i18n/index.ts';

const en = {
  linkUnknown: 'This link is not valid: there is no subscription behind it.',
  cardLabel: '{brand} ending in {last4}, expiring {expiry}',
  currentCard: 'Your payments are debited from your {card}.',
  noCard: 'No card is saved for your subscription yet.',
  nextPayment: 'Your next payment of {amount} is due on {date}.',
  save: 'Save this card',
  saving: 'Saving your card…',
  savedTitle: 'Card saved',
  savedBody: 'Your {card} will be used for your next payments.',
  closed: 'This subscription is no longer active: there is no card to update.',
  declined: 'Your bank declined this card. Try another card.',
  authenticationRefused: 'The 3-D Secure authentication was refused: the card was not saved. Try again or use another card.',
  network: 'The connection was lost: your card was not saved. Check your connection and try again.',
  failed: 'Your card could not be saved. Try again in a moment.',
};

export type UpdateCardKey = keyof typeof en;

const fr: Record<UpdateCardKey, string> = {
  linkUnknown: 'Ce lien n’est pas valide : aucun abonnement ne lui correspond.',
  cardLabel: 'carte {brand} se terminant par {last4}, expirant {expiry}',
  currentCard: 'Vos paiements sont prélevés sur votre {card}.',
  noCard: 'Aucune carte n’est encore enregistrée pour votre abonnement.',
  nextPayment: 'Votre prochain paiement de {amount} est prévu le {date}.',
  save: 'Enregistrer cette carte',
  saving: 'Enregistrement de votre carte…',
  savedTitle: 'Carte enregistrée',
  savedBody: 'Votre {card} sera utilisée pour vos prochains paiements.',
  closed: 'Cet abonnement n’est plus actif : il n’y a pas de carte à mettre à jour.',
  declined: 'Votre banque a refusé cette carte. Essayez une autre carte.',
  authenticationRefused: 'L’authentification 3-D Secure a été refusée : la carte n’a pas été enregistrée. Réessayez ou utilisez une autre carte.',
  network: 'La connexion a été perdue : votre carte n’a pas été enregistrée. Vérifiez votre connexion et réessayez.',
  failed: 'Votre carte n’a pas pu être enregistrée. Réessayez dans un instant.',
};

export function updateCardText(locale: string, key: UpdateCardKey, params: Record<string, string> = {}): string {
  return fillPlaceholders((locale.startsWith('fr') ? fr : en)[key], params);
}
