/** The page element for each route. */
import { html, type TemplateResult } from 'lit';
import { notFound } from './page.ts';
import type { Route } from './routes.ts';
import type { Account } from './types.ts';
import { OrdersPage } from './orders-page.ts';
import { OrderPage } from './order-page.ts';
import { PaymentLinkPage } from './payment-link-page.ts';
import { PlatformsPage } from './platforms-page.ts';
import { SignInPage } from './sign-in-page.ts';
import { SettingsPage } from './settings-page.ts';
import { TransactionPage } from './transaction-page.ts';
import { WithdrawalsPage } from './withdrawals-page.ts';

export interface PageElement extends HTMLElement {
  focusHeading?(): void;
}

const ELEMENTS: [string, CustomElementConstructor][] = [
  ['sg-dashboard-sign-in', SignInPage],
  ['sg-dashboard-platforms', PlatformsPage],
  ['sg-dashboard-orders', OrdersPage],
  ['sg-dashboard-order', OrderPage],
  ['sg-dashboard-transaction', TransactionPage],
  ['sg-dashboard-withdrawals', WithdrawalsPage],
  ['sg-dashboard-settings', SettingsPage],
  ['sg-dashboard-payment-link', PaymentLinkPage],
];
for (const [name, element] of ELEMENTS) if (!customElements.get(name)) customElements.define(name, element);

export function renderPage(route: Route, account: Account | null, onSignIn: (account: Account) => void): TemplateResult {
  if (route.page === 'sign-in' || !account) return html`<sg-dashboard-sign-in .onSignIn=${onSignIn}></sg-dashboard-sign-in>`;
  switch (route.page) {
    case 'platforms':
      return html`<sg-dashboard-platforms .account=${account}></sg-dashboard-platforms>`;
    case 'orders':
      return html`<sg-dashboard-orders .account=${account} .platformId=${route.platformId} .query=${route.query}></sg-dashboard-orders>`;
    case 'withdrawals':
      return html`<sg-dashboard-withdrawals .account=${account} .platformId=${route.platformId}></sg-dashboard-withdrawals>`;
    case 'settings':
      return html`<sg-dashboard-settings .account=${account} .platformId=${route.platformId}></sg-dashboard-settings>`;
    case 'payment-link':
      return html`<sg-dashboard-payment-link .account=${account} .platformId=${route.platformId}></sg-dashboard-payment-link>`;
    case 'order':
      return html`<sg-dashboard-order .account=${account} .orderId=${route.orderId}></sg-dashboard-order>`;
    case 'transaction':
      return html`<sg-dashboard-transaction .account=${account} .transactionId=${route.transactionId}></sg-dashboard-transaction>`;
    default:
      return html`<div>${notFound()}</div>`;
  }
}
