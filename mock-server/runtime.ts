/**
 * The sandbox as one running thing: its store, how it reaches the outside world (webhooks), where its hosted pages
 * live, and the clock that runs due work. The MSW handlers close over one runtime; the browser and Node build theirs.
 */
import { sandboxNow } from './clock.ts';
import { domainContext } from './domain/context.ts';
import { invalid } from './domain/errors.ts';
import { answersExpireBy, dropExpiredAnswers } from './domain/idempotency.ts';
import { nextDueWork, runDueWork } from './domain/scheduler.ts';
import type { Store, Tx } from './store.ts';
import { dispatchDueWebhooks, nextWebhookDueAt, type WebhookSender } from './webhooks.ts';
import './domain/modules/register.ts';

export interface SandboxRuntime {
  store: Store;
  /** Origin of the hosted pages, seen from the request that is being answered. */
  publicUrl(request: Request): string;
  /** Starts delivering what is due, without waiting. */
  kick(): void;
  /** Delivers what is due and waits for the answers. */
  flush(): Promise<void>;
  /** Moves the sandbox clock to `target`, running everything that falls due on the way, in time order. */
  advanceClock(target: number, publicUrl: string): Promise<number>;
  /** Runs what real time has made due since the last look; does nothing (not even a write) when nothing is due. */
  tick(publicUrl: string): Promise<void>;
}

const MAX_STEPS = 100_000;

function moveClock(tx: Tx, to: number): void {
  tx.clockOffsetMs += Math.max(0, to - sandboxNow(tx.clockOffsetMs));
}

export function createRuntime(options: { store: Store; send: WebhookSender; publicUrl(request: Request): string }): SandboxRuntime {
  const { store, send } = options;
  // Dispatches started in the background; `flush` waits for them, so that what they claimed is settled too.
  const inFlight = new Set<Promise<void>>();
  const dispatch = (): Promise<void> => {
    const run = dispatchDueWebhooks(store, send).catch((error: unknown) => console.error('[sandbox] webhook dispatch failed', error));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  };
  const flush = async (): Promise<void> => {
    await Promise.all(inFlight);
    await dispatch();
  };
  return {
    store,
    publicUrl: options.publicUrl,
    flush,
    kick() {
      void dispatch();
    },
    async advanceClock(target, publicUrl) {
      for (let step = 0; step < MAX_STEPS; step += 1) {
        // Each step finds the next due instant through the due indexes (store/due.ts): its cost is what falls due.
        const outcome = await store.transact((tx) => {
          const now = sandboxNow(tx.clockOffsetMs);
          if (target < now - 1_000) throw invalid('the sandbox clock only moves forward');
          const due = nextDueWork(tx, target);
          const webhookAt = nextWebhookDueAt(tx, target);
          if (due && (webhookAt === null || due.at <= webhookAt)) {
            moveClock(tx, due.at);
            runDueWork(domainContext(tx, publicUrl), due.work);
            return 'ran';
          }
          if (webhookAt !== null) {
            moveClock(tx, webhookAt);
            return 'ran';
          }
          moveClock(tx, target);
          dropExpiredAnswers(tx, sandboxNow(tx.clockOffsetMs));
          return 'done';
        });
        await flush();
        if (outcome === 'done') break;
      }
      return store.read((view) => sandboxNow(view.clockOffsetMs));
    },
    async tick(publicUrl) {
      const due = await store.read((view) => {
        const now = sandboxNow(view.clockOffsetMs);
        return nextDueWork(view, now) !== null || nextWebhookDueAt(view, now) !== null || answersExpireBy(view, now) ? now : null;
      });
      if (due !== null) await this.advanceClock(due, publicUrl);
    },
  };
}
