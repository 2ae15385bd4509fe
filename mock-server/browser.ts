/**
 * The sandbox inside the browser (demo, component tests): the same handlers behind MSW's service worker, the records in
 * localStorage so that they survive a reload and are shared by the tabs of the origin, writes serialized by a Web Lock.
 *
 * One key per record (`<prefix>:r:<kind>:<id>`, value `<creation seq>|<JSON>`), so that a write stores only what it
 * changed. Every commit bumps `<prefix>:commit` and notes the keys it wrote in `<prefix>:log` (the last few commits):
 * before each request a tab compares the counter with its own and reloads just those keys, or everything if it fell
 * further behind than the log reaches.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { wallClockNow } from './clock.ts';
import { createHandlers } from './handlers/index.ts';
import { createRuntime, type SandboxRuntime } from './runtime.ts';
import { legacySnapshot, type Kind, type LegacyState, type Meta } from './state.ts';
import { createMutex, memoryPersistence, Store, type Change, type Persistence, type Pulled, type Snapshot } from './store.ts';
import { KINDS } from './store/tables.ts';
import { fetchSender } from './webhooks.ts';

const STORAGE_PREFIX = 'sg-captain:sandbox';
const LOCK_NAME = 'sg-captain:sandbox';
const LOG_LENGTH = 64;
const RESET = '*';

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

interface LogEntry {
  n: number;
  keys: string[];
}

export function localStoragePersistence(storage: Storage = localStorage, prefix = STORAGE_PREFIX): Persistence {
  const inTab = createMutex();
  const recordPrefix = `${prefix}:r:`;
  const keys = { meta: `${prefix}:meta`, commit: `${prefix}:commit`, log: `${prefix}:log`, seq: `${prefix}:seq` };
  const recordKey = (kind: Kind, id: string) => `${recordPrefix}${kind}:${id}`;
  let seen = 0;

  const storedCommit = () => Number(storage.getItem(keys.commit) ?? 0);
  const readMeta = (): Meta => JSON.parse(storage.getItem(keys.meta) ?? '{"clockOffsetMs":0}') as Meta;
  const parse = (value: string) => JSON.parse(value.slice(value.indexOf('|') + 1)) as unknown;
  const kindAndId = (key: string): [Kind, string] => {
    const rest = key.slice(recordPrefix.length);
    const colon = rest.indexOf(':');
    return [rest.slice(0, colon) as Kind, rest.slice(colon + 1)];
  };
  const recordKeys = (): string[] => {
    const found: string[] = [];
    for (let at = 0; at < storage.length; at += 1) {
      const key = storage.key(at);
      if (key?.startsWith(recordPrefix)) found.push(key);
    }
    return found;
  };

  function loadAll(): Snapshot | null {
    seen = storedCommit();
    if (storage.getItem(keys.meta) === null) return migrateDocument();
    const rows = new Map<Kind, { seq: number; record: unknown }[]>(KINDS.map((kind) => [kind, []]));
    for (const key of recordKeys()) {
      const value = storage.getItem(key);
      if (value === null) continue;
      rows.get(kindAndId(key)[0])?.push({ seq: Number(value.slice(0, value.indexOf('|'))), record: parse(value) });
    }
    const records: Record<string, unknown[]> = {};
    for (const [kind, list] of rows) records[kind] = list.sort((a, b) => a.seq - b.seq).map((row) => row.record);
    return { meta: readMeta(), records: records as Snapshot['records'] };
  }

  /** A sandbox saved by an earlier version as one document under `prefix` itself: its records move to their own keys. */
  function migrateDocument(): Snapshot | null {
    const saved = storage.getItem(prefix);
    if (saved === null) return null;
    storage.removeItem(prefix);
    try {
      const state = JSON.parse(saved) as LegacyState;
      const snapshot = legacySnapshot(state, wallClockNow() + (state.clockOffsetMs ?? 0));
      persistence.replace(snapshot);
      return snapshot;
    } catch {
      return null;
    }
  }

  function noteCommit(written: string[]): void {
    const n = storedCommit() + 1;
    const log = (JSON.parse(storage.getItem(keys.log) ?? '[]') as LogEntry[]).slice(-(LOG_LENGTH - 1));
    log.push({ n, keys: written });
    storage.setItem(keys.log, JSON.stringify(log));
    storage.setItem(keys.commit, String(n));
    seen = n;
  }

  const persistence: Persistence = {
    load: loadAll,
    commit(changes: Change[], meta: Meta | null) {
      let seq = Number(storage.getItem(keys.seq) ?? 0);
      const written: string[] = [];
      // What each key held before, to put back if the storage refuses a write (quota): all or nothing.
      const previous = new Map<string, string | null>();
      const set = (key: string, value: string | null) => {
        if (!previous.has(key)) previous.set(key, storage.getItem(key));
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      };
      try {
        for (const change of changes) {
          const key = recordKey(change.kind, change.id);
          written.push(key);
          if (!change.record || change.json === null) {
            set(key, null);
            continue;
          }
          const before = storage.getItem(key);
          const kept = before === null ? (seq += 1) : before.slice(0, before.indexOf('|'));
          set(key, `${kept}|${change.json}`);
        }
        set(keys.seq, String(seq));
        if (meta) set(keys.meta, JSON.stringify(meta));
        for (const key of [keys.log, keys.commit]) if (!previous.has(key)) previous.set(key, storage.getItem(key));
        noteCommit(written);
      } catch (error) {
        for (const [key, value] of previous) {
          if (value === null) storage.removeItem(key);
          else storage.setItem(key, value);
        }
        seen = storedCommit();
        throw error;
      }
    },
    replace(snapshot: Snapshot) {
      for (const key of recordKeys()) storage.removeItem(key);
      let seq = 0;
      for (const kind of KINDS) {
        for (const record of snapshot.records[kind] ?? []) storage.setItem(recordKey(kind, record.id), `${(seq += 1)}|${JSON.stringify(record)}`);
      }
      storage.setItem(keys.seq, String(seq));
      storage.setItem(keys.meta, JSON.stringify(snapshot.meta));
      noteCommit([RESET]);
    },
    pull(): Pulled | null {
      const latest = storedCommit();
      if (latest === seen) return null;
      const log = (JSON.parse(storage.getItem(keys.log) ?? '[]') as LogEntry[]).filter((entry) => entry.n > seen);
      const complete = log[0]?.n === seen + 1 && log.at(-1)?.n === latest && !log.some((entry) => entry.keys.includes(RESET));
      if (!complete) {
        const reload = loadAll();
        return reload ? { reload } : null;
      }
      const changes: Change[] = [];
      for (const key of new Set(log.flatMap((entry) => entry.keys))) {
        const [kind, id] = kindAndId(key);
        const value = storage.getItem(key);
        changes.push({ kind, id, record: value === null ? null : (parse(value) as Change['record']), json: value });
      }
      seen = latest;
      return { changes, meta: readMeta() };
    },
    exclusive: <T>(work: () => Promise<T>): Promise<T> =>
      typeof navigator !== 'undefined' && navigator.locks ? (navigator.locks.request(`${LOCK_NAME}:${prefix}`, work) as Promise<T>) : inTab(work),
  };
  return persistence;
}

/**
 * Takes in another tab's commits as soon as the browser reports them (a `storage` event on the commit counter, which
 * only other tabs receive), so that this tab's commit listeners (a waiting live request) hear of them without waiting
 * for this tab's next request. Returns the function that stops listening.
 */
export function refreshOnOtherTabsCommits(store: Store, prefix = STORAGE_PREFIX): () => void {
  const commitKey = `${prefix}:commit`;
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === commitKey) store.refresh();
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
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
  if (options.persist !== false) refreshOnOtherTabsCommits(store);
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
