import { joinBytes } from './join-bytes.js';
import { parseEvent, type ServerSentEvent } from './sse-events.js';
import type { EventVerdict } from './types.js';

const lineFeed = 10;
const carriageReturn = 13;

/**
 * Finds the server-sent events in a byte stream without re-encoding it: each chunk is passed
 * on as it came (the same `Uint8Array` when nothing in it is hidden), and only the events are
 * decoded, once, to be shown to `keeps`. An event `keeps` rejects is cut out of the bytes; one
 * it answers with an `EventCut` goes on without the cut's bytes (whole if they are not in it
 * exactly once).
 *
 * The bytes of an event that is not finished at the end of a chunk are held back until it is,
 * so a hidden event is never half passed on. That delays nothing a reader can use: an SSE
 * reader acts on an event only once its blank line has arrived.
 */
export class SseScanner {
  readonly #keeps: (event: ServerSentEvent) => EventVerdict;
  readonly #emit: (bytes: Uint8Array) => void;
  readonly #decoder = new TextDecoder();
  /** The bytes of the event begun in earlier chunks and not finished yet. */
  #pending: Uint8Array[] = [];
  /** True when the last byte seen ended a line, so a line end next is a blank line. */
  #atLineStart = true;
  /** True when the last byte seen was a CR, so an LF next is the rest of a CRLF. */
  #afterCarriageReturn = false;
  /** Where the current line began in the chunk being scanned; -1 if in an earlier chunk. */
  #lineBegin = 0;
  /**
   * Set when an event ended at a blank line's CR that closed its chunk: an LF opening the
   * next chunk is the rest of that line, so it goes (or is cut) with that event.
   */
  #endedAtCarriageReturn: 'kept' | 'hidden' | undefined;

  /**
   * `keeps(event)` sees every finished event in order and says whether it is passed on;
   * `emit(bytes)` receives the bytes passed on, in order.
   */
  constructor(keeps: (event: ServerSentEvent) => EventVerdict, emit: (bytes: Uint8Array) => void) {
    this.#keeps = keeps;
    this.#emit = emit;
  }

