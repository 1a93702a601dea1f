/**
 * The cheapest metering of a non-streaming chat call we know of, as a reference row beside
 * the adapter: a `fetch` given to the SDK that holds a byte bound before sending, charges
 * from the SDK's own `json()` at the exact price, and settles on the same memory-store budget.
 * It keeps only the guarantees one happy call needs (no retries as one call, no streams, no
 * endings, no refusal events), so it is the floor of the problem, not a design to ship.
 */
import type { Budget } from '@tollgate/core';
import { computeCost, estimateCost } from '@tollgate/pricing';

interface ChatRequest {
  model: string;
  max_completion_tokens?: number;
}

interface ChatAnswer {
  usage: Parameters<typeof computeCost>[0]['usage'];
}

/** A `fetch` for `new OpenAI({ fetch })` that meters every call on `budget`. */
export function prototypeFetch(budget: Budget): typeof fetch {
  return async (url, init) => {
    const text = init?.body as string;
    const request = JSON.parse(text) as ChatRequest;
    const hold = estimateCost({
      provider: 'openai',
      model: request.model,
      // A UTF-8 byte is at most one token: the body's length bounds its input tokens.
      inputTokens: Buffer.byteLength(text),
      maxOutputTokens: request.max_completion_tokens ?? 16_384,
    });
    const reservation = await budget.reserve(hold.totalUsd);
    const response = await fetch(url, init);
    const read = response.json.bind(response);
    Object.defineProperty(response, 'json', {
      async value() {
        const answer = (await read()) as ChatAnswer;
        const cost = computeCost({ provider: 'openai', model: request.model, usage: answer.usage });
        await reservation.settle(cost.totalUsd);
        return answer;
      },
    });
    return response;
  };
}
