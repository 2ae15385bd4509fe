import * as z from 'zod/mini';
import { en } from 'zod/locales';

/** zod/mini ships without messages; the mock backend answers with readable ones. */
z.config(en());

/** `field.path: message` lines for an error envelope. */
export function readableIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message));
}
