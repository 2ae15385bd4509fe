/**
 * English, namespace `updateCard`: the hosted update-card page of a subscription; shipped with the code that shows it.
 */
export const updateCard = {
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
  // Live mode (a pk_live_ subscription): the mock platform refuses test cards, and takes no real card either.
  testCardLive: 'This is a test card: test cards cannot be used for real payments. Your card was not saved.',
  liveUnavailable: 'This shop cannot take live payments yet: your card was not saved.',
  authenticationRefused: 'The 3-D Secure authentication was refused: the card was not saved. Try again or use another card.',
  network: 'The connection was lost: your card was not saved. Check your connection and try again.',
  failed: 'Your card could not be saved. Try again in a moment.',
};
