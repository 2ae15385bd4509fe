/**
 * The dashboard's seeded accounts (CONTRACT §2, `GET /v1/sandbox/platforms` `users`; seed 000 "User management"): an
 * organization admin, who sees every platform of the organization, and platform admins, who see only theirs. As with
 * the seeded keys, the passwords are public and the same at every start, so that a newcomer can sign in; the store keeps
 * only their scrypt hashes (passwords.ts), computed once with `hashPassword` and written here.
 */
import { seededPlatform, SANDBOX_ORGANIZATION, type PlatformSlug } from '../seed.ts';
import type { Mode } from '../store/mode.ts';

export type DashboardRole = 'organizationAdmin' | 'platformAdmin';

/** A dashboard account as stored: `id` is the lower-case email. */
export interface DashboardUser {
  id: string;
  email: string;
  passwordHash: string;
  role: DashboardRole;
  organizationId: string;
  /** A platform admin's platforms; an organization admin's scope is every platform of `organizationId`. */
  platformIds: string[];
}

/** A signed-in browser. `id` is the SHA-256 of the cookie's token (a stolen data file opens no session). */
export interface DashboardSession {
  id: string;
  userId: string;
  /** Sent back in `X-CSRF-Token` by every state-changing request of the dashboard. */
  csrfToken: string;
  createdAt: number;
  /** Sandbox time after which the session no longer opens anything. */
  expiresAt: number;
  /** The environment the dashboard shows (its switch): the sandbox's data (default) or production's, the live keys' (CONTRACT §2). */
  mode?: Mode;
}

/** Failed sign-ins of one email from one client address, within the current window (sandbox clock). */
export interface SigninThrottle {
  /** `<lower-case email> <client address>` */
  id: string;
  failures: number;
  windowStartedAt: number;
}

/**
 * Money leaving the platform's merchant wallet to the merchant's bank account (seed 000: "withdrawals operations from
 * your sharegroop merchant wallets"): an operation linked to no transaction. `id` is `op_<uuid>`.
 */
export interface WithdrawalRecord {
  id: string;
  type: 'withdrawal';
  platformId: string;
  amount: number;
  currency: string;
  date: number;
  /** The dashboard account that asked for it. */
  requestedBy: string;
}

interface SeededAccount {
  email: string;
  password: string;
  passwordHash: string;
  role: DashboardRole;
  platforms: PlatformSlug[] | 'all';
}

const SEEDED: SeededAccount[] = [
  {
    email: 'admin@sandbox.test',
    password: 'sandbox-org-admin',
    passwordHash: 'scrypt$16384$8$1$yGZL+cWXKu1pJ7E+o76fsA==$QlBhLzb8VoGNBF78VGQsP6dXvCIIaO0mJGDcqRSsE9E=',
    role: 'organizationAdmin',
    platforms: 'all',
  },
  {
    email: 'single@sandbox.test',
    password: 'sandbox-single-admin',
    passwordHash: 'scrypt$16384$8$1$JvqMqqu9gHxrCkSeX9n2wA==$qhWgJZGo0bqt35/mboSmE2nbjrk4pFQufhoME5oTCJg=',
    role: 'platformAdmin',
    platforms: ['single'],
  },
  {
    email: 'viban@sandbox.test',
    password: 'sandbox-viban-admin',
    passwordHash: 'scrypt$16384$8$1$XLbSKB6mcU6gbEewTSQMVw==$AYNAW/0yP/tYptJ2np6J6VRB90h7s8GPp4cUoHIPejI=',
    role: 'platformAdmin',
    platforms: ['viban'],
  },
];

/** The accounts as the store keeps them (hashes only). */
export function seededUsers(): DashboardUser[] {
  return SEEDED.map((account) => ({
    id: account.email.toLowerCase(),
    email: account.email,
    passwordHash: account.passwordHash,
    role: account.role,
    organizationId: SANDBOX_ORGANIZATION.id,
    platformIds: account.platforms === 'all' ? [] : account.platforms.map((slug) => seededPlatform(slug).id),
  }));
}

/** The seeded accounts with their passwords, for `GET /v1/sandbox/platforms`, `npm start` and tests. */
export function seededAccounts(): { email: string; password: string; role: DashboardRole }[] {
  return SEEDED.map(({ email, password, role }) => ({ email, password, role }));
}
