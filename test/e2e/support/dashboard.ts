/** What the dashboard's end-to-end tests share: signing in as a seeded user, and an order paid on the single platform. */
import { expect, type Page } from '@playwright/test';
import { seededAccounts } from '../../../mock-server/dashboard/accounts.ts';
import { api, createOrder, seededPlatform } from './sandbox.ts';

/** The password of a seeded dashboard account (mock-server/dashboard/accounts.ts); throws for an unknown email. */
export function passwordOf(email: string): string {
  const account = seededAccounts().find((candidate) => candidate.email === email);
  if (!account) throw new Error(`no seeded account ${email}`);
  return account.password;
}

/** Opens `path` (the sign-in page comes first) and signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, path = '/dashboard'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(passwordOf(email));
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A single-platform order created with `fields` and paid with the sandbox's approved test card. */
export async function paidOrder(fields: Record<string, unknown>): Promise<{ id: string; transactionId: string }> {
  const order = await createOrder('single', fields);
  const paid = await api('POST', `/v1/sandbox/orders/${order.id}/pay`, seededPlatform('single').secretKey, { card: '4242424242424242' });
  expect(paid.status).toBe(200);
  return { id: order.id, transactionId: paid.body.data.id };
}
