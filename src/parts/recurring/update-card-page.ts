/**
 * `<sg-update-card>`: the body of the hosted update-card page (`/update-card/{subscriptionId}`), the link of the
 * card-expiry email (seed "Subscription recovery", 3 "Card expiry prevention"). The buyer sees the card the
 * subscription debits and when, gives a new one, answers 3-D Secure where the bank asks (`<sg-three-ds-dialog>`), and
 * the new card becomes the default for the next payments (`POST /v1/subscriptions/{id}/card`, docs/API.md).
 */
import { html, LitElement, nothing } from 'lit';
import { toCardDetails } from '../../core/card.ts';
import { CaptainError } from '../../core/errors.ts';
import { http } from '../../core/http.ts';
import { englishI18n, loadI18n, type I18n } from '../../core/i18n/index.ts';
import { checker, CardUpdateShape, HostedSubscriptionShape, type CardUpdate, type HostedSubscription } from '../../core/contract/index.ts';
import { loadCardFlow, CardFormController } from '../card-form.ts';
import { isAmbiguous } from '../payment-attempt.ts';
import { renderLiveRegion } from '../live-region.ts';
import type { ThreeDSDialog } from '../three-ds-dialog.ts';
import { scheduleUxStyles } from '../schedule/schedule-ux.styles.ts';
import { updateCardText, type UpdateCardKey } from './update-card-i18n.ts';

/** The words of each refusal of `POST /v1/subscriptions/{id}/card`; anything else reads "could not be saved". */
const UPDATE_CARD_WORDS: Partial<Record<string, UpdateCardKey>> = {
  card_declined: 'declined',
  authentication_failed: 'authenticationRefused',
  network: 'network',
  // Live mode (mock-server/domain/live-mode.ts): a saved card is checked as a payment would be.
  test_card_in_live_mode: 'testCardLive',
  live_payments_unavailable: 'liveUnavailable',
};

const checkHosted = checker(HostedSubscriptionShape);
const checkUpdate = checker(CardUpdateShape);

type Notice = { tone: 'danger'; text: string } | undefined;

