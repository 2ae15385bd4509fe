import { css } from 'lit';

/**
 * Each brand's button rules, as far as a text button can follow them without the brands' artwork: Apple Pay black with
 * white text (Apple HIG, "Apple Pay buttons"), Google Pay black with white text (Google Pay brand guidelines), Amazon Pay
 * its yellow with dark text (Amazon Pay button guidelines); all full width, rounded, at least 44 px high (Apple's
 * minimum, Stripe's default `buttonHeight`), with the widget's focus ring.
 */
export const walletButtonsStyles = css`
  :host {
    display: block;
  }
  .wallets {
    display: grid;
    gap: 0.5em;
  }
  .wallet {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    width: 100%;
    padding: 0.5em 1em;
    border-radius: var(--_sg-radius);
    border: 1px solid transparent;
    cursor: pointer;
    letter-spacing: 0.01em;
  }
  .wallet-applepay,
  .wallet-googlepay {
    background: #000000;
    color: #ffffff;
  }
  .wallet-amazonpay {
    background: #ffd814;
    border-color: #fcd200;
    color: #0f1111;
  }
  .wallet[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .wallet:focus-visible {
    outline: 3px solid var(--_sg-color-focus);
    outline-offset: 2px;
  }
  .status:empty {
    margin: 0;
  }
  .status {
    margin: 0.5em 0 0;
    color: var(--_sg-color-muted);
  }
  .or {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin: 1em 0;
    color: var(--_sg-color-muted);
    font-size: 0.875em;
  }
  .or::before,
  .or::after {
    content: '';
    flex: 1;
    border-top: 1px solid var(--_sg-color-border);
  }
`;
