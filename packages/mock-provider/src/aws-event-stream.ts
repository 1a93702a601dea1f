import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';
import type { SseMessage } from './sse.js';

/** The content type of AWS event-stream bodies (Bedrock's streams). */
export const AWS_EVENT_STREAM_CONTENT_TYPE = 'application/vnd.amazon.eventstream';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** The codec the AWS SDKs frame and check messages with (prelude and message CRC32s). */
export const eventStreamCodec = new EventStreamCodec(
  (bytes) => decoder.decode(bytes),
  (text) => encoder.encode(text),
);

/** How a stream's messages go on the wire: SSE text or AWS event-stream frames. */
export interface StreamFraming {
  /** The `content-type` of the response. */
  readonly contentType: string;
  /** One message as it is written. */
  format(message: SseMessage): string | Uint8Array;
}

/** One AWS event-stream message with string headers and a JSON payload. */
export function awsEventStreamMessage(
  headers: Readonly<Record<string, string>>,
  payload: unknown,
): Uint8Array {
  const typed: MessageHeaders = {};
  for (const [name, value] of Object.entries(headers)) typed[name] = { type: 'string', value };
  return eventStreamCodec.encode({ headers: typed, body: encoder.encode(JSON.stringify(payload)) });
}

/** A Bedrock exception frame: how Bedrock reports a failure after the stream began. */
function exceptionFrame(type: string, message: string): Uint8Array {
  return awsEventStreamMessage(
    { ':message-type': 'exception', ':exception-type': type, ':content-type': 'application/json' },
    { message },
  );
}

/** The message of an Anthropic-shaped `error` event (`{ error: { message } }`). */
function errorMessage(data: unknown): string {
  const error =
    typeof data === 'object' && data !== null ? (data as { error?: unknown }).error : undefined;
  const message =
    typeof error === 'object' && error !== null
      ? (error as { message?: unknown }).message
      : undefined;
  return typeof message === 'string' ? message : 'The model stream failed.';
}

/**
 * Bedrock's `invoke-with-response-stream`: each Anthropic stream event travels as a `chunk`
 * event whose payload is `{"bytes":"<base64 of the event's JSON>"}`; an `error` event
 * becomes a `modelStreamErrorException` frame, as Bedrock reports a failed stream.
 */
export const bedrockInvokeFraming: StreamFraming = {
  contentType: AWS_EVENT_STREAM_CONTENT_TYPE,
  format(message) {
    const data = message.data;
    if (message.event === 'error')
      return exceptionFrame('modelStreamErrorException', errorMessage(data));
    const json = typeof data === 'string' ? data : JSON.stringify(data);
    return awsEventStreamMessage(
      { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' },
      { bytes: Buffer.from(json, 'utf8').toString('base64'), p: 'abcdefghijkl' },
    );
  },
};

/**
 * Bedrock Converse's `converse-stream`: each event (`messageStart`, `contentBlockDelta`,
 * `messageStop`, `metadata`...) is a frame named by its `:event-type` with the event's
 * JSON as payload; an event named `...Exception` is sent as an exception frame.
 */
export const bedrockConverseFraming: StreamFraming = {
  contentType: AWS_EVENT_STREAM_CONTENT_TYPE,
  format(message) {
    const type = message.event ?? 'event';
    if (type.endsWith('Exception')) return exceptionFrame(type, errorMessage(message.data));
    return awsEventStreamMessage(
      { ':event-type': type, ':content-type': 'application/json', ':message-type': 'event' },
      message.data,
    );
  },
};