export class UpdateCardPage extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = scheduleUxStyles;
  static override properties = {
    apiUrl: { type: String, attribute: 'api-url' },
    subscriptionId: { type: String, attribute: 'subscription-id' },
    locale: { type: String },
    hosted: { state: true },
    failure: { state: true },
    saved: { state: true },
    busy: { state: true },
    notice: { state: true },
    announcement: { state: true },
  };

  declare apiUrl: string;
  declare subscriptionId: string;
  declare locale: string;
  declare hosted: HostedSubscription | undefined;
  declare failure: string | undefined;
  declare saved: CardUpdate | undefined;
  declare busy: boolean;
  declare notice: Notice;
  declare announcement: string;

  private i18n: I18n = englishI18n;
  private readonly cardForm = new CardFormController(this, () => (this.notice = undefined));

  constructor() {
    super();
    this.apiUrl = '';
    this.subscriptionId = '';
    this.locale = 'en';
    this.hosted = undefined;
    this.failure = undefined;
    this.saved = undefined;
    this.busy = false;
    this.notice = undefined;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private text(key: UpdateCardKey, params: Record<string, string> = {}): string {
    return updateCardText(this.i18n, key, params);
  }

  private get base(): string {
    return this.apiUrl || location.origin;
  }

  async load(): Promise<void> {
    this.i18n = await loadI18n(this.locale);
    try {
      this.hosted = await http({ apiUrl: this.base, key: '' }, { method: 'GET', path: `/v1/hosted/subscriptions/${encodeURIComponent(this.subscriptionId)}`, schema: checkHosted });
    } catch {
      this.failure = this.text('linkUnknown');
    }
  }

  private cardLabel(card: { paymentMethod: string; last4: string; expiryMonth: string; expiryYear: string }): string {
    return this.text('cardLabel', { brand: card.paymentMethod, last4: card.last4, expiry: `${card.expiryMonth}/${card.expiryYear.slice(-2)}` });
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const hosted = this.hosted;
    if (!hosted || this.busy) return;
    await loadCardFlow();
    const wrong = this.cardForm.validate();
    if (wrong.length) {
      await this.updateComplete;
      this.cardForm.focusSummary();
      return;
    }
    this.busy = true;
    this.notice = undefined;
    this.announcement = this.text('saving');
    const api = { apiUrl: this.base, key: hosted.publicKey };
    const path = `/v1/subscriptions/${encodeURIComponent(hosted.subscriptionId)}/card`;
    const card = toCardDetails(this.cardForm.values);
    try {
      let answer = await http(api, { method: 'POST', path, body: { card }, schema: checkUpdate });
      if (answer.status === 'challenge' && answer.verificationId) {
        const dialog = this.renderRoot.querySelector<ThreeDSDialog>('sg-three-ds-dialog');
        const outcome = dialog ? await dialog.challenge({ merchant: hosted.platformName, amount: this.i18n.money(0, hosted.currency), last4: answer.card.last4 }) : 'refuse';
        answer = await http(api, { method: 'POST', path: `${path}/3ds`, body: { verificationId: answer.verificationId, outcome }, schema: checkUpdate });
      }
      this.saved = answer;
      this.announcement = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    } catch (error) {
      const code = error instanceof CaptainError ? error.code : 'unknown';
      // No answer (connection cut, gateway, unreadable): the platform may have saved the card all the same. Asked
      // before saying "not saved"; it is saved when the subscription now debits the card typed.
      const lost = error instanceof CaptainError && isAmbiguous(error);
      const now = lost ? await http({ apiUrl: this.base, key: '' }, { method: 'GET', path: `/v1/hosted/subscriptions/${encodeURIComponent(hosted.subscriptionId)}`, schema: checkHosted }).catch(() => undefined) : undefined;
      const debited = now?.card;
      if (debited && debited.last4 === card.number.slice(-4) && debited.expiryMonth === card.expiryMonth && debited.expiryYear === card.expiryYear) {
        this.hosted = now;
        this.saved = { status: 'saved', card: debited };
        this.announcement = '';
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
        return;
      }
      const key: UpdateCardKey = UPDATE_CARD_WORDS[code] ?? 'failed';
      this.cardForm.clearSecurityCode();
      this.notice = { tone: 'danger', text: this.text(key) };
      this.announcement = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="notice"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private renderIntro(hosted: HostedSubscription) {
    const next = hosted.nextCycleAt === null ? '' : this.text('nextPayment', { amount: this.i18n.money(hosted.amount, hosted.currency), date: this.i18n.date(hosted.nextCycleAt) });
    const current = hosted.card ? this.text('currentCard', { card: this.cardLabel(hosted.card) }) : this.text('noCard');
    return html`<p part="intro">${current} ${next}</p>`;
  }

  /** Marked with its language for screen readers (WCAG 3.1.2), whatever the hosting page's `lang`. */
  protected override render() {
    return html`<div lang=${this.i18n.locale}>${this.renderState()}</div>`;
  }

  private renderState() {
    if (this.failure) return html`<p class="notice danger" role="alert">${this.failure}</p>`;
    const hosted = this.hosted;
    if (!hosted) return html`<p aria-busy="true">…</p>`;
    if (this.saved) {
      return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
          <h2 id="sg-success-title" tabindex="-1">${this.text('savedTitle')}</h2>
          <p>${this.text('savedBody', { card: this.cardLabel(this.saved.card) })}</p>
        </section>
        ${renderLiveRegion('')}`;
    }
    if (hosted.status === 'canceled' || hosted.status === 'ended') {
      return html`<p class="notice" part="intro" role="status">${this.text('closed')}</p>`;
    }
    return html`<div class="page">
        ${this.renderIntro(hosted)}
        <form novalidate part="form" aria-busy=${this.busy ? 'true' : 'false'} @submit=${(event: SubmitEvent) => void this.submit(event)}>
          ${this.notice ? html`<p class="notice danger" part="notice" role="alert" tabindex="-1">${this.notice.text}</p>` : nothing}
          ${this.cardForm.renderErrorSummary(this.i18n)} ${this.cardForm.renderFields(this.i18n)}
          <button type="submit" class="pay" part="pay-button" ?disabled=${this.busy}>${this.text('save')}</button>
        </form>
      </div>
      ${renderLiveRegion(this.announcement)}
      <sg-three-ds-dialog .i18n=${this.i18n}></sg-three-ds-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-update-card': UpdateCardPage;
  }
}

/** Defines the page's element and the 3-D Secure dialog it uses. */
export async function defineUpdateCardPage(): Promise<void> {
  const [{ defineElement }, { ThreeDSDialog }] = await Promise.all([import('../../define-element.ts'), import('../three-ds-dialog.ts')]);
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement('sg-update-card', UpdateCardPage);
}
