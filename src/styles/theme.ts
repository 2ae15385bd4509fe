/**
 * The `theme` property of the public elements (docs/THEMING.md): `dark` or `auto` fetch the dark theme's chunk and
 * apply it, `light` or none take it off. Offline, the light theme stays: nothing else depends on the dark one.
 */
import type { PropertyValues, ReactiveElement } from 'lit';

/** Call from `willUpdate`: applies `element.theme` when it changed. */
export function followTheme(element: ReactiveElement & { theme?: string | undefined }, changed: PropertyValues): void {
  if (changed.has('theme')) import('./dark.styles.ts').then((dark) => dark.applyTheme(element.renderRoot as ShadowRoot, element.theme), () => {});
}
