/** The card form as a buyer fills it, wherever it shows: the page itself, a frame, or one element of the page. */
import type { Locator } from '@playwright/test';

export interface CardFields {
  /** Digits as typed, spaces allowed; default the sandbox's test card without challenge. */
  number?: string;
  /** `MM/YY`, or what the buyer types there (e.g. `01/2030`). */
  expiry?: string;
  cvc?: string;
  holder?: string;
}

/** Fills the four card fields found by their labels under `root` (a `Page`, a `Frame` or a `Locator`). */
export async function fillCard(
  root: { getByLabel(text: string): Locator },
  { number = '4242 4242 4242 4242', expiry = '12/34', cvc = '123', holder = 'Ada Lovelace' }: CardFields = {},
): Promise<void> {
  await root.getByLabel('Card number').fill(number);
  await root.getByLabel('Expiry date').fill(expiry);
  await root.getByLabel('Security code').fill(cvc);
  await root.getByLabel('Cardholder name').fill(holder);
}
