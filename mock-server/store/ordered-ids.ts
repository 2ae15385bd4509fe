/**
 * Ids in the order they were added (creation order), with a page read that starts after a given id: the list behind
 * every paginated endpoint and every secondary index of the store. Short lists (an order's few transactions) search by
 * scanning; longer ones keep a position map so that `startingAfter` costs O(1) whatever the list's length.
 */
const POSITIONS_FROM = 32;

export interface IdPage {
  ids: string[];
  hasMore: boolean;
}

export class OrderedIds {
  #ids: (string | undefined)[] = [];
  #positions: Map<string, number> | null = null;
  #holes = 0;

  get size(): number {
    return this.#ids.length - this.#holes;
  }

  add(id: string): void {
    this.#positions?.set(id, this.#ids.length);
    this.#ids.push(id);
    if (!this.#positions && this.#ids.length > POSITIONS_FROM) this.#indexPositions();
  }

  remove(id: string): void {
    const at = this.#position(id);
    if (at < 0) return;
    this.#ids[at] = undefined;
    this.#positions?.delete(id);
    this.#holes += 1;
    // Removals are rare (expired idempotency answers): compact once half the list is holes.
    if (this.#holes > 16 && this.#holes * 2 > this.#ids.length) this.#compact();
  }

  has(id: string): boolean {
    return this.#position(id) >= 0;
  }

  /**
   * Up to `limit` ids after `startingAfter` (from the start without it), oldest first or, `newestFirst`, from the end;
   * null when `startingAfter` is not in the list.
   */
  page(startingAfter: string | undefined, limit: number, newestFirst = false): IdPage | null {
    const step = newestFirst ? -1 : 1;
    let at = newestFirst ? this.#ids.length - 1 : 0;
    if (startingAfter !== undefined) {
      const position = this.#position(startingAfter);
      if (position < 0) return null;
      at = position + step;
    }
    const inside = (position: number) => position >= 0 && position < this.#ids.length;
    const ids: string[] = [];
    for (; inside(at) && ids.length < limit; at += step) {
      const id = this.#ids[at];
      if (id !== undefined) ids.push(id);
    }
    while (inside(at) && this.#ids[at] === undefined) at += step;
    return { ids, hasMore: inside(at) };
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (const id of this.#ids) if (id !== undefined) yield id;
  }

  #position(id: string): number {
    if (this.#positions) return this.#positions.get(id) ?? -1;
    return this.#ids.indexOf(id);
  }

  #indexPositions(): void {
    this.#positions = new Map();
    this.#ids.forEach((id, at) => {
      if (id !== undefined) this.#positions?.set(id, at);
    });
  }

  #compact(): void {
    this.#ids = this.#ids.filter((id) => id !== undefined);
    this.#holes = 0;
    if (this.#positions) this.#indexPositions();
  }
}
