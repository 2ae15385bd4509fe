import { test } from '@playwright/test';
import { MerchantSite } from './merchant-page.ts';
import { WebhookReceiver } from './webhook-receiver.ts';

/**
 * The merchant's side of a spec file: its site (the pages that embed the widget) and its back end receiving the
 * platform's webhooks signed with `platform.webhookSecret`, started before the file's tests and stopped after them.
 */
export function useMerchant(platform: { webhookSecret: string }): { merchant: MerchantSite; receiver: WebhookReceiver } {
  const merchant = new MerchantSite();
  const receiver = new WebhookReceiver(platform.webhookSecret);
  test.beforeAll(async () => {
    await Promise.all([receiver.start(), merchant.start()]);
  });
  test.afterAll(async () => Promise.all([receiver.stop(), merchant.stop()]));
  return { merchant, receiver };
}
