import type { ObservedUsage, ResponseObserver, ServerSentEvent } from '@tollgate/core/adapter';

const decoder = new TextDecoder();

/**
 * Reads a Bedrock stream (`invoke-with-response-stream`) for a Messages observer. Bedrock
 * sends each Anthropic stream event as an AWS event-stream `chunk` whose payload is
 * `{"bytes":"<base64 of the event's JSON>"}`; the kit shows it as an event named `chunk`,
 * and this unwraps it into the Anthropic event it carries. A Bedrock exception frame
 * (`modelStreamErrorException`, `throttlingException`...) is the stream's `error` event.
 * Anything else (a gateway that already speaks SSE) is shown to the observer as it came.
 * Nothing is hidden from the caller's stream.
 */
export class BedrockStreamObserver implements ResponseObserver {
  readonly #messages: ResponseObserver;

  /** Wraps the observer of the Messages call. */
  constructor(messages: ResponseObserver) {
    this.#messages = messages;
  }

  json(body: unknown): ObservedUsage {
    return this.#messages.json(body);
  }

  event(event: ServerSentEvent): boolean {
    if (event.event === 'chunk') this.#messages.event(unwrapChunk(event.data));
    else if (event.event?.endsWith('Exception'))
      this.#messages.event({ event: 'error', data: event.data });
    else this.#messages.event(event);
    return true;
  }

  end(how: 'complete' | 'interrupted'): ObservedUsage {
    return this.#messages.end(how);
  }
}

/**
 * The Anthropic event a `chunk` payload carries, named by its `type` as on the Anthropic
 * API. Throws on a payload that is not one (the kit then charges the call its hold).
 */
function unwrapChunk(payload: string): ServerSentEvent {
  const chunk: unknown = JSON.parse(payload);
  const bytes =
    typeof chunk === 'object' && chunk !== null ? (chunk as { bytes?: unknown }).bytes : undefined;
  if (typeof bytes !== 'string') throw new TypeError('a Bedrock chunk without its bytes');
  const data = decoder.decode(Uint8Array.from(atob(bytes), (character) => character.charCodeAt(0)));
  const inner: unknown = JSON.parse(data);
  const type =
    typeof inner === 'object' && inner !== null ? (inner as { type?: unknown }).type : undefined;
  return { event: typeof type === 'string' ? type : null, data };
}
