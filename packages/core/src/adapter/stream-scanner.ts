import { EventStreamScanner } from './event-stream-scanner.js';
import type { ServerSentEvent } from './sse-events.js';
import { SseScanner } from './sse-scanner.js';
import type { EventVerdict } from './types.js';

/**
 * Reads the events of a streamed body as its bytes pass, without re-encoding them: each
 * finished event is shown to the `keeps` it was made with, and the bytes go on to its `emit`
 * (an event `keeps` hides is left out; one it cuts goes on without the cut, where the framing
 * allows it).
 */
export interface StreamScanner {
  /** Scans one chunk as it arrives. */
  push(chunk: Uint8Array): void;
  /** The body ended: whatever is left is shown and passed on. */
  flush(): void;
}

/** Makes the scanner of one body. `unreadable` is told if its framing cannot be read. */
export type ScannerFactory = (
  keeps: (event: ServerSentEvent) => EventVerdict,
  emit: (bytes: Uint8Array) => void,
  unreadable: () => void,
) => StreamScanner;

/** Server-sent events: the framing of every provider's stream but Bedrock's. */
export const sseScanner: ScannerFactory = (keeps, emit) => new SseScanner(keeps, emit);

/** AWS event-stream framing: Bedrock's streams. */
export const eventStreamScanner: ScannerFactory = (keeps, emit, unreadable) =>
  // A message's bytes are closed by its CRC: a cut one would be corrupt, so it passes whole.
  new EventStreamScanner((event) => keeps(event) !== false, emit, unreadable);

/**
 * The scanner for a streamed body by its content type: server-sent events
 * (`text/event-stream`, every provider's SSE) or AWS event-stream framing
 * (`application/vnd.amazon.eventstream`, Bedrock). `undefined` for a body that is not a
 * stream (read whole, as JSON).
 */
export function scannerFor(contentType: string): ScannerFactory | undefined {
  if (contentType.includes('text/event-stream')) return sseScanner;
  if (contentType.includes('application/vnd.amazon.eventstream')) return eventStreamScanner;
  return undefined;
}
