/** The seeded dashboard accounts as `GET /v1/sandbox/platforms` lists them (CONTRACT §2), passwords included. */
import type { StoreView } from '../store.ts';
import { seededAccounts, type DashboardRole } from './accounts.ts';
import { platformsInScope } from './scope.ts';

export interface ListedUser {
  email: string;
  password: string | null;
  role: DashboardRole;
  organizationId: string;
  platformIds: string[];
}

export function dashboardUsers(view: StoreView): ListedUser[] {
  const passwords = new Map(seededAccounts().map((account) => [account.email.toLowerCase(), account.password]));
  return view.users.all().map((user) => ({
    email: user.email,
    password: passwords.get(user.id) ?? null,
    role: user.role,
    organizationId: user.organizationId,
    platformIds: platformsInScope(view, user).map((platform) => platform.id),
  }));
}
