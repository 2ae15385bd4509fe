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
  /* Amazon's page when its window was blocked: a link and a Cancel, each a 24 px target at least (WCAG 2.5.8). */
  .amazon-page {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0.5em 0 0;
  }
  .amazon-page a,
  .amazon-page .text {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.25em;
    color: var(--_sg-color-primary);
    font: inherit;
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .amazon-page a:focus-visible,
  .amazon-page .text:focus-visible {
    outline: 3px solid var(--_sg-color-focus);
    outline-offset: 2px;
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
