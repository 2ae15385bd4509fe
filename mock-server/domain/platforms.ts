import { liveKeys, type Platform } from '../seed.ts';
import type { StoreView } from '../store.ts';
import type { Mode } from '../store/tables.ts';

export type KeyScope = 'secret' | 'public';

export interface Caller {
  platform: Platform;
  scope: KeyScope;
  /** `sk_test_`/`pk_test_` keys work in the sandbox, `sk_live_`/`pk_live_` keys on the live data (CONTRACT §2). */
  mode: Mode;
}

/**
 * The platform a raw `Authorization` key belongs to, whether it is its secret or its public key, and its mode. The
 * caller of a transaction sets `tx.mode = caller.mode` (handlers/kit.ts): from then on the transaction sees that mode only.
 */
export function callerForKey(view: StoreView, key: string | null): Caller | null {
  if (!key) return null;
  for (const platform of view.platforms.all()) {
    if (platform.secretKey === key) return { platform, scope: 'secret', mode: 'sandbox' };
    if (platform.publicKey === key) return { platform, scope: 'public', mode: 'sandbox' };
    const live = liveKeys(platform);
    if (live.secretKey === key) return { platform, scope: 'secret', mode: 'live' };
    if (live.publicKey === key) return { platform, scope: 'public', mode: 'live' };
  }
  return null;
}

/** The public key the widget uses for `platform` in `mode` (hosted pages render an order with its own mode's key). */
export function publicKeyFor(platform: Platform, mode: Mode): string {
  return mode === 'live' ? liveKeys(platform).publicKey : platform.publicKey;
}

export function platformById(view: StoreView, id: string): Platform {
  const platform = view.platforms.get(id);
  if (!platform) throw new Error(`order references unknown platform ${id}`);
  return platform;
}
