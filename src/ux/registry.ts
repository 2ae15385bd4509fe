/**
 * UX name → lazy loader. Each UX is its own chunk, so a page downloads only the experience its order uses, except the
 * single UX, which the script-tag build keeps in the entry module (see vite.config.ts). A UX absent from this map is
 * "not available yet": the host shows that state instead of failing.
 */
import type { Ux } from '../core/contract/index.ts';
import type { CheckoutSummary } from '../core/contract/index.ts';
import type { UxModule } from './types.ts';

const loaders: Partial<Record<Ux, () => Promise<UxModule>>> = {
  single: () => import('./single/index.ts'),
  collect: () => import('./split/index.ts'),
  picking: () => import('./split/index.ts'),
  multi: () => import('./multi/index.ts'),
  installment: () => import('./installments/index.ts'),
  paylater: () => import('./paylater/index.ts'),
  sdd: () => import('./sdd/index.ts'),
  viban: () => import('./viban/index.ts'),
  pis: () => import('./pis/index.ts'),
};

/**
 * The UX to mount for an order: its own, except on a stand-alone ANCV Connect platform (only method `ancv`), whose
 * single orders are paid through the multi UX with ANCV alone (an ANCV payment confirmed for less leaves a rest to pay).
 */
export function uxToMount(checkout: Pick<CheckoutSummary, 'order' | 'settings'>): Ux {
  const methods = checkout.settings.paymentMethods;
  if (checkout.order.ux === 'single' && methods.length > 0 && methods.every((method) => method === 'ancv')) return 'multi';
  return checkout.order.ux;
}

export const isUxAvailable = (ux: Ux): boolean => ux in loaders;

/** Loads the UX's module; `null` when it is not available yet. Rejects only when the chunk cannot be fetched. */
export async function loadUx(ux: Ux): Promise<UxModule | null> {
  const load = loaders[ux];
  return load ? load() : null;
}
