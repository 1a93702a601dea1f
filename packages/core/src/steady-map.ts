/** The key of the one entry a `SteadyMap`'s table always holds, and of an empty slot; never handed out. */
const keep: unique symbol = Symbol('steady-map.keep');

/**
 * A `Map` for entries that come and go one at a time (a budget's holds, a client's call
 * deadlines). Two things make the common case, one entry at a time, cost no hashing and no
 * table work:
 * - A slot in front of the table holds the entry stored when nothing else is, so calls made
 *   one after another are a field write and a pointer comparison: no key hashed (a new
 *   reservation id is a new string, hashed from scratch on its first lookup).
 * - The table never empties. V8 shrinks a map's table whenever a delete leaves fewer entries
 *   than half its buckets, and an empty map always qualifies, so a map going from one entry
 *   to none would make a runtime call and a new table on every call; one permanent entry
 *   under a private key keeps the table.
 * The slot is filled only when the table stores nothing, so it always holds the oldest entry
 * and iteration keeps insertion order. Keys compare as `Map` compares them (SameValueZero).
 */
export class SteadyMap<Key, Value> {
  readonly #table = new Map<Key | typeof keep, Value | undefined>([[keep, undefined]]);
  #slotKey: Key | typeof keep = keep;
  #slotValue: Value | undefined;

  /** The number of entries stored. */
  get size(): number {
    return this.#table.size - (this.#slotKey === keep ? 1 : 0);
  }

  get(key: Key): Value | undefined {
    if (this.#inSlot(key)) return this.#slotValue;
    return this.#table.size === 1 ? undefined : this.#table.get(key);
  }

  has(key: Key): boolean {
    if (this.#inSlot(key)) return true;
    return this.#table.size !== 1 && this.#table.has(key);
  }

  set(key: Key, value: Value): this {
    if (this.#inSlot(key) || (this.#slotKey === keep && this.#table.size === 1)) {
      // A `Map` keeps -0 as 0.
      this.#slotKey = (key === 0 ? 0 : key) as Key;
      this.#slotValue = value;
    } else {
      this.#table.set(key, value);
    }
    return this;
  }

  delete(key: Key): boolean {
    if (this.#inSlot(key)) {
      this.#slotKey = keep;
      this.#slotValue = undefined;
      return true;
    }
    return this.#table.size !== 1 && this.#table.delete(key);
  }

  /** The entries stored, in insertion order. */
  *entries(): IterableIterator<[Key, Value]> {
    const slotKey = this.#slotKey;
    if (slotKey !== keep) yield [slotKey, this.#slotValue as Value];
    for (const [key, value] of this.#table) if (key !== keep) yield [key as Key, value as Value];
  }

  /** The keys stored, in insertion order. */
  *keys(): IterableIterator<Key> {
    for (const [key] of this.entries()) yield key;
  }

  /** The values stored, in insertion order. */
  *values(): IterableIterator<Value> {
    for (const [, value] of this.entries()) yield value;
  }

  #inSlot(key: Key): boolean {
    const slotKey = this.#slotKey;
    // SameValueZero, as `Map` compares keys: NaN finds NaN.
    return slotKey === key || (Number.isNaN(slotKey) && Number.isNaN(key));
  }
}
