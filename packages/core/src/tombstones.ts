/**
 * Reservation ids a store remembers as released before they were held, each until a time
 * (ms since epoch): a reserve of one of them that arrives late must hold nothing. Entries
 * past their time are forgotten in one pass once the earliest of them has passed, so the
 * set stays as small as the ambiguous releases of the last deadline window.
 */
export class Tombstones {
  readonly #until = new Map<string, number>();
  /** No entry is forgotten before this: checking costs nothing until then. */
  #earliest = Number.POSITIVE_INFINITY;

  get size(): number {
    return this.#until.size;
  }

  /** Remembers `id` until at least `until`. */
  add(id: string, until: number): void {
    const known = this.#until.get(id);
    if (known === undefined || known < until) this.#until.set(id, until);
    if (until < this.#earliest) this.#earliest = until;
  }

  has(id: string): boolean {
    // Most stores hold no tombstone: a new reservation id is then not hashed at all.
    return this.#until.size !== 0 && this.#until.has(id);
  }

  /** Forgets every entry whose time has passed at `now`. */
  forget(now: number): void {
    if (now < this.#earliest) return;
    let earliest = Number.POSITIVE_INFINITY;
    for (const [id, until] of this.#until) {
      if (until <= now) this.#until.delete(id);
      else earliest = Math.min(earliest, until);
    }
    this.#earliest = earliest;
  }
}
