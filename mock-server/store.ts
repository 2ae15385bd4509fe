/**
 * One store for the whole sandbox. Every change runs inside `transact`, alone (a mutex in Node, a Web Lock shared by the
 * tabs of an origin in the browser), on a copy of the state that replaces the stored one only when the work succeeds:
 * a request that fails changes nothing.
 */
import { seededState, type State } from './state.ts';

export interface Persistence {
  load(): Promise<State | null>;
  save(state: State): Promise<void>;
  /** Runs `work` alone among everything that shares this persistence. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export class Store {
  readonly #persistence: Persistence;

  constructor(persistence: Persistence) {
    this.#persistence = persistence;
  }

  async transact<T>(work: (state: State) => T | Promise<T>): Promise<T> {
    return this.#persistence.exclusive(async () => {
      const draft = structuredClone((await this.#persistence.load()) ?? seededState());
      const result = await work(draft);
      await this.#persistence.save(draft);
      return result;
    });
  }

  /** A read-only snapshot. */
  async read<T>(look: (state: State) => T): Promise<T> {
    return this.#persistence.exclusive(async () => look((await this.#persistence.load()) ?? seededState()));
  }

  async reset(): Promise<void> {
    await this.#persistence.exclusive(() => this.#persistence.save(seededState()));
  }
}

/** A promise-chain mutex: one piece of work at a time within this JavaScript realm. */
export function createMutex(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function memoryPersistence(initial: State = seededState()): Persistence {
  let current = initial;
  const exclusive = createMutex();
  return {
    load: async () => current,
    save: async (state) => {
      current = state;
    },
    exclusive,
  };
}
