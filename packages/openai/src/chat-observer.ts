import type { ObservedUsage, ResponseObserver, ServerSentEvent } from '@tollgate/core/adapter';
import { isRecord } from '@tollgate/core/internal';
import {
  type CallContext,
  consumedUsage,
  observedUsage,
  type ResponseFacts,
  stringField,
} from './call-context.js';
import { OutputTally } from './output-tally.js';

/**
 * Reads one Chat Completions call's usage: from `usage` in the body, or in the stream's usage
 * chunk (hidden from a caller who did not ask for it); from the text received when a
 * stream ends without usage.
 */
export class ChatObserver implements ResponseObserver {
  readonly #context: CallContext;
  readonly #hideUsageChunk: boolean;
  readonly #tally = new OutputTally();
  #usage: Record<string, unknown> | undefined;
  #tier: string | undefined;
  #model: string | undefined;

  /** `hideUsageChunk`: the adapter turned `include_usage` on, so the caller must not see its chunk. */
  constructor(context: CallContext, hideUsageChunk: boolean) {
    this.#context = context;
    this.#hideUsageChunk = hideUsageChunk;
  }

  json(body: unknown): ObservedUsage {
    if (isRecord(body)) {
      this.#note(body);
      if (this.#usage === undefined && Array.isArray(body.choices)) {
        for (const choice of body.choices) {
          if (isRecord(choice)) this.#addText(choice.index, choice.message);
        }
      }
    }
    return this.end();
  }

  event(event: ServerSentEvent): boolean {
    if (event.data === '[DONE]') return true;
    let chunk: unknown;
    try {
      chunk = JSON.parse(event.data);
    } catch {
      return true;
    }
    if (!isRecord(chunk)) return true;
    this.#note(chunk);
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    if (isRecord(chunk.usage) && choices.length === 0 && this.#hideUsageChunk) return false;
    for (const choice of choices) {
      if (isRecord(choice)) this.#addText(choice.index, choice.delta);
    }
    return true;
  }

  end(): ObservedUsage {
    const facts: ResponseFacts = {
      serviceTier: this.#tier,
      model: this.#model,
      webSearches: this.#context.searchesPerRequest,
    };
    if (this.#usage !== undefined) return observedUsage(this.#context, this.#usage, facts);
    return consumedUsage(this.#context, this.#tally.tokens(this.#context.encoding), facts);
  }

  #note(body: Record<string, unknown>): void {
    this.#tier = stringField(body.service_tier) ?? this.#tier;
    this.#model = stringField(body.model) ?? this.#model;
    if (isRecord(body.usage)) this.#usage = body.usage;
  }

  /** Generated text of a message or delta: content, refusal, reasoning, tool calls. */
  #addText(index: unknown, message: unknown): void {
    if (!isRecord(message)) return;
    const choice = typeof index === 'number' ? index : 0;
    for (const key of ['content', 'refusal', 'reasoning_content'] as const) {
      const text = message[key];
      if (typeof text === 'string') this.#tally.add(choice, text);
    }
    const calls = Array.isArray(message.tool_calls) ? [...message.tool_calls] : [];
    if (message.function_call !== undefined) calls.push({ function: message.function_call });
    for (const call of calls) {
      if (!isRecord(call) || !isRecord(call.function)) continue;
      const { name, arguments: args } = call.function;
      if (typeof name === 'string') this.#tally.add(choice, name);
      if (typeof args === 'string') this.#tally.add(choice, args);
    }
  }
}
