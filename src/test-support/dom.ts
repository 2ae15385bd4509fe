/** Small helpers to reach into the widget's shadow roots the way a user (or a screen reader) would find things. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SgCaptain } from '../elements/sg-captain/sg-captain.ts';
import { loadCardFlow } from '../parts/card-form.ts';
import type { SingleUx } from '../ux/single/single-ux.ts';
import { say } from './words.ts';

export const uxOf = (captain: SgCaptain): SingleUx & { shadowRoot: ShadowRoot } => {
  const ux = captain.shadowRoot?.querySelector('sg-single-ux');
  if (!ux?.shadowRoot) throw new Error('the single UX is not mounted');
  return ux as SingleUx & { shadowRoot: ShadowRoot };
};

/** The input whose <label> reads exactly `text`. */
export function inputByLabel(root: ShadowRoot, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text);
  const input = label ? root.getElementById(label.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input labelled "${text}"`);
  return input;
}

export const payButton = (root: ShadowRoot): HTMLButtonElement => {
  const button = root.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) throw new Error('no pay button');
  return button;
};

/** Types like a user: focus, then real key presses through the browser. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  // Focus fetches the card code; a human takes longer to reach the first key than the chunk takes to arrive.
  await loadCardFlow();
  await sendKeys({ type: text });
}

/**
 * Replaces what `input` holds as a paste does: one insertion (`input` event, inputType `insertText`), under the field's
 * own limits (maxlength); one call in the page where typing `text` is two key events a character, each a round trip.
 */
export function paste(input: HTMLInputElement, text: string): void {
  input.focus();
  input.select();
  document.execCommand('insertText', false, text);
}

export interface TypedCard {
  number: string;
  /** `MMYY`; 12/30 unless given. */
  expiry?: string;
  cvc?: string;
  /** Ada Lovelace unless given; `null` leaves the field as it is when it already holds a name. */
  holder?: string | null;
}

/** Types a card into the card form inside `root`, field by field, as a buyer would. */
export async function typeCard(root: ShadowRoot, card: TypedCard): Promise<void> {
  await typeInto(inputByLabel(root, say('Card number')), card.number);
  await typeInto(inputByLabel(root, say('Expiry date')), card.expiry ?? '1230');
  await typeInto(inputByLabel(root, say('Security code')), card.cvc ?? '123');
  const holder = inputByLabel(root, say('Cardholder name'));
  if (card.holder === null && holder.value) return;
  await typeInto(holder, card.holder ?? 'Ada Lovelace');
}

/** Types a card into the single UX of `captain`. */
export async function fillCard(captain: SgCaptain, card: TypedCard): Promise<ShadowRoot> {
  const root = uxOf(captain).shadowRoot;
  await typeCard(root, card);
  return root;
}

/** Text as a screen reader reads it: the no-break spaces of Intl money and dates as spaces, white space folded. */
export const spaces = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** Resolves once the element has fired `sg-ready` or `sg-error` (whichever comes first). */
export async function settled(captain: HTMLElement): Promise<void> {
  await Promise.race([oneEvent(captain, 'sg-ready'), oneEvent(captain, 'sg-error')]);
}

/** The focused element, looking through nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const waitForText = (root: ShadowRoot, text: string) =>
  waitUntil(() => root.textContent?.includes(text), `"${text}" never appeared`, { timeout: 5000 });

export type RecordedEvent = { type: string; detail: unknown };

/**
 * Mounts `<sg-captain>` with the given attributes, records every `sg-*` event from the start (some fire during the
 * first update), and waits until the order is loaded or has failed.
 */
export async function mountCaptain(
  attributes: Record<string, string>,
  options: { order?: object; wait?: boolean } = {},
): Promise<{ captain: SgCaptain; events: RecordedEvent[] }> {
  const captain = document.createElement('sg-captain');
  const events: RecordedEvent[] = [];
  for (const type of ['sg-ready', 'sg-validated', 'sg-invalid', 'sg-error']) {
    captain.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  for (const [name, value] of Object.entries(attributes)) captain.setAttribute(name, value);
  if (options.order) captain.order = options.order as SgCaptain['order'];
  const container = await fixture(html`<div></div>`);
  container.append(captain);
  if (options.wait !== false) {
    await waitUntil(() => events.some((event) => event.type === 'sg-ready' || event.type === 'sg-error'), 'never settled', {
      timeout: 8000,
    });
    await captain.updateComplete;
  }
  return { captain, events };
}

export const eventsOf = (events: RecordedEvent[], type: string) => events.filter((event) => event.type === type);

/** Mounts `<sg-captain>` (see `mountCaptain`) and returns the UX element `tag` it shows, with its shadow root. */
export async function mountCaptainUx<T extends HTMLElement>(tag: string, attributes: Record<string, string>) {
  const mounted = await mountCaptain(attributes);
  const ux = mounted.captain.shadowRoot?.querySelector(tag) as (T & { shadowRoot: ShadowRoot }) | null;
  if (!ux?.shadowRoot) throw new Error(`${tag} is not mounted`);
  return { ...mounted, ux, root: ux.shadowRoot };
}
