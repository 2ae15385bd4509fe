import type { Platform } from '../seed.ts';
import type { StoreView } from '../store.ts';

export type KeyScope = 'secret' | 'public';

export interface Caller {
  platform: Platform;
  scope: KeyScope;
}

/** The platform a raw `Authorization` key belongs to, and whether it is its secret or its public key. */
export function callerForKey(view: StoreView, key: string | null): Caller | null {
  if (!key) return null;
  for (const platform of view.platforms.all()) {
    if (platform.secretKey === key) return { platform, scope: 'secret' };
    if (platform.publicKey === key) return { platform, scope: 'public' };
  }
  return null;
}

export function platformById(view: StoreView, id: string): Platform {
  const platform = view.platforms.get(id);
  if (!platform) throw new Error(`order references unknown platform ${id}`);
  return platform;
}
