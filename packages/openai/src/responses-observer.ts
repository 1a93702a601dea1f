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

// Stream events that carry the whole Response; usage is final on the last three.
const FINAL_EVENTS: ReadonlySet<string> = new Set([
  'response.completed',
  'response.incomplete',
  'response.failed',
]);

/** Output items of `type` in a Response's output. */
function countItems(output: unknown, type: string): number {
  if (!Array.isArray(output)) return 0;
  return output.filter((item) => isRecord(item) && item.type === type).length;
}

/**
 * Reads one Responses call's usage: from the Response's `usage` (the body, or the stream's
 * `response.completed` / `incomplete` / `failed` event), web searches counted from its
 * output; from the deltas received when a stream ends without usage.
 */
export class ResponsesObserver implements ResponseObserver {
  readonly #context: CallContext;
  readonly #tally = new OutputTally();
  #usage: Record<string, unknown> | undefined;
  #tier: string | undefined;
  #model: string | undefined;
  #searches = 0;
  #codeRuns = 0;

  constructor(context: CallContext) {
    this.#context = context;
  }

  json(body: unknown): ObservedUsage {
    if (isRecord(body)) {
      this.#note(body, true);
      if (this.#usage === undefined && Array.isArray(body.output)) {
        body.output.forEach((item, index) => {
          if (isRecord(item)) this.#addItemText(index, item);
        });
      }
    }
    return this.end();
  }

  event(event: ServerSentEvent): boolean {
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      return true;
    }
    if (!isRecord(data) || typeof data.type !== 'string') return true;
    const type = data.type;
    if (isRecord(data.response)) {
      this.#note(data.response, FINAL_EVENTS.has(type));
    } else if (type === 'response.output_item.done' && isRecord(data.item)) {
      if (data.item.type === 'web_search_call') this.#searches += 1;
      if (data.item.type === 'code_interpreter_call') this.#codeRuns += 1;
    } else if (
      typeof data.delta === 'string' &&
      type.endsWith('.delta') &&
      !type.includes('audio')
    ) {
      const index = typeof data.output_index === 'number' ? data.output_index : 0;
      this.#tally.add(index, data.delta);
    }
    return true;
  }

  end(): ObservedUsage {
    const facts: ResponseFacts = {
      serviceTier: this.#tier,
      model: this.#model,
      webSearches: this.#searches,
      codeExecutions: this.#codeRuns,
    };
    if (this.#usage !== undefined) return observedUsage(this.#context, this.#usage, facts);
    return consumedUsage(
      this.#context,
      this.#tally.tokens(this.#context.encoding, this.#context.outputBound),
      facts,
    );
  }

  #note(response: Record<string, unknown>, final: boolean): void {
    this.#tier = stringField(response.service_tier) ?? this.#tier;
    this.#model = stringField(response.model) ?? this.#model;
    if (isRecord(response.usage)) this.#usage = response.usage;
    if (final) {
      this.#searches = Math.max(this.#searches, countItems(response.output, 'web_search_call'));
      this.#codeRuns = Math.max(
        this.#codeRuns,
        countItems(response.output, 'code_interpreter_call'),
      );
    }
  }

  #addItemText(index: number, item: Record<string, unknown>): void {
    if (typeof item.arguments === 'string') this.#tally.add(index, item.arguments);
    const parts = Array.isArray(item.content) ? item.content : [];
    for (const part of parts) {
      if (!isRecord(part)) continue;
      const text = stringField(part.text) ?? stringField(part.refusal);
      if (text !== undefined) this.#tally.add(index, text);
    }
  }
}
