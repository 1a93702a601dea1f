/** A binary min-heap of reservation deadlines; entries for ended reservations are skipped lazily. */
export class DeadlineHeap {
  readonly #items: { at: number; id: string }[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(at: number, id: string): void {
    const items = this.#items;
    items.push({ at, id });
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentItem = items[parent] as { at: number; id: string };
      const item = items[index] as { at: number; id: string };
      if (parentItem.at <= item.at) break;
      items[parent] = item;
      items[index] = parentItem;
      index = parent;
    }
  }

  /** The earliest deadline, if any. */
  peek(): { at: number; id: string } | undefined {
    return this.#items[0];
  }

  pop(): { at: number; id: string } | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    // Indexes below are checked against the length first, so every read finds an item.
    const at = (index: number) => (items[index] as { at: number }).at;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < items.length && at(left) < at(smallest)) smallest = left;
      if (right < items.length && at(right) < at(smallest)) smallest = right;
      if (smallest === index) return top;
      const swap = items[smallest] as { at: number; id: string };
      items[smallest] = items[index] as { at: number; id: string };
      items[index] = swap;
      index = smallest;
    }
  }
}
