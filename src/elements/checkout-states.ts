/**
 * What `<sg-captain>` and `<sg-link>` show while an order loads or when it cannot be paid: one place, so both elements
 * word and structure failures the same way.
 */
import { html, nothing } from 'lit';
import type { CaptainErrorCode } from '../core/errors.ts';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { OrderStatus, Ux } from '../core/schemas.ts';

/** Load failures the host can show; `config` is a missing attribute, caught before any request. */
export type LoadFailure = CaptainErrorCode | 'config';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; failure: LoadFailure }
  | { kind: 'closed'; status: OrderStatus }
  | { kind: 'unavailable'; ux: Ux };

const FAILURE_TEXT: Partial<Record<LoadFailure, [MessageKey, MessageKey]>> = {
  config: ['errorConfigTitle', 'errorConfig'],
  not_found: ['errorNotFoundTitle', 'errorNotFound'],
  unauthorized: ['errorUnauthorizedTitle', 'errorUnauthorized'],
  network: ['errorNetworkTitle', 'errorNetwork'],
};

/** Only failures that may pass by themselves get a Retry button; a wrong key or order will not fix itself. */
const RETRYABLE: readonly LoadFailure[] = ['network', 'unknown', 'invalid_response'];

const CLOSED_TEXT: Record<OrderStatus, MessageKey> = {
  initiated: 'closedCompleted',
  confirmed: 'closedConfirmed',
  completed: 'closedCompleted',
  pending: 'closedPending',
  canceled: 'closedCanceled',
  refunded: 'closedRefunded',
};

export const failureMessage = (failure: LoadFailure, i18n: I18n): string =>
  i18n.t((FAILURE_TEXT[failure] ?? ['errorUnknownTitle', 'errorUnknown'])[1]);

export const closedMessage = (status: OrderStatus, i18n: I18n): string => i18n.t(CLOSED_TEXT[status]);

export function renderLoadState(state: LoadState, i18n: I18n, onRetry: () => void) {
  switch (state.kind) {
    case 'loading':
      return html`<div class="loading" part="loading">
        <span class="spinner" aria-hidden="true"></span><span>${i18n.t('loading')}</span>
      </div>`;
    case 'failed': {
      const [title, message] = FAILURE_TEXT[state.failure] ?? ['errorUnknownTitle', 'errorUnknown'];
      return html`<div class="notice danger" part="error" role="alert">
        <h2 id="sg-state-title" tabindex="-1">${i18n.t(title)}</h2>
        <p>${i18n.t(message)}</p>
        ${RETRYABLE.includes(state.failure)
          ? html`<p><button type="button" class="button secondary" part="retry-button" @click=${onRetry}>${i18n.t('retry')}</button></p>`
          : nothing}
      </div>`;
    }
    case 'closed':
      return html`<div class="notice" part="closed">
        <h2 id="sg-state-title" tabindex="-1">${i18n.t('closedTitle')}</h2>
        <p>${closedMessage(state.status, i18n)}</p>
      </div>`;
    case 'unavailable':
      return html`<div class="notice" part="unavailable">
        <h2 id="sg-state-title" tabindex="-1">${i18n.t('uxUnavailableTitle')}</h2>
        <p>${i18n.t('uxUnavailable', { ux: state.ux })}</p>
      </div>`;
  }
}
