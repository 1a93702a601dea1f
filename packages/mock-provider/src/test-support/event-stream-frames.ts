/**
 * Reads AWS event-stream bodies in tests with `@smithy/eventstream-codec`, the codec the AWS
 * SDKs use, which checks both CRCs of every message.
 */
import { eventStreamCodec } from '../aws-event-stream.js';

const decoder = new TextDecoder();

/** One decoded message: its string headers and its JSON payload. */
export interface Frame {
  headers: Record<string, string>;
  payload: Record<string, unknown>;
}

/** Splits an event-stream body into its messages, each checked by the AWS codec. */
export function frames(bytes: Uint8Array): Frame[] {
  const found: Frame[] = [];
  let at = 0;
  while (at < bytes.length) {
    const length = new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0);
    const message = eventStreamCodec.decode(bytes.subarray(at, at + length));
    const headers: Record<string, string> = {};
    for (const [name, header] of Object.entries(message.headers))
      headers[name] = String(header.value);
    found.push({ headers, payload: JSON.parse(decoder.decode(message.body)) });
    at += length;
  }
  return found;
}

/** The name of each frame: its event type, or its exception type for an exception. */
export function frameNames(found: readonly Frame[]): string[] {
  return found.map(
    (frame) => frame.headers[':exception-type'] ?? frame.headers[':event-type'] ?? '',
  );
}
