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
  /** Waits for the store's pending work and closes it (the data file, when there is one). Call once, at shutdown. */
  close(): Promise<void>;
}

/** A store may hold a resource (a database handle) that must be closed at shutdown. */
interface Closable {
  close?(): void | Promise<void>;
}

/** `publicUrl` is the origin given out in links; a function when it is only known once the server listens (port 0). */
export function createNodeSandbox(options: { publicUrl: string | (() => string); dataFile?: string; send?: WebhookSender }): NodeSandbox {
  const store = new Store(options.dataFile ? filePersistence(options.dataFile) : memoryPersistence());
  const { publicUrl } = options;
  const runtime = createRuntime({ store, send: options.send ?? fetchSender, publicUrl: typeof publicUrl === 'string' ? () => publicUrl : publicUrl });
  return {
    runtime,
    handlers: createHandlers(runtime),
    async close() {
      // A read waits behind every transaction already queued, so nothing acknowledged is left unwritten.
      await store.read(() => undefined);
      await (store as unknown as Closable).close?.();
    },
  };
}
