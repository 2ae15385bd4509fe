/**
 * What `mount()` starts for the time to the form (issue 14): the browser's number-formatting data, loaded in a task of
 * its own while the order's summary is on its way. It may not change what the merchant sees.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createShareGroop, type WidgetElements } from './script-tag.ts';
import { API_URL, PUBLIC_KEY } from './test-support/mock-platform.ts';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('mount()', () => {
  it('loads the number-formatting data in a task of its own, after mount() returned', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const realNumberFormat = Intl.NumberFormat;
    let created = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      created += 1;
      return new realNumberFormat(...args);
    } as typeof Intl.NumberFormat;
    try {
      const never = new Promise<WidgetElements>(() => undefined);
      createShareGroop(API_URL, () => never).initCaptain({ publicKey: PUBLIC_KEY, orderId: 'ord_warm' }).mount();
      expect(created, 'not inside the merchant’s mount() call').to.equal(0);
      await nextTask();
      expect(created).to.equal(1);
    } finally {
      Intl.NumberFormat = realNumberFormat;
    }
  });
});
