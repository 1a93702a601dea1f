import type { ObservedUsage, ResponseObserver } from '@tollgate/core/adapter';
import { isRecord, withFields } from '@tollgate/core/internal';
import { type CallContext, consumedUsage, observedUsage, stringField } from './call-context.js';

const NO_FACTS = { serviceTier: undefined, model: undefined, webSearches: 0 };

/** Reads one Embeddings call's usage from its `usage` (input only; embeddings have no output). */
export class EmbeddingsObserver implements ResponseObserver {
  readonly #context: CallContext;

  constructor(context: CallContext) {
    this.#context = context;
  }

  json(body: unknown): ObservedUsage {
    if (isRecord(body) && isRecord(body.usage)) {
      const facts = { ...NO_FACTS, model: stringField(body.model) };
      return withFields(observedUsage(this.#context, body.usage, facts), {
        operation: 'embeddings',
      });
    }
    return this.end();
  }

  /** Embeddings never stream; every event passes. */
  event(): boolean {
    return true;
  }

  end(): ObservedUsage {
    return withFields(consumedUsage(this.#context, 0, NO_FACTS), { operation: 'embeddings' });
  }
}
