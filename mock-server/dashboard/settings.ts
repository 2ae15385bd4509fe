/**
 * A platform's settings as the docs' "platform view > configure > Credentials" shows them: the public key in full, the
 * secret key and webhook secret masked until revealed (a POST, so that it carries the CSRF token and shows in no URL),
 * the webhook URL, and the module's settings read-only. Changing the webhook URL is an organization admin's action
 * (PERMISSIONS): a platform admin sees it, the form is not on its page and the server refuses it (403).
 */
import type { HttpHandler } from 'msw';
import { currenciesFor } from '../domain/currencies.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { PlatformPatch } from '../schemas/requests.ts';
import { liveKeys, type Platform } from '../seed.ts';
import type { Mode } from '../store/tables.ts';
import { dashboardEndpoint } from './kit.ts';
import { platformFor } from './scope.ts';

/** `sk_test_8c1c…942f` → `sk_test_••••942f`: the kind of key and its last four characters, to tell keys apart. */
export function maskKey(key: string): string {
  const prefix = /^[a-z]+_(?:test_|live_)?/.exec(key)?.[0] ?? '';
  return `${prefix}••••${key.slice(-4)}`;
}

/** The keys of `platform` the dashboard shows in `mode`: production shows the live keys (CONTRACT §2). */
function keysFor(platform: Platform, mode: Mode): { secretKey: string; publicKey: string } {
  return mode === 'live' ? liveKeys(platform) : { secretKey: platform.secretKey, publicKey: platform.publicKey };
}

export function platformSettings(platform: Platform, mode: Mode) {
  const keys = keysFor(platform, mode);
  return {
    id: platform.id,
    name: platform.name,
    module: platform.module,
    mode,
    publicKey: keys.publicKey,
    secretKey: maskKey(keys.secretKey),
    webhookSecret: maskKey(platform.webhookSecret),
    webhookUrl: platform.webhookUrl,
    settings: platform.settings,
    /** The currencies each of the platform's modules takes (payment-link form), by ux. */
    currencies: Object.fromEntries(platform.settings.uxs.map((ux) => [ux, currenciesFor(ux)])),
  };
}

export function settingsHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    dashboardEndpoint(runtime, 'get', '/v1/dashboard/platforms/:id/settings', {}, ({ ctx, user, params }) => platformSettings(platformFor(ctx.tx, user, params.id ?? ''), ctx.tx.mode ?? 'sandbox')),
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/platforms/:id/credentials/reveal', {}, ({ ctx, user, params }) => {
      const platform = platformFor(ctx.tx, user, params.id ?? '');
      return { secretKey: keysFor(platform, ctx.tx.mode ?? 'sandbox').secretKey, webhookSecret: platform.webhookSecret };
    }),
    dashboardEndpoint(runtime, 'patch', '/v1/dashboard/platforms/:id', { body: PlatformPatch, permission: 'editSettings' }, ({ ctx, user, params, body }) => {
      const platform = platformFor(ctx.tx, user, params.id ?? '');
      const changed = { ...platform, webhookUrl: body.webhookUrl };
      ctx.tx.platforms.put(changed);
      return platformSettings(changed, ctx.tx.mode ?? 'sandbox');
    }),
  ];
}
