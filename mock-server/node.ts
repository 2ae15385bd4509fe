/** The sandbox in Node: in memory, or in an SQLite data file (mock-server/sqlite.ts) so that it survives a restart. */
import type { HttpHandler } from 'msw';
import { dashboardHandlers } from './dashboard/handlers.ts';
import { createHandlers } from './handlers/index.ts';
import { responder } from './handlers/routes.ts';
import { createRuntime, type SandboxRuntime } from './runtime.ts';
import { sqlitePersistence } from './sqlite.ts';
import { memoryPersistence, Store } from './store.ts';
import { fetchSender, type WebhookSender } from './webhooks.ts';

export interface NodeSandbox {
  runtime: SandboxRuntime;
  handlers: HttpHandler[];
  /** Answers a request as `getResponse(handlers, request)` would, running only the handlers that may match (handlers/routes.ts). */
  respond(request: Request): Promise<Response | undefined>;
  /** Waits for the store's queued transactions and closes it (the data file, when there is one). Call once, at shutdown. */
  close(): Promise<void>;
}

export interface NodeSandboxOptions {
  /** The origin given out in links; a function when it is only known once the server listens (port 0). */
  publicUrl: string | (() => string);
  dataFile?: string;
  send?: WebhookSender;
  /** Webhook attempt timeout in ms (default 30 s). */
  attemptTimeoutMs?: number;
  /** Real time a clock move gives webhook attempts to answer, in all (default 500 ms). */
  clockWaitMs?: number;
}

/** One process owns its store: claims left by an earlier process on the data file are free again (webhooks.ts). */
export function createNodeSandbox(options: NodeSandboxOptions): NodeSandbox {
  const store = new Store(options.dataFile ? sqlitePersistence(options.dataFile) : memoryPersistence());
  const { publicUrl, attemptTimeoutMs, clockWaitMs } = options;
  const runtime = createRuntime({
    store,
    send: options.send ?? fetchSender,
    publicUrl: typeof publicUrl === 'string' ? () => publicUrl : publicUrl,
    ...(attemptTimeoutMs !== undefined ? { attemptTimeoutMs } : {}),
    ...(clockWaitMs !== undefined ? { clockWaitMs } : {}),
  });
  const handlers = createHandlers(runtime, dashboardHandlers(runtime));
  return {
    runtime,
    handlers,
    respond: responder(handlers),
    async close() {
      // A transaction waits behind every one already queued, so nothing acknowledged is left unwritten.
      await store.transact(() => undefined);
      store.close();
    },
  };
}
