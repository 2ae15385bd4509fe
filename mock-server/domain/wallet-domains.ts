/**
 * Merchant domains registered for Apple Pay and Amazon Pay, per platform (seed 004: Apple Pay needs "the origin domain
 * where the Apple Pay will be requested" and a verification file at `/.well-known/apple-developer-merchantid-domain-
 * association`; Amazon Pay needs the domains "that will load Amazon Pay"). Registration is per exact host name:
 * `shop.example.com` and `www.example.com` are two domains, as Apple and Stripe register them.
 */
import type { Platform } from '../seed.ts';
import type { WalletDomainRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { invalid, notFound } from './errors.ts';

export type DomainWallet = WalletDomainRecord['method'];
export const DOMAIN_WALLETS: readonly DomainWallet[] = ['applepay', 'amazonpay'];

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The host name a browser gives for `input` (`location.hostname`): lower case, without the final dot, an
 * internationalised name in its ASCII form (IDNA: `café.example` is `xn--caf-dma.example`), a disguised IPv4 address
 * (`0x7f.0x1`) as the address. `undefined` when no browser would load it (WHATWG URL host parsing).
 */
function browserHost(input: string): string | undefined {
  const name = input.trim().replace(/\.$/, '');
  if (/[:/\\?#@%*\s]/.test(name)) return undefined;
  try {
    return new URL(`http://${name}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * A host name as Apple and Amazon register it: lower case, at least two labels, no scheme, port, path or wildcard, not
 * an IP address (neither wallet accepts one), an internationalised name in its ASCII form. 400 with the reason otherwise.
 */
export function normalizeDomain(input: string): string {
  const raw = input.trim().toLowerCase().replace(/\.$/, '');
  const problems: string[] = [];
  const domain = browserHost(raw) ?? raw;
  const labels = domain.split('.');
  if (/[:/*@\s]/.test(raw)) problems.push('domain: give the host name only (shop.example.com), without scheme, port, path or wildcard');
  else if (labels.every((label) => /^[0-9]+$/.test(label))) problems.push('domain: an IP address cannot be registered, give a host name');
  else if (!browserHost(raw) || domain.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    problems.push('domain: must be a host name such as shop.example.com');
  }
  if (problems.length) throw invalid(problems);
  return domain;
}

const domainId = (platformId: string, method: DomainWallet, domain: string) => `${platformId}:${method}:${domain}`;

export function listWalletDomains(ctx: DomainContext, platform: Platform): WalletDomainRecord[] {
  return ctx.tx.walletDomains.list('platformId', platform.id);
}

/** Registers `domain` for `method` on `platform`; registering it again changes nothing. */
export function registerWalletDomain(ctx: DomainContext, platform: Platform, method: DomainWallet, input: string): WalletDomainRecord {
  const domain = normalizeDomain(input);
  const id = domainId(platform.id, method, domain);
  const existing = ctx.tx.walletDomains.get(id);
  if (existing) return existing;
  const record: WalletDomainRecord = { id, platformId: platform.id, method, domain, createdAt: ctx.now };
  ctx.tx.walletDomains.put(record);
  return record;
}

export function removeWalletDomain(ctx: DomainContext, platform: Platform, method: DomainWallet, input: string): void {
  const id = domainId(platform.id, method, normalizeDomain(input));
  if (!ctx.tx.walletDomains.get(id)) throw notFound('Domain');
  ctx.tx.walletDomains.delete(id);
}

/**
 * Whether a page on `host` may load `method` for `platform`: a registered domain, or the sandbox's own origin (its
 * hosted pages and demo serve their own verification file).
 */
export function domainRegistered(ctx: DomainContext, platform: Platform, method: DomainWallet, host: string): boolean {
  const name = browserHost(host) ?? host.trim().toLowerCase();
  if (name === new URL(ctx.publicUrl).hostname) return true;
  return ctx.tx.walletDomains.get(domainId(platform.id, method, name)) !== undefined;
}

/**
 * The platform's Apple Pay domain verification file: an opaque text Apple checks byte for byte, so it is the same at
 * every download (derived from the platform id).
 */
export function domainAssociationFile(platform: Platform): string {
  const hex = [...new TextEncoder().encode(`sharegroop-sandbox:${platform.id}:merchant.com.sharegroop.sandbox`)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.toUpperCase()}\n`;
}
