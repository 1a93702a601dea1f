import type { CallUsage } from '@tollgate/core';
import type { ObservedUsage, ResponseObserver, ServerSentEvent } from '@tollgate/core/adapter';
import { isRecord, UnreadEvents, usageTokens } from '@tollgate/core/internal';
import { InvalidUsageError, type IterationsSeen, readUsage } from '@tollgate/pricing';

/** What one metered Messages call's observer needs to know. */
export interface MessageContext {
  /** The canonical model id the hold was priced for (and the usage is priced as). */
  model: string;
  /** The request's `max_tokens`: a partial stream cannot have produced more output. */
  maxOutputTokens: number;
  /**
   * Keep what the pricing of a call that may bill other models needs (`IterationsSeen`):
   * the final usage's `iterations` and the fallback hop serving. Default: false.
   */
  watchIterations?: boolean;
}

type Json = Record<string, unknown>;

/**
 * Reads one Messages response's usage: a JSON body from its `usage`, or a stream from its events.
 *
 * Stream usage is cumulative. `message_start` carries input, cache tokens and the cache TTL
 * breakdown (never re-sent) with a provisional `output_tokens`; each `message_delta`
 * carries whole-message totals that overwrite what came before, never add to it (the SDK's
 * own accumulation does the same). A stream that breaks is charged what is known: input
 * and cache tokens from `message_start`, and as output the larger of the last cumulative
 * count and the UTF-8 bytes of the content received (a byte bounds its token from above,
 * and the model produced at least what arrived), never more than `max_tokens`. Once the
 * final usage has arrived (the `message_delta` that carries the stop reason, or
 * `message_stop` after a `message_delta` with usage) nothing more is billed: the charge is
 * that usage, however the stream ends after it (a caller that breaks on `message_stop`).
 */
export class MessageObserver implements ResponseObserver, IterationsSeen {
  readonly #context: MessageContext;
  #usage: Json | undefined;
  #receivedBytes = 0;
  /**
   * Content deltas passed on and not counted yet: their bytes only bound the output of a
   * stream that does not complete, so a stream that completes never parses them again
   * after the SDK.
   */
  readonly #uncounted = new UnreadEvents();
  #sawDelta = false;
  /** The final usage has arrived: the charge is exact whatever ends the stream afterwards. */
  #final = false;
  #failed = false;
  #responseModel: string | undefined;
  #iterations: readonly unknown[] | undefined;
  #servingModel: string | undefined;

  constructor(context: MessageContext) {
    this.#context = context;
  }

  json(body: unknown): ObservedUsage {
    if (isRecord(body)) this.#noteMessage(body);
    const usage = isRecord(body) ? body.usage : undefined;
    const observed = this.#answered({ usage: this.#read(usage) });
    if (this.#context.watchIterations === true) this.#keepIterations(usage);
    return observed;
  }

  /** Keeps the iterations of a final usage, for pricing them one by one. */
  #keepIterations(usage: unknown): void {
    const iterations = isRecord(usage) ? usage.iterations : undefined;
    if (Array.isArray(iterations)) this.#iterations = iterations;
  }

  get iterations(): readonly unknown[] | undefined {
    return this.#iterations;
  }

  get servingModel(): string | undefined {
    return this.#servingModel;
  }

