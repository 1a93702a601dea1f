/**
 * Stream events an observer keeps unread until it needs them: their text only matters if
 * the stream ends without usage (to count what an interrupted stream produced), and the SDK
 * parses every event already. At most `limit` characters are kept (one-byte strings: about
 * 64 kB per stream by default); past that, `keep` hands the batch back to be read at once.
 */
export class UnreadEvents {
  readonly #limit: number;
  #data: string[] = [];
  #length = 0;

  /** `limit`: the characters kept at most. @default 65536 */
  constructor(limit = 65_536) {
    this.#limit = limit;
  }

  /** Keeps one event's data; returns every kept event to read now once the limit is reached. */
  keep(data: string): string[] | undefined {
    this.#data.push(data);
    this.#length += data.length;
    return this.#length >= this.#limit ? this.take() : undefined;
  }

  /** Every kept event, oldest first, to read now; nothing is kept after. */
  take(): string[] {
    const data = this.#data;
    if (data.length > 0) this.drop();
    return data;
  }

  /** Forgets every kept event unread: the usage they could only have estimated arrived. */
  drop(): void {
    this.#data = [];
    this.#length = 0;
  }
}
