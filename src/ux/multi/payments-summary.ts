import { html } from 'lit';
import type { Checkout } from '../../core/contract/index.ts';
import { isSecured } from './amounts.ts';
import type { MultiText } from './messages.ts';

/** The success state once the order is fully paid: the total and each payment (card or ANCV). */
export function renderPaymentsSummary(checkout: Checkout, t: MultiText, money: (cents: number) => string) {
  const payments = checkout.transactions.filter(isSecured);
  return html`<section class="notice success" part="success" aria-labelledby="sg-complete-title">
    <h2 part="heading" id="sg-complete-title" tabindex="-1">${t('completeTitle')}</h2>
    <p>
      ${payments.length > 1
        ? t('completeBody', { total: money(checkout.order.amount), count: payments.length })
        : t('completeBodyOne', { total: money(checkout.order.amount) })}
    </p>
    <ul aria-label=${t('paymentsListLabel')}>
      ${payments.map(
        (payment) =>
          html`<li>
            ${payment.paymentMethod === 'ancv'
              ? t('paymentLineAncv', { amount: money(payment.amount) })
              : t('paymentLineCard', { last4: payment.card?.last4 ?? '', amount: money(payment.amount) })}
          </li>`,
      )}
    </ul>
  </section>`;
}
