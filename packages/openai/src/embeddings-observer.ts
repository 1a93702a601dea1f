import type { Charge, ResponseObserver } from '@tollgate/core/adapter';
import {
  type CallContext,
  chargeConsumed,
  chargeUsage,
  isRecord,
  stringField,
} from './call-context.js';

/** Prices one Embeddings call from its `usage` (input only; embeddings have no output). */
export class EmbeddingsObserver implements ResponseObserver {
  readonly #context: CallContext;

  constructor(context: CallContext) {
    this.#context = context;
  }

  json(body: unknown): Charge {
    if (isRecord(body) && isRecord(body.usage)) {
      return asEmbeddings(
        chargeUsage(this.#context, body.usage, undefined, stringField(body.model), 0),
      );
    }
    return this.end();
  }

  /** Embeddings never stream; every event passes. */
  event(): boolean {
    return true;
  }

  end(): Charge {
    return asEmbeddings(chargeConsumed(this.#context, 0, undefined, undefined, 0));
  }
}

function asEmbeddings(charge: Charge): Charge {
  return { ...charge, details: { ...charge.details, operation: 'embeddings' } };
}
