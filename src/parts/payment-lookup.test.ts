/**
 * The lookup of an attempt whose answer was lost: only the platform's own `attempt_not_found` says nothing ran, and a
 * key that left without an answer goes with the next attempt whatever the buyer edits (the lost request, arriving late,
 * then cannot run as well).
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { englishI18n } from '../core/i18n/index.ts';
import { defineElement } from '../define-element.ts';
import { loadPaymentCode, PaymentFlow, type PayOptions } from './payment-flow.ts';

class LookupHost extends LitElement {
  readonly flow = new PaymentFlow(this);
  protected override render() {
    return html`${this.flow.renderNotice(englishI18n)}${this.flow.renderSubmit('Pay', englishI18n)}`;
  }
}
defineElement('sg-test-lookup-host', LookupHost);

type Answer = () => Response | Promise<Response>;
const lost: Answer = () => Promise.reject(new TypeError('Failed to fetch'));
const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const html404: Answer = () => new Response('<html><body><h1>404 Not Found</h1></body></html>', { status: 404, headers: { 'Content-Type': 'text/html' } });
const nothingRan = json(404, { status: 404, success: false, code: 'attempt_not_found', errors: ['No payment ran under this Idempotency-Key for this order'] });

/** The lookup's answer: the attempt ran and waits for the buyer's 3-D Secure answer. */
const awaitingThreeDS = json(200, {
  status: 200,
  success: true,
  data: {
    transaction: {
      id: 'auth_x', orderId: 'ord_x', amount: 2000, amountCaptured: 0, amountRefunded: 0, status: 'pendingAuthorization',
      paymentMethod: 'card', createdAt: 0, threeDS: { status: 'required' },
    },
    order: {
      id: 'ord_x', platformId: 'pf_x', status: 'initiated', amount: 2000, amountConfirmed: 0, currency: 'EUR', locale: 'en',
      ux: 'single', createdAt: 0, updatedAt: 0, items: [], redirectUrl: 'https://platform.test/pay/ord_x',
    },
  },
});

/** The lookup's answer: the attempt ran, and the payment was then voided or refunded (the merchant canceled it meanwhile). */
const endedAs = (status: 'voided' | 'refunded') =>
  json(200, {
    status: 200,
    success: true,
    data: {
      transaction: {
        id: 'auth_x', orderId: 'ord_x', amount: 2000, amountCaptured: status === 'refunded' ? 2000 : 0, amountRefunded: status === 'refunded' ? 2000 : 0,
        status, paymentMethod: 'card', createdAt: 0,
      },
      order: {
        id: 'ord_x', platformId: 'pf_x', status: status === 'refunded' ? 'refunded' : 'initiated', amount: 2000, amountConfirmed: 0, currency: 'EUR', locale: 'en',
        ux: 'single', createdAt: 0, updatedAt: 0, items: [], redirectUrl: 'https://platform.test/pay/ord_x',
      },
    },
  });
const paid = json(201, {
  status: 201,
  success: true,
  data: {
    transaction: { id: 'auth_y', orderId: 'ord_x', amount: 2000, amountCaptured: 2000, amountRefunded: 0, status: 'captured', paymentMethod: 'card', createdAt: 0 },
    order: { id: 'ord_x', platformId: 'pf_x', status: 'completed', amount: 2000, amountConfirmed: 2000, currency: 'EUR', locale: 'en', ux: 'single', createdAt: 0, updatedAt: 0, items: [], redirectUrl: 'https://platform.test/pay/ord_x' },
  },
});

