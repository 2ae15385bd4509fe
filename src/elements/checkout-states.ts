/**
 * What `<sg-captain>` and `<sg-link>` show while an order loads or when it cannot be paid: one place, so both elements
 * word and structure failures the same way. The loading, network-down, not-configured and unknown-failure states are
 * worded from the core catalogues (they must show with no further download); the states that follow an answer of the
 * platform get their words from `state-words.ts`, fetched by `needStateWords` before such a state shows.
 */
import { html, nothing } from 'lit';
import { CaptainError, type CaptainErrorCode } from '../core/errors.ts';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { OrderStatus, Ux } from '../core/contract/index.ts';
import type * as StateWords from './state-words.ts';

export type ClosedReason = StateWords.ClosedReason;

/** An order canceled once its deadline (`dueDate`) is behind the platform's time (`now`) was canceled by the deadline. */
export function closedReason(order: { status: OrderStatus; dueDate?: number | undefined }, now: number): ClosedReason {
  return order.status === 'canceled' && order.dueDate !== undefined && order.dueDate <= now ? 'deadline' : order.status;
}

/** Load failures the host can show; `config` is a missing attribute, caught before any request. */
export type LoadFailure = CaptainErrorCode | 'config';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; failure: LoadFailure }
  | { kind: 'closed'; status: OrderStatus; reason?: ClosedReason; dueDate?: number | undefined }
  | { kind: 'unavailable'; ux: Ux };

const FAILURE_TEXT: Partial<Record<LoadFailure, [MessageKey, MessageKey]>> = {
  config: ['errorConfigTitle', 'errorConfig'],
  network: ['errorNetworkTitle', 'errorNetwork'],
};

/** Only failures that may pass by themselves get a Retry button; a wrong key or order will not fix itself. */
const RETRYABLE: readonly LoadFailure[] = ['network', 'unknown', 'invalid_response'];

/** A chunk of the widget could not be fetched: the network is down, and the network-down state says so. */
export const downloadFailed = (cause: unknown): never => {
  throw new CaptainError('network', 'The payment form could not be downloaded', { cause });
};

let stateWords: typeof StateWords | undefined;

/** Whether `failure` is shown with words from `state-words.ts`. */
export const needsStateWords = (failure: LoadFailure): boolean => failure === 'not_found' || failure === 'unauthorized';

/** Fetches the words of the states that follow an answer, once; rejects with a `network` CaptainError when it cannot. */
export async function needStateWords(): Promise<void> {
  stateWords ??= await import('./state-words.ts').catch(downloadFailed);
}

function failureWords(failure: LoadFailure, i18n: I18n): [string, string] {
  const late = stateWords?.FAILURE_WORDS[failure];
  if (stateWords && late) return stateWords.failureWords(i18n, late);
  const [title, message] = FAILURE_TEXT[failure] ?? ['errorUnknownTitle', 'errorUnknown'];
  return [i18n.t(title), i18n.t(message)];
}

export const failureMessage = (failure: LoadFailure, i18n: I18n): string => failureWords(failure, i18n)[1];

/** After `needStateWords`. */
export const closedMessage = (reason: ClosedReason, i18n: I18n, order: { dueDate?: number | undefined } = {}): string =>
  stateWords?.closedWords(i18n, reason, order.dueDate)[1] ?? '';

/** After `needStateWords`. */
export const unavailableMessage = (ux: Ux, i18n: I18n): string => stateWords?.unavailableWords(i18n, ux)[1] ?? '';

/**
 * A state's notice: a failure is an alert (`extra`: its Retry); a state that replaces a live form (the order changed
 * meanwhile) is a status region, so it is announced too.
 */
const notice = (part: string, [title, message]: [string, string], failed = false, extra: unknown = nothing) =>
  html`<div class="notice ${failed ? 'danger' : ''}" part=${part} role=${failed ? 'alert' : 'status'}>
    <h2 id="sg-state-title" part="heading" tabindex="-1">${title}</h2>
    <p>${message}</p>
    ${extra}
  </div>`;

export function renderLoadState(state: LoadState, i18n: I18n, onRetry: () => void) {
  switch (state.kind) {
    case 'loading':
      return html`<div class="loading" part="loading">
        <span class="spinner" aria-hidden="true"></span><span>${i18n.t('loading')}</span>
      </div>`;
    case 'failed':
      return notice(
        'error',
        failureWords(state.failure, i18n),
        true,
        RETRYABLE.includes(state.failure)
          ? html`<p><button type="button" class="button secondary" part="retry-button" @click=${onRetry}>${i18n.t('retry')}</button></p>`
          : nothing,
      );
    case 'closed':
      return notice('closed', stateWords?.closedWords(i18n, state.reason ?? state.status, state.dueDate) ?? ['', '']);
    case 'unavailable':
      return notice('unavailable', stateWords?.unavailableWords(i18n, state.ux) ?? ['', '']);
  }
}
