/**
 * The sandbox as one running thing: its store, how it reaches the outside world (webhooks), where its hosted pages
 * live, and the clock that runs due work. The MSW handlers close over one runtime; the browser and Node build theirs.
 */
import { sandboxNow, wallClockNow } from './clock.ts';
import { domainContext } from './domain/context.ts';
import { answersExpireBy, dropExpiredAnswers } from './domain/idempotency.ts';
import { nextDueWork, runDueWork } from './domain/scheduler.ts';
import type { Store, Tx } from './store.ts';
import { hasOrphanClaims, nextWebhookDueAt, WebhookDispatcher, type DispatcherOptions, type WebhookSender } from './webhooks.ts';
import './domain/modules/register.ts';

export interface SandboxRuntime {
  store: Store;
  /** Origin of the hosted pages, seen from the request that is being answered. */
  publicUrl(request: Request): string;
  /** Starts delivering what is due, without waiting. */
  kick(): void;
  /** Delivers what is due and waits until every attempt in flight has ended (tests; the clock does not wait). */
  flush(): Promise<void>;
  /**
   * Moves the sandbox clock to `target`, running everything that falls due on the way, in time order. Webhook attempts
   * are started, not awaited: the clock gives the attempts it starts at most `clockWaitMs` in all to answer (so that a
   * retry falling due within the move runs at its time), and does not wait for attempts already in flight; an attempt
   * still running goes on, owned by its dispatcher.
   */
  advanceClock(target: number, publicUrl: string): Promise<number>;
  /** Runs what real time has made due since the last look; does nothing (not even a write) when nothing is due. */
  tick(publicUrl: string): Promise<void>;
  /** Aborted once the sandbox stops (`stop`): requests that wait (the long poll) answer at once instead of holding the stop. */
  readonly stopping: AbortSignal;
  /** Tells waiting requests to answer now; the HTTP server calls it first thing when it stops (SIGTERM). */
  stop(): void;
}

export interface RuntimeOptions {
  store: Store;
  send: WebhookSender;
  publicUrl(request: Request): string;
  /** Webhook attempt timeout in ms (default 30 s, CONTRACT §4); tests use small values. */
  attemptTimeoutMs?: number;
  /** Real time the clock gives webhook attempts in flight to answer, in all, per move (default 500 ms). */
  clockWaitMs?: number;
  /** The dispatcher's identity and the other live dispatchers sharing the store (browser tabs). */
  dispatcher?: Pick<DispatcherOptions, 'owner' | 'othersAlive'>;
}

const MAX_STEPS = 100_000;
export const DEFAULT_CLOCK_WAIT_MS = 500;

function moveClock(tx: Tx, to: number): void {
  tx.clockOffsetMs += Math.max(0, to - sandboxNow(tx.clockOffsetMs));
}

/** Waits for `work` until the wall-clock `deadline` at most; never rejects. */
async function waitUntil(work: Promise<unknown>, deadline: number): Promise<void> {
  const left = deadline - wallClockNow();
  if (left <= 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, left);
  });
  try {
    await Promise.race([work.then(() => undefined, () => undefined), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One step of the clock: the earliest due work or webhook attempt at or before the target, run at its own time, found
 * through the due indexes (store/due.ts), so that a step costs what falls due, not what is stored. Deliveries in flight,
 * and those waiting for their order's event in flight, are not on the index: their time comes once that attempt ends.
 * `targetAt` gives the target from the clock's time now (a tick runs up to whatever "now" is when it runs).
 */
function stepClock(tx: Tx, targetAt: (now: number) => number, publicUrl: string): 'ran' | 'done' {
  const now = sandboxNow(tx.clockOffsetMs);
  // A target another move has already passed (two requests at once) is reached: what is overdue runs, nothing goes back.
  const target = targetAt(now);
  const due = nextDueWork(tx, target);
  const webhookAt = nextWebhookDueAt(tx, target);
  if (due && (webhookAt === null || due.at <= webhookAt)) {
    moveClock(tx, due.at);
    // At its own instant (now, when overdue): a later read of the wall clock would date it as late as the machine is slow.
    runDueWork({ ...domainContext(tx, publicUrl), now: Math.max(due.at, now) }, due.work);
    return 'ran';
  }
  if (webhookAt !== null) {
    moveClock(tx, webhookAt);
    return 'ran';
  }
  moveClock(tx, target);
  dropExpiredAnswers(tx, sandboxNow(tx.clockOffsetMs));
  return 'done';
}

export function createRuntime(options: RuntimeOptions): SandboxRuntime {
  const { store } = options;
  const dispatcher = new WebhookDispatcher({ store, send: options.send, attemptTimeoutMs: options.attemptTimeoutMs, ...options.dispatcher });
  const clockWaitMs = options.clockWaitMs ?? DEFAULT_CLOCK_WAIT_MS;
  const stopper = new AbortController();
  // Attempts started by this runtime and not ended yet; `flush` waits for them all.
  const inFlight = new Set<Promise<void>>();
  const track = (attempts: Promise<void>): Promise<void> => {
    const run = attempts.catch((error: unknown) => console.error('[sandbox] webhook attempt failed', error));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  };
  /**
   * Claims what is due and starts it; answers once the claims are stored (not once the attempts end: they are wrapped,
   * so that the async function does not adopt them), with the attempts started, if any.
   */
  const dispatch = async (): Promise<{ attempts: Promise<void> } | null> => {
    try {
      const { claimed, attempts } = await dispatcher.dispatchDue();
      return claimed > 0 ? { attempts: track(attempts) } : null;
    } catch (error) {
      console.error('[sandbox] webhook dispatch failed', error);
      return null;
    }
  };
  const flush = async (): Promise<void> => {
    // An attempt that ends may free its order's next event: dispatch again until nothing is claimed nor running.
    while ((await dispatch()) !== null || inFlight.size > 0) await Promise.all(inFlight);
  };
  const advance = async (targetAt: (now: number) => number, publicUrl: string): Promise<number> => {
    const deadline = wallClockNow() + clockWaitMs;
    // Only the attempts this move starts are given time to answer; those already in flight are not this move's work.
    const started: Promise<void>[] = [];
    for (let step = 0; step < MAX_STEPS; step += 1) {
      const outcome = await store.transact((tx) => stepClock(tx, targetAt, publicUrl));
      const dispatched = await dispatch();
      if (dispatched) started.push(dispatched.attempts);
      await waitUntil(Promise.all(started), deadline);
      if (outcome === 'done') break;
    }
    return store.read((view) => sandboxNow(view.clockOffsetMs));
  };
  return {
    store,
    publicUrl: options.publicUrl,
    flush,
    kick() {
      void dispatch();
    },
    advanceClock: (target, publicUrl) => advance(() => target, publicUrl),
    stopping: stopper.signal,
    stop: () => stopper.abort(),
    async tick(publicUrl) {
      const isHeld = await dispatcher.holders();
      const due = await store.read((view) => {
        const now = sandboxNow(view.clockOffsetMs);
        const work = nextDueWork(view, now) !== null || nextWebhookDueAt(view, now) !== null || answersExpireBy(view, now);
        return work || hasOrphanClaims(view, isHeld) ? now : null;
      });
      // Up to "now" as it is when each step runs: a clock moved meanwhile by a request is not an error.
      if (due !== null) await advance((now) => Math.max(now, due), publicUrl);
    },
  };
}
