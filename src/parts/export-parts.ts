/**
 * Makes the parts of a lazily loaded piece (wallet buttons, 3-D Secure dialog) reachable from the page (CSS Shadow
 * Parts, docs/THEMING.md) without the entry module carrying their names: `element` exports `names` (`inner` or
 * `inner:outer`, comma-separated) and adds each outer name to the `exportparts` of the UX hosting it, when that UX
 * exports its parts to `<sg-captain>` (a hosted page's element does not).
 */
export function exportParts(element: Element, names: string): void {
  element.setAttribute('exportparts', names);
  const host = (element.getRootNode() as Partial<ShadowRoot>).host;
  const exported = host?.getAttribute('exportparts');
  if (!host || exported == null) return;
  const known = exported.split(',');
  const added = names.split(',').map((name) => name.split(':').pop() as string).filter((name) => !known.includes(name));
  if (added.length) host.setAttribute('exportparts', [...known, ...added].join(','));
}
