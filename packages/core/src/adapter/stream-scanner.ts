import type { ServerSentEvent } from './sse-events.js';
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
