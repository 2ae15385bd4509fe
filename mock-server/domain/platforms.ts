import type { Platform } from '../seed.ts';
import type { State } from '../state.ts';

export type KeyScope = 'secret' | 'public';

export interface Caller {
  platform: Platform;
  scope: KeyScope;
}

/** The platform a raw `Authorization` key belongs to, and whether it is its secret or its public key. */
export function callerForKey(state: State, key: string | null): Caller | null {
  if (!key) return null;
  for (const platform of state.platforms) {
    if (platform.secretKey === key) return { platform, scope: 'secret' };
    if (platform.publicKey === key) return { platform, scope: 'public' };
  }
  return null;
}

export function platformById(state: State, id: string): Platform {
  const platform = state.platforms.find((candidate) => candidate.id === id);
  if (!platform) throw new Error(`order references unknown platform ${id}`);
  return platform;
}