  /** Scans one chunk: shows each event it finishes and passes on the bytes of those kept. */
  push(chunk: Uint8Array): void {
    let start = 0;
    /** Where the run of kept bytes not yet passed on begins. */
    let kept = 0;
    if (this.#endedAtCarriageReturn !== undefined && chunk[0] === lineFeed) {
      start = 1;
      if (this.#endedAtCarriageReturn === 'hidden') kept = 1;
      this.#afterCarriageReturn = false;
    }
    if (chunk.length > 0) this.#endedAtCarriageReturn = undefined;
    const plain = !this.#afterCarriageReturn && chunk.indexOf(carriageReturn) === -1;
    this.#lineBegin = this.#atLineStart ? start : -1;
    for (
      let end = this.#next(chunk, start, plain);
      end !== -1;
      end = this.#next(chunk, end, plain)
    ) {
      const verdict = this.#keepsEvent(chunk, start, end);
      if (end === chunk.length && chunk[end - 1] === carriageReturn)
        this.#endedAtCarriageReturn = verdict === false ? 'hidden' : 'kept';
      if (verdict === true) {
        // The begun event is kept: its earlier bytes go first, then this chunk's run.
        for (const piece of this.#pending) this.#emit(piece);
      } else {
        if (start > kept) this.#emit(chunk.subarray(kept, start));
        // A cut event goes on as its bytes without the cut (pending bytes included).
        if (verdict !== false) this.#emit(verdict);
        kept = end;
      }
      this.#pending = [];
      start = end;
    }
    if (plain) this.#atLineStart = this.#lineBegin === chunk.length;
    if (start > kept)
      this.#emit(start === chunk.length && kept === 0 ? chunk : chunk.subarray(kept, start));
    if (start < chunk.length) this.#pending.push(chunk.subarray(start));
  }

  /** The stream ended: a last event without a blank line is shown and passed on if kept. */
  flush(): void {
    const pending = this.#pending;
    this.#pending = [];
    if (pending.length === 0) return;
    const bytes = joinBytes(pending);
    const text = this.#decoder.decode(bytes);
    if (text.trim() === '') {
      this.#emit(bytes);
      return;
    }
    const verdict = this.#keeps(parseEvent(normalize(text)));
    if (verdict === true) this.#emit(bytes);
    else if (verdict !== false) this.#emit(withoutCut(bytes, verdict.cut));
  }

  /**
   * Shows the event made of the pending bytes and `chunk[start, end)`: `true` if it is kept
   * as it is, `false` if hidden, or its bytes without the cut the observer asked for.
   */
  #keepsEvent(chunk: Uint8Array, start: number, end: number): boolean | Uint8Array {
    const bytes =
      this.#pending.length === 0
        ? chunk.subarray(start, end)
        : joinBytes([...this.#pending, chunk.subarray(start, end)]);
    // A blank line between events (one or two line-end bytes) has nothing to show.
    if (bytes.length <= 2 && isLineEnd(bytes[0]) && isLineEnd(bytes[bytes.length - 1])) return true;
    const text = this.#decoder.decode(bytes);
    if (text.trim() === '') return true;
    const verdict = this.#keeps(parseEvent(normalize(text)));
    return typeof verdict === 'boolean' ? verdict : withoutCut(bytes, verdict.cut);
  }

  /** The end (exclusive) of the next event finished in `chunk` at or after `from`, or -1. */
  #next(chunk: Uint8Array, from: number, plain: boolean): number {
    if (plain) {
      // Line ends are all LF here: an event ends at an LF that begins its own line.
      for (
        let at = chunk.indexOf(lineFeed, from);
        at !== -1;
        at = chunk.indexOf(lineFeed, at + 1)
      ) {
        const blank = at === this.#lineBegin;
        this.#lineBegin = at + 1;
        if (blank) return at + 1;
      }
      return -1;
    }
    for (let at = from; at < chunk.length; at += 1) {
      const byte = chunk[at];
      if (byte === lineFeed && this.#afterCarriageReturn) {
        this.#afterCarriageReturn = false;
        continue;
      }
      this.#afterCarriageReturn = byte === carriageReturn;
      if (byte !== lineFeed && byte !== carriageReturn) this.#atLineStart = false;
      else if (!this.#atLineStart) this.#atLineStart = true;
      else if (byte === carriageReturn && chunk[at + 1] === lineFeed) {
        // A blank CRLF line: the event takes its LF too.
        this.#afterCarriageReturn = false;
        return at + 2;
      } else return at + 1;
    }
    return -1;
  }
}

/**
 * `bytes` without the one occurrence of the ASCII text `cut`: a new array of the bytes on
 * either side, nothing decoded. `bytes` itself when `cut` is not in it exactly once.
 */
export function withoutCut(bytes: Uint8Array, cut: string): Uint8Array {
  if (cut.length === 0) return bytes;
  const at = lastIndexOf(bytes, cut, bytes.length - cut.length);
  if (at === -1 || lastIndexOf(bytes, cut, at - 1) !== -1) return bytes;
  const kept = new Uint8Array(bytes.length - cut.length);
  kept.set(bytes.subarray(0, at));
  kept.set(bytes.subarray(at + cut.length), at);
  return kept;
}

/** The last start at or before `from` where the ASCII text `needle` is in `bytes`, or -1. */
function lastIndexOf(bytes: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  // A negative start would count from the end: nothing is left to search.
  for (let at = from < 0 ? -1 : bytes.lastIndexOf(first, from); at !== -1; ) {
    let index = 1;
    while (index < needle.length && bytes[at + index] === needle.charCodeAt(index)) index += 1;
    if (index === needle.length) return at;
    at = at === 0 ? -1 : bytes.lastIndexOf(first, at - 1);
  }
  return -1;
}

function isLineEnd(byte: number | undefined): boolean {
  return byte === lineFeed || byte === carriageReturn;
}

/** CRLF and CR line ends as LF, the one line end `parseEvent` reads. */
function normalize(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Where the first event of `chunk` ends (just after its blank line), or -1 when the chunk
 * holds no whole event or uses carriage returns (then the scanner takes it whole).
 */
export function firstEventEnd(chunk: Uint8Array): number {
  if (chunk.indexOf(carriageReturn) !== -1) return -1;
  for (let at = chunk.indexOf(lineFeed); at !== -1; at = chunk.indexOf(lineFeed, at + 1)) {
    if (chunk[at + 1] === lineFeed) return at + 2;
  }
  return -1;
}
