/**
 * Calls to the mock platform from component tests, as a merchant's back end (secret key) or the sandbox would make
 * them, and the answer fields the tests read. Test-only.
 */

/** `method path` on the platform with `key`; resolves to the answer's `data`, throws on an error status. */
export async function platformCall<T>(method: string, path: string, key: string, body?: unknown): Promise<T> {
  const response = await fetch(location.origin + path, {
    method,
    headers: { Authorization: key, 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const json = (await response.json()) as { data: T };
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json.data;
}

/** The fields the installments and pay-later tests read from the platform's answers. */
export interface ScheduleAnswer {
  id: string;
  status: string;
  amount: number;
  delay?: number;
  installmentsCount?: number;
  installments: { id: string; amount: number; dueDate: number; status: string; transactionId: string }[];
}

/** The fields the split tests read from the platform's answers. */
export interface SplitAnswer {
  id: string;
  status: string;
  ux: string;
  singleSplit?: boolean;
  amount: number;
  firstName?: string;
  items: { id: string; paid: boolean }[];
  collected: number;
  left: number;
}
