/**
 * The script-tag build's entry (written into widget.js after the loader, scripts/classic-widget.ts): the elements the
 * script-tag API (`script-tag.ts`) mounts. `<sg-captain>` is here; the sharing link and the module's explanation are chunks of their own,
 * fetched by pages that show them.
 */
import { defineElement } from './define-element.ts';
import { lastConnectedCaptain, SgCaptain } from './elements/sg-captain/sg-captain.ts';
import type { WidgetElements, WidgetTag } from './script-tag.ts';

const loaders: Record<WidgetTag, () => Promise<CustomElementConstructor>> = {
  'sg-captain': async () => SgCaptain,
  'sg-link': async () => (await import('./elements/sg-link/sg-link.ts')).SgLink,
  'sg-help': async () => (await import('./elements/sg-help/sg-help.ts')).SgHelp,
};

// A captain the page creates itself (in its own markup or a shadow root) works with `ShareGroop.pay()` as well.
defineElement('sg-captain', SgCaptain);

export const elements: WidgetElements = {
  async define(tag) {
    defineElement(tag, await loaders[tag]());
  },
  lastCaptain: lastConnectedCaptain,
};
