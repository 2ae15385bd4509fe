/**
 * React entry (`sg-captain/react`): the public elements as React components, made by `@lit/react`'s `createComponent`.
 * A separate entry so that pages without React never load it; React is a peer dependency, never bundled here.
 *
 * Props are the elements' properties (`orderId`, `publicKey`, `locale`, `apiUrl`, and on `SgCaptain` `order` and
 * `sandboxWallets`), set as properties so `order` can be an object. Each DOM event has a typed callback prop:
 * `onSgReady`, `onSgValidated`, `onSgInvalid`, `onSgError` receive the `SgReadyEvent`… whose `detail` is what the
 * script tag's `onReady`, `onValidated`, `onInvalid`, `onError` receive (docs/WIDGET.md, Events). A `ref` is the
 * element itself, so `ref.current.pay()` submits from the merchant's own button.
 *
 * Importing this module registers `<sg-captain>`, `<sg-link>` and `<sg-help>` (guarded: safe beside `defineSgElements()`).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { defineSgElements } from './define-elements.ts';
import { SgCaptain as SgCaptainElement } from './elements/sg-captain/sg-captain.ts';
import { SgHelp as SgHelpElement } from './elements/sg-help/sg-help.ts';
import { SgLink as SgLinkElement } from './elements/sg-link/sg-link.ts';
import type { SgErrorEvent, SgInvalidEvent, SgReadyEvent, SgValidatedEvent } from './events/index.ts';

defineSgElements();

/** Callback prop → DOM event, typed by the event's class. */
const loadEvents = {
  onSgReady: 'sg-ready' as EventName<SgReadyEvent>,
  onSgError: 'sg-error' as EventName<SgErrorEvent>,
};
const paymentEvents = {
  ...loadEvents,
  onSgValidated: 'sg-validated' as EventName<SgValidatedEvent>,
  onSgInvalid: 'sg-invalid' as EventName<SgInvalidEvent>,
};

/** `<sg-captain>`: the captain's payment form. Callbacks `onSgReady`, `onSgValidated`, `onSgInvalid`, `onSgError`. */
export const SgCaptain = createComponent({
  react: React,
  tagName: 'sg-captain',
  elementClass: SgCaptainElement,
  events: paymentEvents,
  displayName: 'SgCaptain',
});

/** `<sg-link>`: a split order's sharing link. Callbacks `onSgReady`, `onSgError`. */
export const SgLink = createComponent({
  react: React,
  tagName: 'sg-link',
  elementClass: SgLinkElement,
  events: loadEvents,
  displayName: 'SgLink',
});

/** `<sg-help>`: how the order's module works, for buyers. Callbacks `onSgReady`, `onSgError`. */
export const SgHelp = createComponent({
  react: React,
  tagName: 'sg-help',
  elementClass: SgHelpElement,
  events: loadEvents,
  displayName: 'SgHelp',
});

export type SgCaptainProps = React.ComponentProps<typeof SgCaptain>;
export type SgLinkProps = React.ComponentProps<typeof SgLink>;
export type SgHelpProps = React.ComponentProps<typeof SgHelp>;
export type { SgCaptainElement, SgHelpElement, SgLinkElement };
export type { ErrorDetail, InvalidDetail, ReadyDetail, SgErrorEvent, SgInvalidEvent, SgReadyEvent, SgValidatedEvent, ValidatedDetail } from './events/index.ts';
