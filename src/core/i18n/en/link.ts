/**
 * English, namespace `link`: the sharing link (`<sg-link>`); shipped with the code that shows it.
 */
export const link = {
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
