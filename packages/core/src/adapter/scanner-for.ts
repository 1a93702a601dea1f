import { EventStreamScanner } from './event-stream-scanner.js';
import { SseScanner } from './sse-scanner.js';
import type { ScannerFactory } from './stream-scanner.js';

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
