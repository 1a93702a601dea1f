/** The key of the one entry a `SteadyMap` always holds; never handed out. */
const keep: unique symbol = Symbol('steady-map.keep');

/**
 * A `Map` for entries that come and go one at a time (a budget's holds, a client's call
 * deadlines): it never empties. V8 shrinks a map's table whenever a delete leaves fewer
 * entries than half its buckets, and an empty map always qualifies, so a map that went from
 * one entry to none made a runtime call and a new table on every call made one after another.
 * One permanent entry under a private key keeps the table; only what is stored is seen.
 */
export class SteadyMap<Key, Value> {
  readonly #map = new Map<Key | typeof keep, Value | undefined>([[keep, undefined]]);

  /** The number of entries stored. */
  get size(): number {
    return this.#map.size - 1;
  }

  get(key: Key): Value | undefined {
    return this.#map.get(key);
  }

  has(key: Key): boolean {
    return this.#map.has(key);
  }

  set(key: Key, value: Value): this {
    this.#map.set(key, value);
    return this;
  }

  delete(key: Key): boolean {
    return this.#map.delete(key);
  }

  /** The entries stored, in insertion order. */
  *entries(): IterableIterator<[Key, Value]> {
    for (const [key, value] of this.#map) if (key !== keep) yield [key as Key, value as Value];
  }

  /** The keys stored, in insertion order. */
  *keys(): IterableIterator<Key> {
    for (const key of this.#map.keys()) if (key !== keep) yield key as Key;
  }

  /** The values stored, in insertion order. */
  *values(): IterableIterator<Value> {
    for (const [key, value] of this.#map) if (key !== keep) yield value as Value;
  }
}
