/** The sandbox in Node: in memory, or in an SQLite data file (mock-server/sqlite.ts) so that it survives a restart. */
import type { HttpHandler } from 'msw';
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
  /** Closes the data file, if any. */
  close(): void;
}

export function createNodeSandbox(options: { publicUrl: string; dataFile?: string; send?: WebhookSender }): NodeSandbox {
  const store = new Store(options.dataFile ? sqlitePersistence(options.dataFile) : memoryPersistence());
  const runtime = createRuntime({ store, send: options.send ?? fetchSender, publicUrl: () => options.publicUrl });
  const handlers = createHandlers(runtime);
  return { runtime, handlers, respond: responder(handlers), close: () => store.close() };
}
