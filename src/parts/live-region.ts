import { html } from 'lit';

/**
 * A polite status region that exists before anything is announced: screen readers ignore live regions that appear
 * together with their text, so render this from the first render and only change its content.
 */
export const renderLiveRegion = (message: string) =>
  html`<div class="visually-hidden" role="status" aria-live="polite">${message}</div>`;
