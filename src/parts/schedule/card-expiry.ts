import { parseExpiry } from '../../core/card.ts';

/** The last moment a card typed as `MM/YY` can be used: the end of its expiry month (UTC), as the platform checks it. */
export function cardUsableUntil(expiry: string): number | null {
  const parsed = parseExpiry(expiry);
  return parsed ? Date.UTC(parsed.year, parsed.month, 1) - 1 : null;
}
