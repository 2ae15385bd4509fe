/**
 * Registers a custom element once. Two copies of the widget on a page (script tag and npm, or a double include) must
 * not throw "already defined" into the merchant's page.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, constructor);
}
