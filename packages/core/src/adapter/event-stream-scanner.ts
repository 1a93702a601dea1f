import { crc32 } from './crc32.js';
import { joinBytes } from './join-bytes.js';
import type { ServerSentEvent } from './sse-events.js';
import type { StreamScanner } from './stream-scanner.js';

/** Prelude (total length, headers length, prelude CRC) and the message CRC: 16 bytes. */
const preludeBytes = 12;
const minimumMessageBytes = preludeBytes + 4;
/** The largest message the AWS event-stream format allows (16 MiB); larger is corrupt framing. */
const maximumMessageBytes = 16 * 1024 * 1024;

const decoder = new TextDecoder();

/**
 * Finds the messages of an AWS event stream (`application/vnd.amazon.eventstream`, as
 * Bedrock streams) in its bytes without re-encoding them: each message is shown to `keeps`
 * as an event named by its `:event-type` (`:exception-type` for an exception, `:error-code`
 * for an error) with its payload as `data`, and its bytes go on untouched unless `keeps`
 * hides it. The bytes of a message not finished at the end of a chunk are held back until
 * it is, which delays nothing a reader can use: an event-stream reader needs the whole
 * message (its CRC closes it).
 *
 * Framing that cannot be read (a length out of range, a CRC that does not match) stops the
 * reading: `unreadable` is told once, and every byte from there on is passed on untouched,
 * for the caller's SDK to report as it would without Tollgate.
 *
 * Why not `@smithy/eventstream-codec`, the AWS SDKs' codec: importing it (it brings
 * `@smithy/core`) took 26-29 ms here, paid by every user of the kit, Bedrock or not; reading
 * needs only the prelude, the string headers and CRC-32. The mock provider writes its frames
 * with that codec, and the tests check this reader against them.
 */
export class EventStreamScanner implements StreamScanner {
  readonly #keeps: (event: ServerSentEvent) => boolean;
  readonly #emit: (bytes: Uint8Array) => void;
  readonly #unreadable: () => void;
  /** The bytes of the message begun in earlier chunks and not finished yet. */
  #pending: Uint8Array[] = [];
  #pendingLength = 0;
  /** The total length of the pending message, once its first four bytes are in. */
  #needed = 0;
  #broken = false;

  /**
   * `keeps(event)` sees every message in order and says whether it is passed on; `emit`
   * receives the bytes passed on, in order; `unreadable` is told when the framing breaks.
   */
  constructor(
    keeps: (event: ServerSentEvent) => boolean,
    emit: (bytes: Uint8Array) => void,
    unreadable: () => void,
  ) {
    this.#keeps = keeps;
    this.#emit = emit;
    this.#unreadable = unreadable;
  }

  /** Scans one chunk: shows each message it finishes and passes on the bytes of those kept. */
  push(chunk: Uint8Array): void {
    if (this.#broken) {
      if (chunk.length > 0) this.#emit(chunk);
      return;
    }
    if (this.#pendingLength > 0 && this.#pendingLength + chunk.length < this.#needed) {
      // Still inside a long message: collect without copying until it is whole.
      this.#pending.push(chunk);
      this.#pendingLength += chunk.length;
      return;
    }
    const bytes = this.#pendingLength === 0 ? chunk : joinBytes([...this.#pending, chunk]);
    this.#pending = [];
    this.#pendingLength = 0;
    this.#needed = 0;
    this.#scan(bytes);
  }

  /** The stream ended: an unfinished message is passed on as it came (nothing to show). */
  flush(): void {
    for (const piece of this.#pending) this.#emit(piece);
    this.#pending = [];
    this.#pendingLength = 0;
  }

  #scan(bytes: Uint8Array): void {
    let start = 0;
    /** Where the run of kept bytes not yet passed on begins. */
    let kept = 0;
    while (bytes.length - start >= 4) {
      const total = readLength(bytes, start);
      const message =
        total >= minimumMessageBytes && total <= maximumMessageBytes
          ? bytes.subarray(start, start + total)
          : undefined;
      if (message !== undefined && message.length < total) {
        this.#needed = total;
        break;
      }
      const event = message === undefined ? undefined : readMessage(message);
      if (event === undefined) {
        this.#broken = true;
        this.#unreadable();
        this.#emit(bytes.subarray(kept));
        return;
      }
      if (!this.#keeps(event)) {
        if (start > kept) this.#emit(bytes.subarray(kept, start));
        kept = start + total;
      }
      start += total;
    }
    if (start > kept)
      this.#emit(start === bytes.length && kept === 0 ? bytes : bytes.subarray(kept, start));
    if (start < bytes.length) {
      this.#pending = [bytes.subarray(start)];
      this.#pendingLength = bytes.length - start;
    }
  }
}

/** The big-endian unsigned 32-bit integer at `offset`. */
function readLength(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0);
}

/**
 * Reads one whole message (its bytes are exactly its total length): the event it carries,
 * or `undefined` when its framing is corrupt (a CRC mismatch, headers past the payload).
 */
export function readMessage(message: Uint8Array): ServerSentEvent | undefined {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  const headersLength = view.getUint32(4);
  const payloadEnd = message.length - 4;
  if (preludeBytes + headersLength > payloadEnd) return undefined;
  if (crc32(message.subarray(0, 8)) !== view.getUint32(8)) return undefined;
  if (crc32(message.subarray(0, payloadEnd)) !== view.getUint32(payloadEnd)) return undefined;
  const headers = readHeaders(message.subarray(preludeBytes, preludeBytes + headersLength));
  if (headers === undefined) return undefined;
  const payload = decoder.decode(message.subarray(preludeBytes + headersLength, payloadEnd));
  switch (headers.get(':message-type')) {
    case 'exception':
      return { event: headers.get(':exception-type') ?? null, data: payload };
    case 'error':
      return {
        event: headers.get(':error-code') ?? null,
        data: headers.get(':error-message') ?? payload,
      };
    default:
      return { event: headers.get(':event-type') ?? null, data: payload };
  }
}

/** Byte sizes of the fixed-size header value types, by type id (0 and 1 are the booleans). */
const fixedValueBytes: Readonly<Record<number, number>> = {
  0: 0,
  1: 0,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  8: 8,
  9: 16,
};
const byteArrayType = 6;
const stringType = 7;

/** The string-valued headers of a message (other types are skipped); `undefined` if malformed. */
function readHeaders(bytes: Uint8Array): Map<string, string> | undefined {
  const headers = new Map<string, string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at < bytes.length) {
    const nameLength = bytes[at] as number;
    const typeAt = at + 1 + nameLength;
    if (typeAt >= bytes.length) return undefined;
    const name = decoder.decode(bytes.subarray(at + 1, typeAt));
    const type = bytes[typeAt] as number;
    at = typeAt + 1;
    if (type === byteArrayType || type === stringType) {
      if (at + 2 > bytes.length) return undefined;
      const length = view.getUint16(at);
      const end = at + 2 + length;
      if (end > bytes.length) return undefined;
      if (type === stringType) headers.set(name, decoder.decode(bytes.subarray(at + 2, end)));
      at = end;
    } else {
      const size = fixedValueBytes[type];
      if (size === undefined || at + size > bytes.length) return undefined;
      at += size;
    }
  }
  return headers;
}
