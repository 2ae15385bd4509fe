/**
 * English, namespace `viban`: the virtual IBAN UX; the names of the detail rows double as the copy buttons' accessible
 * names ("Copy IBAN"); shipped with the code that shows it.
 */
export const viban = {
  title: 'Pay by bank transfer',
  amountToTransfer: 'Amount to transfer',
  beneficiary: 'Beneficiary',
  iban: 'IBAN',
  bic: 'BIC',
  reference: 'Reference',
  copy: 'Copy',
  copyName: 'Copy {what}',
  copied: 'Copied',
  copiedAnnounce: '{what} copied',
  copyFailed: 'Could not copy: select the text instead',
  stepsTitle: 'How to pay',
  step1: 'In your banking app or website, add this IBAN as a new beneficiary.',
  step2: 'Make a transfer of exactly {amount} to it, in euros.',
  step3: 'Write the reference {reference} in the transfer’s message.',
  step4: 'This page updates by itself once the money arrives; we also sent these details by email.',
  qrTitle: 'Or scan with your banking app',
  qrName: 'QR code of a transfer of {amount} to {holder} (IBAN {iban})',
  qrHint: 'Most European banking apps read this code (EPC QR) and fill in the transfer for you.',
  partialTitle: 'Transfer received: {left} left to pay',
  partialBody: 'We received {received} of {total}. Transfer the remaining {left} to the same IBAN, with the same reference.',
  partialAnnounce: 'Transfer received: {received} of {total}. {left} left to transfer.',
  successTitle: 'Payment received',
  successBody: 'We received your transfer of {amount}. Your order is paid.',
  successReference: 'Reference: {reference}',
};
