/**
 * The multi UX's form: the method of the next part, its amount (with what is left after it), the ANCV login or the card
 * form, and the flow's notice and pay button. A template over the element's state, which `multi-ux.ts` holds.
 */
import { html, nothing } from 'lit';
import type { Checkout } from '../../core/contract/index.ts';
import type { PaymentFlow } from '../../parts/payment-flow.ts';
import type { UxContext } from '../../parts/ux-contract.ts';
import { afterPaymentNote, amountCheckOf, amountHintKey, ancvMinimumOf, leavesBelowAncvMinimum, methodsOf, progressOf, type PaymentChoice } from './amounts.ts';
import { ancvLoginProblem } from '../../core/ancv-login.ts';
import type { MultiText } from './messages.ts';
import { renderMethodChooser } from './method-chooser.ts';
import { renderAmountField, renderAncvLoginField } from './multi-fields.ts';

export interface MultiFormView {
  t: MultiText;
  /** The UX's context: the order, its words, where a wallet pays and the wallets the host offers. */
  context: UxContext;
  flow: PaymentFlow;
  money(cents: number): string;
  choice: PaymentChoice;
  amountText: string;
  loginText: string;
  showFieldErrors: boolean;
  onChoice(choice: PaymentChoice): void;
  onAmountInput(event: InputEvent): void;
  onLoginInput(event: InputEvent): void;
  onSubmit(): Promise<void>;
}

export function renderMultiForm(view: MultiFormView) {
  const { t, flow, money, choice } = view;
  const { checkout, i18n } = view.context;
  const progress = progressOf(checkout);
  const minimum = ancvMinimumOf(checkout);
  const methods = methodsOf(checkout);
  const check = amountCheckOf(checkout, view.amountText, choice);
  const busy = flow.busy;
  const limits = { available: money(progress.available), minimum: money(minimum) };
  const belowMinimum =
    methods.includes('ancv') && check.ok && leavesBelowAncvMinimum(check.cents, progress, minimum)
      ? t(methods.includes('card') ? 'belowMinimumNote' : 'belowMinimumNoteAncvOnly', { left: money(progress.available - check.cents), minimum: money(minimum) })
      : undefined;
  // The button names what will be asked: what is typed, or (before anything is typed) what is available.
  const payAmount = money(check.cents ?? progress.available);
  return html`<form novalidate part="form" aria-busy=${busy ? 'true' : 'false'} @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      void view.onSubmit();
    }}>
    ${renderMethodChooser({ methods, choice, busy, t, onChoice: view.onChoice })}
    ${renderAmountField({
      t,
      choice,
      text: view.amountText,
      currency: checkout.order.currency,
      hint: t(amountHintKey(choice, progress, minimum), limits),
      after: afterPaymentText(checkout, view.amountText, choice, t, money),
      belowMinimum,
      problem: view.showFieldErrors && !check.ok ? check.problem : undefined,
      limits,
      busy,
      onInput: view.onAmountInput,
    })}
    ${
      // A wallet pays one part, as a card would: the amount typed above (the buyer's current share), once it is valid.
      choice === 'card' && check.ok ? flow.renderWallets(view.context, check.cents, view.onSubmit) : nothing
    }
    ${choice === 'ancv'
      ? renderAncvLoginField({ t, text: view.loginText, problem: view.showFieldErrors ? ancvLoginProblem(view.loginText) : null, busy, onInput: view.onLoginInput })
      : html`${flow.cardForm.renderErrorSummary(i18n)} ${flow.cardForm.renderFields(i18n)}`}
    ${flow.renderSubmit(t(choice === 'ancv' ? 'payAncv' : 'payCard', { amount: payAmount }), i18n)}
  </form>`;
}

/** "After this payment: €x left to pay." for what is typed, or nothing while it is not an amount. */
export function afterPaymentText(checkout: Checkout, amountText: string, choice: PaymentChoice, t: MultiText, money: (cents: number) => string): string | undefined {
  const note = afterPaymentNote(amountCheckOf(checkout, amountText, choice).cents, progressOf(checkout));
  return note && t(note.key, { left: money(note.left) });
}
