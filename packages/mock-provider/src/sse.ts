import type { ServerResponse } from 'node:http';
import type { StreamFraming } from './aws-event-stream.js';
import { baseHeaders, cutMidBody, type Exchange, sleep } from './exchange.js';

/** One server-sent event. `data` is JSON-encoded unless it is already a string. */
export interface SseMessage {
  /** The `event:` line; omitted when undefined (OpenAI Chat sends none). */
  readonly event?: string;
  readonly data: unknown;
}

/** Formats one SSE message, terminated by the blank line. */
export function formatSse(message: SseMessage): string {
  // Read `data` once: it may be a getter that stamps a sequence number.
  const value = message.data;
  const data = typeof value === 'string' ? value : JSON.stringify(value);
  const eventLine = message.event === undefined ? '' : `event: ${message.event}\n`;
  return `${eventLine}data: ${data}\n\n`;
}

/** Server-sent events, the framing of every stream but Bedrock's. */
export const sseFraming: StreamFraming = {
  contentType: 'text/event-stream; charset=utf-8',
  format: formatSse,
};

/**
 * An open stream response (`text/event-stream`, or the exchange's own framing: Bedrock's
 * AWS event stream) that applies the scripted stream faults:
 * `chunkDelayMs` before every message but the first, `dropAfterChunks` (destroy the socket
 * after n messages) and `errorEventAfterChunks` (send the provider's error event after
 * n messages, then end). A fault whose n is at least the stream's length fires at the end,
 * in place of the terminator.
 */
export class EventStream {
  readonly #exchange: Exchange;
  readonly #response: ServerResponse;
  readonly #errorEvent: SseMessage;
  readonly #framing: StreamFraming;
  #sent = 0;
  #stopped = false;

  private constructor(exchange: Exchange, errorEvent: SseMessage, framing: StreamFraming) {
    this.#exchange = exchange;
    this.#response = exchange.response;
    this.#errorEvent = errorEvent;
    this.#framing = framing;
  }

  /** Waits for the latency, then sends the 200 headers. `undefined` if the client left. */
  static async open(exchange: Exchange, errorEvent: SseMessage): Promise<EventStream | undefined> {
    if (!(await sleep(exchange.latencyMs, exchange.signal))) return undefined;
    const response = exchange.response;
    if (response.destroyed) return undefined;
    const framing = exchange.framing ?? sseFraming;
    response.writeHead(200, {
      ...baseHeaders(exchange),
      'content-type': framing.contentType,
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    response.flushHeaders();
    return new EventStream(exchange, errorEvent, framing);
  }

  /** Messages sent so far. */
  get sent(): number {
    return this.#sent;
  }

  /**
   * Sends one message; `false` once the stream has stopped (fault, client gone, close).
   * A factory is only called when the message is really sent (sequence numbers stay dense).
   */
  async send(message: SseMessage | (() => SseMessage)): Promise<boolean> {
    if (this.#stopped) return false;
    if (this.#sent > 0 && !(await this.#delay())) return false;
    const { dropAfterChunks, errorEventAfterChunks } = this.#exchange.respond;
    if (dropAfterChunks !== undefined && this.#sent >= dropAfterChunks) {
      await this.#drop();
      return false;
    }
    if (errorEventAfterChunks !== undefined && this.#sent >= errorEventAfterChunks) {
      await this.#write(this.#framing.format(this.#errorEvent));
      this.#end();
      return false;
    }
    this.#sent += 1;
    return this.#write(this.#framing.format(typeof message === 'function' ? message() : message));
  }

  /** Ends the stream with an optional terminator line, unless a fault is still pending. */
  async finish(terminator?: string): Promise<void> {
    if (this.#stopped) return;
    const { dropAfterChunks, errorEventAfterChunks } = this.#exchange.respond;
    if (dropAfterChunks !== undefined || errorEventAfterChunks !== undefined) {
      if (!(await this.#delay())) return;
      if (dropAfterChunks !== undefined) {
        await this.#drop();
        return;
      }
      await this.#write(this.#framing.format(this.#errorEvent));
    } else if (terminator !== undefined) {
      await this.#write(terminator);
    }
    this.#end();
  }

  async #delay(): Promise<boolean> {
    const ok = await sleep(this.#exchange.chunkDelayMs, this.#exchange.signal);
    if (!ok) this.#stopped = true;
    return ok;
  }

  async #drop(): Promise<void> {
    this.#stopped = true;
    await cutMidBody(this.#response);
  }

  #end(): void {
    this.#stopped = true;
    if (!this.#response.destroyed) this.#response.end();
  }

  /** Writes text or bytes, waiting for the socket to drain when its buffer is full. */
  async #write(text: string | Uint8Array): Promise<boolean> {
    const response = this.#response;
    if (response.destroyed || this.#exchange.signal.aborted) {
      this.#stopped = true;
      return false;
    }
    if (response.write(text)) return true;
    const drained = await new Promise<boolean>((resolve) => {
      const onDrain = (): void => {
        response.off('close', onClose);
        resolve(true);
      };
      const onClose = (): void => {
        response.off('drain', onDrain);
        resolve(false);
      };
      response.once('drain', onDrain);
      response.once('close', onClose);
    });
    if (!drained) this.#stopped = true;
    return drained;
  }
}
