/** The sandbox in Node: in memory, or persisted to a JSON data file so that it survives a restart. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { HttpHandler } from 'msw';
import { createHandlers } from './handlers/index.ts';
import { createRuntime, type SandboxRuntime } from './runtime.ts';
import type { State } from './state.ts';
import { createMutex, memoryPersistence, Store, type Persistence } from './store.ts';
import { fetchSender, type WebhookSender } from './webhooks.ts';

export function filePersistence(path: string): Persistence {
  let current: State | null = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as State) : null;
  return {
    load: async () => current,
    save: async (state) => {
      current = state;
      // Written aside then renamed, so that a crash never leaves half a file.
      writeFileSync(`${path}.tmp`, JSON.stringify(state));
      renameSync(`${path}.tmp`, path);
    },
    exclusive: createMutex(),
  };
}

export interface NodeSandbox {
  runtime: SandboxRuntime;
  handlers: HttpHandler[];
}

export interface NodeSandboxOptions {
  publicUrl: string;
  dataFile?: string;
  send?: WebhookSender;
  /** Webhook attempt timeout in ms (default 30 s). */
  attemptTimeoutMs?: number;
  /** Real time a clock move gives webhook attempts to answer, in all (default 500 ms). */
  clockWaitMs?: number;
}

/** One process owns its store: claims left by an earlier process on the data file are free again (webhooks.ts). */
export function createNodeSandbox(options: NodeSandboxOptions): NodeSandbox {
  const store = new Store(options.dataFile ? filePersistence(options.dataFile) : memoryPersistence());
  const { attemptTimeoutMs, clockWaitMs } = options;
  const runtime = createRuntime({
    store,
    send: options.send ?? fetchSender,
    publicUrl: () => options.publicUrl,
    ...(attemptTimeoutMs !== undefined ? { attemptTimeoutMs } : {}),
    ...(clockWaitMs !== undefined ? { clockWaitMs } : {}),
  });
  return { runtime, handlers: createHandlers(runtime) };
}
