import type { SettlementDetails } from '@tollgate/core';
import type { Charge, ResponseObserver, ServerSentEvent } from '@tollgate/core/adapter';
import {
  InvalidUsageError,
  type NormalizedUsage,
  normalizeUsage,
  type Pricing,
} from '@tollgate/pricing';
import type { ClaudePlatform } from './platform-of-client.js';

/** How one metered Messages call is priced once its usage arrives. */
export interface PricingContext {
  pricing: Pricing;
  /** The price table: Claude on the Anthropic API, Bedrock or Vertex. */
  provider: ClaudePlatform;
  /** The canonical model id the hold was priced for. */
  model: string;
  /** True when the caller marked the call as a Batch API result. */
  batch: boolean;
  /** The request's `max_tokens`: a partial stream cannot have produced more output. */
  maxOutputTokens: number;
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Prices one Messages response: a JSON body from its `usage`, or a stream from its events.
 *
 * Stream usage is cumulative. `message_start` carries input, cache tokens and the cache TTL
 * breakdown (never re-sent) with a provisional `output_tokens`; each `message_delta`
 * carries whole-message totals that overwrite what came before, never add to it (the SDK's
 * own accumulation does the same). A stream that breaks is charged what is known: input
 * and cache tokens from `message_start`, and as output the larger of the last cumulative
 * count and the UTF-8 bytes of the content received (a byte bounds its token from above,
 * and the model produced at least what arrived), never more than `max_tokens`.
 */
export class MessageObserver implements ResponseObserver {
  readonly #context: PricingContext;
  #usage: Json | undefined;
  #receivedBytes = 0;
  #sawDelta = false;
  #failed = false;
  #responseModel: string | undefined;

  constructor(context: PricingContext) {
    this.#context = context;
  }

  json(body: unknown): Charge {
    const usage = isRecord(body) ? body.usage : undefined;
    if (isRecord(body)) this.#noteMessage(body);
    if (isRecord(usage)) this.#usage = usage;
    return this.#charge(normalizeUsage('anthropic', usage), false);
  }

  /** Keeps the model the response names, for the ledger entry. */
  #noteMessage(message: Json): void {
    if (typeof message.model === 'string') this.#responseModel = message.model;
  }

  event(event: ServerSentEvent): boolean {
    switch (event.event) {
      case 'content_block_delta':
        this.#receivedBytes += deltaBytes(parse(event.data));
        break;
      case 'message_start': {
        const message = parse(event.data).message;
        if (isRecord(message)) this.#noteMessage(message);
        const usage = isRecord(message) ? message.usage : undefined;
        if (isRecord(usage)) this.#usage = { ...usage };
        break;
      }
      case 'message_delta': {
        const usage = parse(event.data).usage;
        if (isRecord(usage)) {
          this.#sawDelta = true;
          this.#usage ??= {};
          // Whole-message totals: overwrite when present, never add.
          for (const [key, value] of Object.entries(usage)) {
            if (value !== null && value !== undefined) this.#usage[key] = value;
          }
        }
        break;
      }
      case 'error':
        this.#failed = true;
        break;
    }
    return true;
  }

  end(how: 'complete' | 'interrupted'): Charge {
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
      return {
        costUsd: '0',
        details: {
          provider: this.#context.provider,
          model: this.#context.model,
          partial: true,
          ...this.#callFields(),
        },
      };
    }
    const normalized = normalizeUsage('anthropic', usage);
    if (how === 'complete' && this.#sawDelta && !this.#failed)
      return this.#charge(normalized, false);
    const received = Math.max(normalized.outputTokens, this.#receivedBytes);
    return this.#charge(
      { ...normalized, outputTokens: Math.min(received, this.#context.maxOutputTokens) },
      true,
    );
  }

  #charge(usage: NormalizedUsage, partial: boolean): Charge {
    const { pricing, provider, model, batch } = this.#context;
    // `batch` only when asked: left out, a usage saying `service_tier: 'batch'` prices as batch.
    const cost = pricing.computeCost({
      provider,
      model,
      usage,
      ...(batch ? { batch: true } : {}),
    });
    const tokens: Record<string, number> = {
      input: usage.inputTokens,
      cacheRead: usage.cacheReadTokens,
      cacheWrite5m: usage.cacheWrite5mTokens,
      cacheWrite1h: usage.cacheWrite1hTokens,
      output: usage.outputTokens,
    };
    if (usage.reasoningTokens !== undefined) tokens.thinking = usage.reasoningTokens;
    if (usage.webSearchRequests !== undefined) tokens.webSearchRequests = usage.webSearchRequests;
    if (usage.webFetchRequests !== undefined) tokens.webFetchRequests = usage.webFetchRequests;
    return {
      costUsd: cost.totalUsd,
      details: {
        provider,
        model: cost.model,
        tokens,
        pricingVersion: cost.pricingVersion,
        ...(partial ? { partial: true } : {}),
        ...this.#callFields(),
      },
    };
  }

  /** The model asked for, and the model and tier the response reports. */
  #callFields(): SettlementDetails {
    const fields: SettlementDetails = { requestModel: this.#context.model };
    if (this.#responseModel !== undefined) fields.responseModel = this.#responseModel;
    const tier = this.#usage?.service_tier;
    if (typeof tier === 'string') fields.serviceTier = tier;
    return fields;
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
