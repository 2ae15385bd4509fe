/** Talks to the sandbox server the e2e suite runs against, as a merchant's back end would. */
import { seededPlatform, type PlatformSlug } from '../../../mock-server/seed.ts';

export const SANDBOX_URL = `http://localhost:${process.env.E2E_PORT ?? 4020}`;

export async function api<T = any>(method: string, path: string, key: string | null, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${SANDBOX_URL}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(key ? { Authorization: key } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export async function createOrder(slug: PlatformSlug, fields: Record<string, unknown>): Promise<any> {
  const answer = await api('POST', '/v1/orders', seededPlatform(slug).secretKey, fields);
  if (answer.status !== 201) throw new Error(`the sandbox refused the order: ${JSON.stringify(answer.body)}`);
  return answer.body.data;
}

export async function getOrder(slug: PlatformSlug, id: string): Promise<any> {
  return (await api('GET', `/v1/orders/${id}`, seededPlatform(slug).secretKey)).body.data;
}

export { seededPlatform };