/** A platform answering each request in turn with `answers`, recording what was sent. */
function platform(answers: Answer[]) {
  const sent: { method: string; url: string; key: string | null }[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    sent.push({ method: init?.method ?? 'GET', url: String(input), key: headers.get('Idempotency-Key') });
    const answer = answers.shift();
    return answer ? Promise.resolve(answer()) : Promise.reject(new TypeError('no more answers'));
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

function options(fetch: typeof globalThis.fetch, amount = 2000): () => PayOptions {
  return () => ({
    api: { apiUrl: 'https://platform.test', key: 'pk_test_x', fetch, retries: 0 },
    i18n: englishI18n,
    orderId: 'ord_x',
    merchant: 'Shop',
    currency: 'EUR',
    body: { amount },
    method: { validate: () => [], fields: () => ({ method: 'ancv' }) },
  });
}

describe('PaymentFlow: the lookup of a lost answer', () => {
  before(() => loadPaymentCode());

  for (const [status, code, title, words] of [
    ['voided', 'payment_voided', 'Payment canceled', 'This payment was canceled: nothing is charged, and any amount held on your card is released. You can pay again.'],
    ['refunded', 'payment_refunded', 'Payment refunded', 'This payment went through, then was refunded in full: nothing is charged. You can pay again.'],
  ] as const) {
    it(`the lookup finds the payment ${status}: said so (not "declined"), nothing charged, and paying again is a new attempt`, async () => {
      const host = await fixture<LookupHost>(fixtureHtml`<sg-test-lookup-host></sg-test-lookup-host>`);
      const { sent, fetch } = platform([lost, endedAs(status), paid]);
      const errors: unknown[] = [];
      const invalids: unknown[] = [];
      host.addEventListener('sg-error', (event) => errors.push(event.detail));
      host.addEventListener('sg-invalid', (event) => invalids.push(event.detail));
      const outcome = await host.flow.submit(options(fetch));
      expect(outcome.kind).to.equal('failed');
      expect(outcome.kind === 'failed' && outcome.error.code).to.equal(code);
      await host.updateComplete;
      const notice = host.shadowRoot?.querySelector('[part="notice"]');
      expect(notice?.querySelector('h3')?.textContent).to.equal(title);
      expect(notice?.querySelector('p')?.textContent).to.equal(words);
      expect(notice?.textContent).not.to.match(/declined/i);
      expect(invalids, 'no decline is reported').to.deep.equal([]);
      expect(errors).to.deep.equal([{ code, message: words, order: 'ord_x' }]);
      expect(host.flow.unresolved).to.equal(false);
      await expect(host).to.be.accessible();
      // The ended payment holds no money: the next press pays, under a key of its own.
      expect((await host.flow.submit(options(fetch))).kind).to.equal('paid');
      const posts = sent.filter(({ method }) => method === 'POST');
      expect(posts).to.have.length(2);
      expect(posts[1]?.key).to.be.a('string').and.not.equal(posts[0]?.key);
    });
  }

  it('a 404 that is not the platform saying nothing ran (a proxy page) leaves the attempt unknown: check again, never pay', async () => {
    const host = await fixture<LookupHost>(fixtureHtml`<sg-test-lookup-host></sg-test-lookup-host>`);
    const { sent, fetch } = platform([lost, html404, lost]);
    const errors: unknown[] = [];
    host.addEventListener('sg-error', (event) => errors.push(event.detail));
    expect((await host.flow.submit(options(fetch))).kind).to.equal('unresolved');
    expect(host.flow.unresolved).to.equal(true);
    expect(errors).to.have.length(1);
    // The next press asks again; it sends no second payment.
    await host.flow.submit(options(fetch));
    expect(sent.map(({ method }) => method)).to.deep.equal(['POST', 'GET', 'GET']);
  });

  it('after "nothing ran", an edit keeps the key that left: the late request and the retry cannot both run', async () => {
    const host = await fixture<LookupHost>(fixtureHtml`<sg-test-lookup-host></sg-test-lookup-host>`);
    const { sent, fetch } = platform([lost, nothingRan, lost]);
    expect((await host.flow.submit(options(fetch))).kind).to.equal('failed');
    // The buyer changes the amount (or retypes the card, or picks another choice) and pays again.
    await host.flow.submit(options(fetch, 2500));
    const posts = sent.filter(({ method }) => method === 'POST');
    expect(posts).to.have.length(2);
    expect(posts[1]?.key).to.equal(posts[0]?.key);
  });

  it('the answer of 3-D Secure is lost after the lookup: the attempt stays unknown, told once to the page (sg-error)', async () => {
    const host = await fixture<LookupHost>(fixtureHtml`<sg-test-lookup-host></sg-test-lookup-host>`);
    const { sent, fetch } = platform([lost, awaitingThreeDS, lost]);
    const errors: unknown[] = [];
    host.addEventListener('sg-error', (event) => errors.push(event.detail));
    expect((await host.flow.submit(options(fetch))).kind).to.equal('unresolved');
    expect(sent.map(({ method, url }) => `${method} ${new URL(url).pathname.split('/').at(-1)}`)).to.deep.equal(['POST payments', 'GET ' + new URL(sent[1]?.url ?? '').pathname.split('/').at(-1), 'POST 3ds']);
    expect(host.flow.unresolved).to.equal(true);
    expect(errors).to.deep.equal([{ code: 'network', message: englishI18n.t('attemptUnknown'), order: 'ord_x' }]);
  });
});
