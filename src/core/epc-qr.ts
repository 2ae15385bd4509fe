/**
 * The payload of an EPC QR code ("GiroCode"), which banking apps scan to fill in a SEPA credit transfer: EPC069-12
 * (v3.0) "Quick Response Code: guidelines to enable data capture for the initiation of a SEPA credit transfer".
 * Version 002 (the BIC is optional in the EEA; given here since we know it), character set 1 (UTF-8), identification
 * `SCT`, elements separated by a line feed, and nothing after the last element given. The code itself must use error
 * correction level M (done by the caller's encoder).
 */
import { centsToDecimalString } from './money-format.ts';

export interface EpcTransfer {
  bic: string;
  /** Beneficiary's name: 1 to 70 characters. */
  name: string;
  /** IBAN in electronic format (no spaces). */
  iban: string;
  /** In euro cents: 1 to 99,999,999,999 (0.01 to 999,999,999.99 EUR); the amount is left out when outside that range. */
  amount: number;
  /** Unstructured remittance information (the order's reference): at most 140 characters, cut beyond or to fit 331 bytes. */
  remittance: string;
}

/** The whole payload is at most 331 bytes (EPC069-12 §3.2). */
export const EPC_MAX_BYTES = 331;
const MAX_CENTS = 99_999_999_999;

/**
 * One element's text on one line: elements are separated by line feeds, so a line break (or any control character) in
 * a merchant's name or an order's trackId would shift every element after it; runs of them become one space.
 */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

/** The EPC payload of `transfer`, or null when it cannot be one (name empty or over 70 characters, too long without a reference). */
export function epcPayload(transfer: EpcTransfer): string | null {
  const name = oneLine(transfer.name);
  if (name.length === 0 || name.length > 70) return null;
  const amount = Number.isSafeInteger(transfer.amount) && transfer.amount >= 1 && transfer.amount <= MAX_CENTS ? `EUR${centsToDecimalString(transfer.amount, 2)}` : '';
  // Cut by characters (code points), never inside one: a halved emoji would be an invalid UTF-8 sequence.
  const remittance = Array.from(oneLine(transfer.remittance)).slice(0, 140);
  const build = () => {
    const elements = ['BCD', '002', '1', 'SCT', transfer.bic, name, transfer.iban, amount, '', '', remittance.join('')];
    while (elements.at(-1) === '') elements.pop();
    return elements.join('\n');
  };
  let payload = build();
  // Over 331 bytes (a long reference in accented or non-Latin letters): the reference is cut, not the whole code.
  while (new TextEncoder().encode(payload).byteLength > EPC_MAX_BYTES && remittance.length > 0) {
    remittance.pop();
    payload = build();
  }
  return new TextEncoder().encode(payload).byteLength <= EPC_MAX_BYTES ? payload : null;
}
