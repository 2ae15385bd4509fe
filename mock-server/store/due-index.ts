/**
 * Records by the instant they next need work (a deadline, a capture, a retry), so that moving the clock finds what
 * falls due without looking at anything else: a binary min-heap of `(at, id)` entries plus each record's current
 * instant. A record whose instant changes gets a new entry; the old one is dropped lazily when it reaches the top.
 */
export interface DueEntry {
  at: number;
  id: string;
}

interface HeapEntry extends DueEntry {
  /** Ties at the same instant go in the order they were scheduled. */
  seq: number;
}

export class DueIndex {
  readonly #heap: HeapEntry[] = [];
  #seq = 0;
  readonly #current = new Map<string, number>();

  get size(): number {
    return this.#current.size;
  }

  /** Records `id` as due at `at`, or as needing nothing (`null`). */
  set(id: string, at: number | null): void {
    const known = this.#current.get(id);
    if (known === at || (known === undefined && at === null)) return;
    if (at === null) {
      this.#current.delete(id);
      return;
    }
    this.#current.set(id, at);
    this.#push({ at, id, seq: (this.#seq += 1) });
    // Replaced entries that never reach the top would pile up: rebuild from the current instants once they dominate.
    if (this.#heap.length > 1024 && this.#heap.length > 4 * this.#current.size) this.#rebuild();
  }

  /** The earliest entry still current, without removing it. */
  peek(): DueEntry | null {
    for (;;) {
      const top = this.#heap[0];
      if (!top) return null;
      if (this.#current.get(top.id) === top.at) return top;
      this.#pop();
    }
  }

  /** Every current entry at or before `limit`, in no particular order: for indexes that stay small (claims in flight). */
  *entries(limit: number): Iterable<DueEntry> {
    for (const [id, at] of this.#current) if (at <= limit) yield { id, at };
  }

  /** Removes `id`'s entry and answers its instant (the caller runs its work, then sets it again or not). */
  take(id: string): number | undefined {
    const at = this.#current.get(id);
    this.#current.delete(id);
    return at;
  }

  clear(): void {
    this.#heap.length = 0;
    this.#current.clear();
  }

  #rebuild(): void {
    const current = new Set(this.#heap.filter((entry) => this.#current.get(entry.id) === entry.at));
    this.#heap.length = 0;
    for (const entry of current) this.#push(entry);
  }

  #push(entry: HeapEntry): void {
    const heap = this.#heap;
    heap.push(entry);
    let at = heap.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!before(entry, heap[parent] as HeapEntry)) break;
      heap[at] = heap[parent] as HeapEntry;
      at = parent;
    }
    heap[at] = entry;
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop();
    if (!last || heap.length === 0) return;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as HeapEntry, heap[left] as HeapEntry) ? right : left;
      if (!before(heap[child] as HeapEntry, last)) break;
      heap[at] = heap[child] as HeapEntry;
      at = child;
    }
    heap[at] = last;
  }
}

function before(a: HeapEntry, b: HeapEntry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
