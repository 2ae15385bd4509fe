/**
 * Parts are a styling contract (docs/THEMING.md): every `part` any UX renders, in every nested shadow root, is reachable
 * as `sg-captain::part(name)` through `exportparts`, and every name reachable there is documented. Each UX is walked in
 * the states it shows (form, errors, decline, 3-D Secure, wallets and their sheet, success) on the real mock platform.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineSgElements } from '../define.ts';
import { inputByLabel, mountCaptain, typeInto, waitForText } from '../test-support/dom.ts';
import { API_URL, CARDS, useMockPlatform } from '../test-support/mock-platform.ts';
import { captainSubject, fillCard, payButtonOf, type MountedSubject } from '../test-support/payment-contract.ts';
import { paid } from '../test-support/payment-subjects.ts';
import { expectWcag22 } from '../test-support/axe-wcag22.ts';
import { documentedParts, partsOf } from '../test-support/parts.ts';
import { seededPlatform } from '../../mock-server/seed.ts';
import { platformCall } from '../test-support/platform-api.ts';

defineSgElements();
useMockPlatform();

/**
 * Collects, over the states a test walks through, what `<sg-captain>` exposes and what never reaches it. In the dark
 * theme, each state is also checked with axe (WCAG 2.2 AA, colour contrast included).
 */
class PartsWalk {
  readonly exposed = new Set<string>();
  readonly unreachable = new Set<string>();
  constructor(readonly captain: HTMLElement) {}
  async look(): Promise<void> {
    await (this.captain as LitElement).updateComplete;
    if (this.captain.getAttribute('theme') === 'dark') {
      await waitUntil(() => getComputedStyle(this.captain).colorScheme === 'dark', 'the dark theme never applied', { timeout: 5000 });
      await expectWcag22(this.captain);
    }
    const report = partsOf(this.captain.shadowRoot as ShadowRoot);
    for (const name of report.exposed) this.exposed.add(name);
    for (const lost of report.unreachable) this.unreachable.add(lost);
  }
  async expectReachableAndDocumented(...expected: string[]): Promise<void> {
    expect([...this.unreachable], 'parts no exportparts carries up to <sg-captain>').to.deep.equal([]);
    const documented = await documentedParts();
    expect([...this.exposed].filter((name) => !documented.has(name)), 'parts missing from docs/THEMING.md').to.deep.equal([]);
    expect(expected.filter((name) => !this.exposed.has(name)), 'parts these states must show').to.deep.equal([]);
  }
}

/** Presses Pay on an empty form: the error summary and each field's error show. */
async function submitEmpty(subject: MountedSubject, walk: PartsWalk): Promise<void> {
  payButtonOf(subject.root).click();
  await waitUntil(() => subject.root.querySelector('[aria-invalid="true"]'), 'no field in error', { timeout: 5000 });
  await walk.look();
}

async function declineThenPay(subject: MountedSubject, walk: PartsWalk): Promise<void> {
  await fillCard(subject.root, CARDS.declined);
  payButtonOf(subject.root).click();
  await waitUntil(() => subject.root.querySelector('#sg-payment-notice'), 'no decline notice', { timeout: 5000 });
  await walk.look();
  for (const [label, text] of [['Card number', CARDS.challenge], ['Security code', '123']] as const) {
    const input = inputByLabel(subject.root, label);
    input.select();
    await typeInto(input, text);
  }
  payButtonOf(subject.root).click();
  const dialog = () => subject.root.querySelector('sg-three-ds-dialog')?.shadowRoot?.querySelector('dialog[open]');
  await waitUntil(dialog, 'no 3-D Secure challenge', { timeout: 5000 });
  await walk.look();
  dialog()?.querySelector<HTMLButtonElement>('[data-outcome="approve"]')?.click();
  await paid(subject);
  await walk.look();
}

