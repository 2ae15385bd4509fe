/**
 * The sandbox inside the browser (demo, component tests): the same handlers behind MSW's service worker, the state in
 * localStorage so that it survives a reload and is shared by the tabs of the origin, changes serialized by a Web Lock.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers/index.ts';
import { createRuntime, type SandboxRuntime } from './runtime.ts';
import type { State } from './state.ts';
import { createMutex, memoryPersistence, Store, type Persistence } from './store.ts';
import { fetchSender } from './webhooks.ts';

const STORAGE_KEY = 'sg-captain:sandbox';
const LOCK_NAME = 'sg-captain:sandbox';
const DISPATCHER_LOCK_PREFIX = 'sg-captain:webhook-dispatcher:';

/**
 * This tab's webhook dispatcher, alive as long as the tab: it holds a Web Lock named after itself until the tab closes,
 * so that the other tabs know whether a delivery it claimed is still being sent (webhooks.ts), without any timer.
 */
function tabDispatcher(): { owner: string; othersAlive: () => Promise<Set<string>> } {
  const owner = crypto.randomUUID();
  if (!navigator.locks) return { owner, othersAlive: async () => new Set() };
  void navigator.locks.request(`${DISPATCHER_LOCK_PREFIX}${owner}`, () => new Promise<never>(() => undefined));
  return {
    owner,
    othersAlive: async () => {
      const { held = [] } = await navigator.locks.query();
      const names = held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(DISPATCHER_LOCK_PREFIX));
      return new Set(names.map((name) => name.slice(DISPATCHER_LOCK_PREFIX.length)));
    },
  };
}

export function localStoragePersistence(storage: Storage = localStorage, key = STORAGE_KEY): Persistence {
  const inTab = createMutex();
  return {
    load: async () => {
      const saved = storage.getItem(key);
      return saved ? (JSON.parse(saved) as State) : null;
    },
    save: async (state) => storage.setItem(key, JSON.stringify(state)),
    exclusive: <T>(work: () => Promise<T>): Promise<T> =>
      navigator.locks ? (navigator.locks.request(LOCK_NAME, work) as Promise<T>) : inTab(work),
  };
}

export interface BrowserSandbox {
  worker: SetupWorker;
  runtime: SandboxRuntime;
  start(): Promise<void>;
  reset(): Promise<void>;
}

/**
 * `persist: false` keeps the state in memory (tests that must not see each other's orders);
 * `serviceWorkerUrl` defaults to `/mockServiceWorker.js`.
 */
export function createBrowserSandbox(options: { persist?: boolean; serviceWorkerUrl?: string } = {}): BrowserSandbox {
  const store = new Store(options.persist === false ? memoryPersistence() : localStoragePersistence());
  const runtime = createRuntime({ store, send: fetchSender, publicUrl: () => location.origin, dispatcher: tabDispatcher() });
  const worker = setupWorker(...createHandlers(runtime));
  return {
    worker,
    runtime,
    async start() {
      await worker.start({
        serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
    },
    reset: () => store.reset(),
  };
}
