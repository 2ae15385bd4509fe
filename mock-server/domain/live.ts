/**
 * Live orders: a short fingerprint of everything a widget shows of an order (the order, its transactions, what is left
 * to pay) and of the sandbox clock's offset, so that a widget can ask "has anything changed since version V?" and get a
 * small answer when nothing did. A move of the sandbox clock changes the version too: schedule previews and deadlines
 * follow the platform's time, so the widget must hear of it.
 */

/** FNV-1a (32 bit) over the JSON text, in base 36: not a security measure, only a cheap change detector. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(36)}.${text.length.toString(36)}`;
}

/** The version of a checkout answer: its content (without `now`) and the clock offset it was computed under. */
export function checkoutVersion(content: { order: unknown; transactions: unknown; amountRemaining: number }, clockOffsetMs: number): string {
  return fingerprint([content.order, content.transactions, content.amountRemaining, clockOffsetMs]);
}
