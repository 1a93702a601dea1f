/** One server-sent event: its `event:` name (or `null`) and its joined `data:` lines. */
export interface ServerSentEvent {
  /** The `event:` field, or `null` when the event has none. */
  event: string | null;
  /** The `data:` lines, joined with newlines. */
  data: string;
}

/**
 * Splits a byte stream of server-sent events into events, keeping each event's raw text
 * so it can be passed on unchanged. Incremental: feed chunks as they arrive.
 */
export class SseSplitter {
  readonly #decoder = new TextDecoder();
  #buffer = '';

  /** Decodes a chunk and returns the complete events it finishes, with their raw text. */
  push(chunk: Uint8Array): {
    /** The event's text as it arrived, blank line included. */
    raw: string;
    /** The parsed event. */
    event: ServerSentEvent;
  }[] {
    this.#buffer += this.#decoder.decode(chunk, { stream: true });
    return this.#drain(false);
  }

  /** Whatever is left when the stream ends (a final event without a blank line). */
  flush(): {
    /** The event's text as it arrived, blank line added. */
    raw: string;
    /** The parsed event. */
    event: ServerSentEvent;
  }[] {
    this.#buffer += this.#decoder.decode();
    return this.#drain(true);
  }

  #drain(final: boolean): { raw: string; event: ServerSentEvent }[] {
    const events: { raw: string; event: ServerSentEvent }[] = [];
    // Providers send \n; normalise \r\n so one boundary rule serves both.
    if (this.#buffer.includes('\r')) this.#buffer = this.#buffer.replace(/\r\n?/g, '\n');
    for (
      let boundary = this.#buffer.indexOf('\n\n');
      boundary !== -1;
      boundary = this.#buffer.indexOf('\n\n')
    ) {
      const raw = this.#buffer.slice(0, boundary + 2);
      this.#buffer = this.#buffer.slice(boundary + 2);
      events.push({ raw, event: parseEvent(raw) });
    }
    if (final && this.#buffer.trim() !== '') {
      const raw = `${this.#buffer}\n\n`;
      this.#buffer = '';
      events.push({ raw, event: parseEvent(raw) });
    }
    return events;
  }
}

function parseEvent(raw: string): ServerSentEvent {
  let event: string | null = null;
  const data: string[] = [];
  for (const line of raw.split('\n')) {
    if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
    else if (line.startsWith('event:')) event = line.slice(6).trim();
  }
  return { event, data: data.join('\n') };
}
