/** The payment flow on its own: whatever goes wrong inside an attempt stays in the widget. */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { englishI18n, loadI18n, type I18n } from '../core/i18n/index.ts';
import { defineElement } from '../define-element.ts';
import { loadPaymentCode, PaymentFlow } from './payment-flow.ts';
import { keyedNotice, type FlowNotice } from './payment-types.ts';

class FlowHost extends LitElement {
  readonly flow = new PaymentFlow(this);
  i18n: I18n = englishI18n;
  protected override render() {
    return html`${this.flow.renderNotice(this.i18n)}${this.flow.renderSubmit('Pay', this.i18n)}`;
  }
}
defineElement('sg-test-flow-host', FlowHost);

describe('PaymentFlow', () => {
  it('a failure inside the attempt becomes a notice and one sg-error, never an exception in the page', async () => {
    await loadPaymentCode();
    const host = await fixture<FlowHost>(fixtureHtml`<sg-test-flow-host></sg-test-flow-host>`);
    const errors: unknown[] = [];
    host.addEventListener('sg-error', (event) => errors.push(event.detail));
    const outcome = await host.flow.submit(() => ({
      api: { apiUrl: location.origin, key: 'pk_test_x' },
      i18n: englishI18n,
      orderId: 'ord_x',
      merchant: 'Shop',
      currency: 'EUR',
      body: {},
      invalid: () => {
        throw new Error('a bug in the UX');
      },
    }));
    expect(outcome).to.deep.equal({ kind: 'idle' });
    expect(errors).to.deep.equal([{ code: 'unknown', message: englishI18n.t('payFailed'), order: 'ord_x' }]);
    await host.updateComplete;
    const notice = host.shadowRoot?.querySelector('#sg-payment-notice');
    expect(notice?.textContent).to.contain('could not be completed');
    // Screen readers hear a failure as it appears (role=alert), as well as when focus moves to it.
    expect(notice?.getAttribute('role')).to.equal('alert');
    expect(host.flow.busy).to.equal(false);
  });

  it('a success notice is no alert', async () => {
    const host = await fixture<FlowHost>(fixtureHtml`<sg-test-flow-host></sg-test-flow-host>`);
    const notice: FlowNotice = { tone: 'success', title: 'Paid', message: 'Thank you', in: () => notice };
    await host.flow.showNotice(notice);
    expect(host.shadowRoot?.querySelector('#sg-payment-notice')?.hasAttribute('role')).to.equal(false);
  });

  it('a notice shown in English reads in French once the page switches to French (issue 9)', async () => {
    const host = await fixture<FlowHost>(fixtureHtml`<sg-test-flow-host></sg-test-flow-host>`);
    await host.flow.showNotice(keyedNotice(englishI18n, 'errorNetworkTitle', 'payNetworkError'));
    const text = () => host.shadowRoot?.querySelector('#sg-payment-notice h3')?.textContent;
    expect(text()).to.equal(englishI18n.t('errorNetworkTitle'));
    const french = await loadI18n('fr-CH');
    host.i18n = french;
    host.requestUpdate();
    await host.updateComplete;
    expect(text()).to.equal(french.t('errorNetworkTitle'));
    expect(text()).to.not.equal(englishI18n.t('errorNetworkTitle'));
  });
});
