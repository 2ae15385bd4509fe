/**
 * Amazon Pay as a popup to Amazon's page (here the sandbox's simulated Amazon page, `/amazon-pay/{session}`): the
 * widget opens a checkout session (`POST /v1/orders/{id}/amazon-pay/sessions`), the buyer chooses a payment method or
 * cancels there, and the widget then pays with the session through the payment flow. The window opens within the
 * click (a popup opened after a network round trip is blocked), then goes to the session's page.
 *
 * A blocked popup falls back to the session's page opened by the buyer from a link (a browser does not block a link
 * the buyer clicks). Amazon's own checkout goes to that page and back; a link keeps the order's page, with what the
 * buyer typed, as it is, with nothing to restore. The widget hands `blocked` the page's address and keeps following
 * the session.
 */
import { checker } from '../../core/contract/index.ts';
import { AmazonSessionShape, type AmazonSession } from '../../core/contract/wallet-shapes.ts';
import { http, type HttpConfig } from '../../core/http.ts';

const Session = checker(AmazonSessionShape);
const POLL_MS = 700;

export type AmazonOutcome =
  | { kind: 'chosen'; sessionId: string; last4: string }
  | { kind: 'canceled' }
  | { kind: 'expired' }
  | { kind: 'blocked' };

export interface VisitOptions {
  /** The popup was blocked: show the buyer a link to `url`, Amazon's page for the session (else the visit ends `blocked`). */
  blocked?: (url: string) => void;
  /** Stops following the session (the buyer canceled from the widget): the visit ends `canceled`. */
  signal?: AbortSignal;
  /** What the payment settles on a confirmed order (recovery, balance), sent with the session's amount. */
  settles?: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const readSession = (api: HttpConfig, id: string) => http(api, { method: 'GET', path: `/v1/amazon-pay/sessions/${encodeURIComponent(id)}`, schema: Session });

/** What a session's state means for the widget, or `undefined` while the buyer has not answered. */
function outcomeOf(session: AmazonSession): AmazonOutcome | undefined {
  if (session.state === 'canceled') return session.reason === 'Expired' ? { kind: 'expired' } : { kind: 'canceled' };
  if (session.state === 'open' && session.buyerMethod) return { kind: 'chosen', sessionId: session.id, last4: session.buyerMethod };
  return undefined;
}

/**
 * Runs the buyer's visit to Amazon's page: resolves when they chose a payment method, canceled (on the page, or by
 * closing the window), or the session expired. Rejects only when the platform cannot be reached.
 */
export async function visitAmazon(api: HttpConfig, orderId: string, amount: number, { blocked, signal, settles }: VisitOptions = {}): Promise<AmazonOutcome> {
  const popup = window.open('about:blank', 'sg-amazon-pay', 'popup,width=480,height=680');
  if (!popup && !blocked) return { kind: 'blocked' };
  let session: AmazonSession;
  try {
    // The Amazon page shows what the UX pays now (a share, a part, a first installment), not the whole order.
    session = await http(api, { method: 'POST', path: `/v1/orders/${encodeURIComponent(orderId)}/amazon-pay/sessions`, body: { ...settles, amount }, schema: Session });
  } catch (error) {
    popup?.close();
    throw error;
  }
  if (popup) popup.location.href = session.url;
  else blocked?.(session.url);
  for (;;) {
    await sleep(POLL_MS);
    // The buyer gave up on the page they opened themselves (the widget's Cancel): nothing was paid.
    if (signal?.aborted) {
      popup?.close();
      return { kind: 'canceled' };
    }
    const closed = popup?.closed ?? false;
    const outcome = outcomeOf(await readSession(api, session.id));
    if (outcome) {
      if (!closed) popup?.close();
      return outcome;
    }
    // Closing Amazon's window without answering is the buyer canceling.
    if (closed) return { kind: 'canceled' };
  }
}