describe('parts reachable from <sg-captain>', () => {
  it('the check itself: a part in a nested shadow root that no exportparts carries is reported, an exported one is not', async () => {
    class Inner extends LitElement {
      override render() {
        return html`<p part="kept">k</p><p part="lost">l</p>`;
      }
    }
    class Outer extends LitElement {
      override render() {
        return html`<sg-test-inner part="inner" exportparts="kept: renamed"></sg-test-inner>`;
      }
    }
    customElements.define('sg-test-inner', Inner);
    customElements.define('sg-test-outer', Outer);
    const outer = await fixture<Outer>(html`<sg-test-outer></sg-test-outer>`);
    await (outer.shadowRoot?.querySelector('sg-test-inner') as Inner).updateComplete;
    const report = partsOf(outer.shadowRoot as ShadowRoot);
    expect([...report.exposed].sort()).to.deep.equal(['inner', 'renamed']);
    expect(report.unreachable).to.deep.equal(['sg-test-outer > sg-test-inner::part(lost)']);
  });

  it('single UX with wallets, dark theme: form, wallet buttons and sheet, errors, decline, 3-D Secure, success, each axe-clean', async function (this: { timeout(ms: number): void }) {
    // Many states, each walked and checked with axe: longer than one interaction's 10 s on a loaded machine.
    this.timeout(40_000);
    const subject = await captainSubject('wallets', 'sg-single-ux', { amount: 2500 }, { 'sandbox-wallets': '', theme: 'dark' });
    const walk = new PartsWalk(subject.element);
    await waitUntil(() => subject.root.querySelector('sg-wallet-buttons')?.shadowRoot?.querySelector('sg-wallet-sheet'), 'no wallets', { timeout: 5000 });
    await walk.look();
    const buttons = subject.root.querySelector('sg-wallet-buttons')?.shadowRoot as ShadowRoot;
    buttons.querySelector<HTMLButtonElement>('[data-wallet="applepay"]')?.click();
    const sheet = () => buttons.querySelector('sg-wallet-sheet')?.shadowRoot?.querySelector('dialog[open]');
    await waitUntil(sheet, 'no wallet sheet', { timeout: 5000 });
    await walk.look();
    sheet()?.querySelector<HTMLButtonElement>('[part="sheet-cancel-button"]')?.click();
    await waitUntil(() => !sheet(), 'the sheet stays open', { timeout: 5000 });
    await submitEmpty(subject, walk);
    await declineThenPay(subject, walk);
    await walk.expectReachableAndDocumented('wallet-button', 'wallet-applepay', 'wallet-sheet', 'sheet-pay-button', 'error-summary', 'notice', 'three-ds-dialog', 'approve-button', 'success', 'heading');
  });

  it('split UX, dark theme: share choice, errors, decline, 3-D Secure, then the progress and the sharing link, each axe-clean', async function (this: { timeout(ms: number): void }) {
    // Many states, each walked and checked with axe: longer than one interaction's 10 s on a loaded machine.
    this.timeout(40_000);
    const subject = await captainSubject('split-direct', 'sg-split-ux', { amount: 10000, ux: 'collect' }, { theme: 'dark' });
    const walk = new PartsWalk(subject.element);
    await walk.look();
    await submitEmpty(subject, walk);
    await declineThenPay(subject, walk);
    await waitUntil(() => subject.root.querySelector('sg-link')?.shadowRoot?.querySelector('input'), 'no sharing link', { timeout: 5000 });
    await walk.look();
    await walk.expectReachableAndDocumented('progress', 'link', 'link-input', 'copy-button');
  });

  it('multi UX, dark theme: progress, amount field, errors, decline, 3-D Secure, success, each axe-clean', async function (this: { timeout(ms: number): void }) {
    // Many states, each walked and checked with axe: longer than one interaction's 10 s on a loaded machine.
    this.timeout(40_000);
    const subject = await captainSubject('multi-ancv', 'sg-multi-ux', { amount: 5000, ux: 'multi' }, { theme: 'dark' });
    const walk = new PartsWalk(subject.element);
    await walk.look();
    await submitEmpty(subject, walk);
    (subject.root.querySelector('input[value="card"]') as HTMLInputElement | null)?.click();
    await declineThenPay(subject, walk);
    await walk.expectReachableAndDocumented('progress', 'methods', 'field-amount');
  });

  for (const [slug, tag, order] of [
    ['installments', 'sg-installments-ux', { amount: 9000, installmentsCount: 3 }],
    ['paylater', 'sg-paylater-ux', { amount: 12000 }],
    ['sdd', 'sg-sdd-ux', { amount: 4990, ux: 'sdd', firstName: undefined, lastName: undefined }],
    ['pis', 'sg-pis-ux', { amount: 4990, ux: 'pis' }],
  ] as const) {
    it(`${slug} UX: form and errors`, async () => {
      const subject = await captainSubject(slug, tag, order);
      const walk = new PartsWalk(subject.element);
      await walk.look();
      payButtonOf(subject.root).click();
      await waitUntil(() => subject.root.querySelector('[aria-invalid="true"], [part~="error"]:not(:empty)'), 'no error shown', { timeout: 5000 });
      await walk.look();
      await walk.expectReachableAndDocumented('form', 'amount');
    });
  }

  it('viban UX: the transfer details, QR code and copy buttons', async () => {
    const subject = await captainSubject('viban', 'sg-viban-ux', { amount: 12345, ux: 'viban', trackId: 'CMD-42' });
    const walk = new PartsWalk(subject.element);
    await waitUntil(() => subject.root.querySelector('svg[role="img"]'), 'no QR code', { timeout: 5000 });
    await walk.look();
    await walk.expectReachableAndDocumented('details', 'detail', 'copy-button', 'qr-code');
  });

  for (const tag of ['sg-link', 'sg-help'] as const) {
    it(`<${tag}> on its own, theme="dark" then "light": its parts on itself, axe-clean in dark, light again after`, async () => {
      const platform = seededPlatform('split-direct');
      const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'collect', email: 'ada@example.com' });
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries({ 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, theme: 'dark' })) element.setAttribute(name, value);
      (await fixture(html`<div></div>`)).append(element);
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="help"], [part~="link-input"], [part~="closed"]'), `${tag} never showed`, { timeout: 5000 });
      await waitUntil(() => getComputedStyle(element).colorScheme === 'dark', 'the dark theme never applied', { timeout: 5000 });
      await expectWcag22(element);
      expect(partsOf(element.shadowRoot as ShadowRoot).unreachable).to.deep.equal([]);
      element.setAttribute('theme', 'light');
      await waitUntil(() => getComputedStyle(element).colorScheme !== 'dark', 'the dark theme stayed', { timeout: 5000 });
      expect(getComputedStyle(element).getPropertyValue('--_sg-color-text').trim()).to.equal('#1a1f36');
    });
  }

  it('load states: an unknown order shows the error part with its retry button', async () => {
    const platform = seededPlatform('single');
    const { captain } = await mountCaptain({ 'order-id': 'ord_unknown', 'public-key': platform.publicKey, 'api-url': API_URL });
    await waitForText(captain.shadowRoot as ShadowRoot, '');
    const walk = new PartsWalk(captain);
    await walk.look();
    await walk.expectReachableAndDocumented('base', 'error');
  });
});