  /** Notes the model a `fallback` block hands over to: it serves what follows. */
  #noteBlock(data: string): void {
    const block = parse(data).content_block;
    if (isRecord(block) && block.type === 'fallback' && isRecord(block.to)) {
      const model = block.to.model;
      if (typeof model === 'string') this.#servingModel = model;
    }
  }

  /** Keeps the model the response names, for the ledger entry. */
  #noteMessage(message: Json): void {
    if (typeof message.model === 'string') this.#responseModel = message.model;
  }

  event(event: ServerSentEvent): boolean {
    switch (event.event) {
      case 'content_block_delta':
        this.#count(this.#uncounted.keep(event.data));
        break;
      case 'message_start': {
        const message = parse(event.data).message;
        if (isRecord(message)) this.#noteMessage(message);
        const usage = isRecord(message) ? message.usage : undefined;
        if (isRecord(usage)) this.#usage = { ...usage };
        break;
      }
      case 'message_delta': {
        const data = parse(event.data);
        const usage = data.usage;
        if (isRecord(usage)) {
          this.#sawDelta = true;
          // The delta that stops the message carries its whole usage: nothing follows it.
          if (isRecord(data.delta) && typeof data.delta.stop_reason === 'string')
            this.#final = !this.#failed;
          this.#usage ??= {};
          // Whole-message totals: overwrite when present, never add.
          for (const [key, value] of Object.entries(usage)) {
            if (value !== null && value !== undefined) this.#usage[key] = value;
          }
        }
        break;
      }
      case 'content_block_start':
        // Read only for a call that may bill other models: a fallback block starts a hop.
        if (this.#context.watchIterations === true) this.#noteBlock(event.data);
        break;
      case 'message_stop':
        if (this.#sawDelta && !this.#failed) this.#final = true;
        break;
      case 'error':
        this.#failed = true;
        break;
    }
    return true;
  }

  end(how: 'complete' | 'interrupted'): ObservedUsage {
    const usage = this.#usage;
    if (usage === undefined) {
      // A whole stream without usage cannot be priced: throwing makes the kit charge the
      // hold, the most the call could cost. Broken before message_start: nothing known
      // was processed, so nothing is charged.
      if (how === 'complete') {
        throw new InvalidUsageError([
          { path: '', message: 'the stream ended without reporting usage' },
        ]);
      }
      return this.#answered({
        usage: { tokens: usageTokens(), model: this.#model() },
        partial: true,
      });
    }
    const read = this.#read(usage);
    if (this.#final || (how === 'complete' && this.#sawDelta && !this.#failed)) {
      if (this.#context.watchIterations === true) this.#keepIterations(usage);
      return this.#answered({ usage: read });
    }
    this.#count(this.#uncounted.take());
    const { text, reasoning } = read.tokens.output;
    // What arrived bounds the output from below; max_tokens from above. Reasoning stays
    // what the provider last reported, the rest is text.
    const received = Math.min(
      Math.max(text + reasoning, this.#receivedBytes),
      this.#context.maxOutputTokens,
    );
    const thinking = Math.min(reasoning, received);
    const tokens = { ...read.tokens, output: { text: received - thinking, reasoning: thinking } };
    return this.#answered({ usage: { ...read, tokens }, partial: true });
  }

  /** Counts the bytes of content deltas taken from those kept uncounted. */
  #count(deltas: string[] | undefined): void {
    if (deltas !== undefined)
      for (const data of deltas) this.#receivedBytes += deltaBytes(parse(data));
  }

  /** The usage as read; its model is the one the response names (the ledger's `responseModel`). */
  #read(usage: unknown): CallUsage {
    return readUsage('anthropic', usage, { model: this.#model() });
  }

  /** Adds the model the response named, when it named one, for the ledger's `responseModel`. */
  #answered(observed: ObservedUsage): ObservedUsage {
    // Set on the observed usage built just above (never a caller's): no copy per call.
    if (this.#responseModel !== undefined) observed.responseModel = this.#responseModel;
    return observed;
  }

  /** The model the response names, else the one asked for. */
  #model(): string {
    return this.#responseModel ?? this.#context.model;
  }
}

function parse(data: string): Json {
  try {
    const value: unknown = JSON.parse(data);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

/** UTF-8 bytes of the generated content in a `content_block_delta` (text, thinking, tool input). */
function deltaBytes(event: Json): number {
  const delta = event.delta;
  if (!isRecord(delta)) return 0;
  const text = delta.text ?? delta.thinking ?? delta.partial_json;
  return typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : 0;
}
