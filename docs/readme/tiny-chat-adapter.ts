import { type Budget, type CallUsage, usageTokens } from '@tollgate/core';
import {
  announceUnboundedOutput,
  type Charge,
  chargeTheHold,
  chargeUsage,
  holdPlan,
  releaseHold,
  settleCharge,
} from '@tollgate/core/adapter';
import { defaultPricing, estimateCost, usagePricer } from '@tollgate/pricing';
import type { ChatRequest, ChatResponse, TinyChat } from './tiny-chat-client.js';

const pricing = defaultPricing();

/** Bound: the most the call can cost, before anything is sent. */
function planCall(request: ChatRequest) {
  // UTF-8 bytes bound a byte-pair tokenizer's count; 4 tokens per message frame it, 3 prime the reply.
  const inputTokens = request.messages.reduce(
    (total, message) => total + Buffer.byteLength(message.content) + 4,
    3,
  );
  const modelLimit = pricing.resolve('openai', request.model).maxOutputTokens;
  const maxOutputTokens = request.max_completion_tokens ?? modelLimit;
  const bound = estimateCost({
    provider: 'openai',
    model: request.model,
    inputTokens,
    maxOutputTokens,
  });
  return {
    holdUsd: bound.totalUsd,
    model: request.model,
    // With no maximum the hold assumes the model's limit: the kit tells the budget's listeners.
    ...(request.max_completion_tokens === undefined ? { unboundedOutputTokens: modelLimit } : {}),
    price: usagePricer(pricing, 'openai', request.model),
  };
}

/** Observe: the provider's usage as the kit's typed usage (cached input and reasoning split out). */
function observedUsage(response: ChatResponse): CallUsage {
  const { usage } = response;
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? 0;
  return {
    tokens: usageTokens(
      { uncached: usage.prompt_tokens - cached, cacheRead: cached },
      { text: usage.completion_tokens - reasoning, reasoning },
    ),
    model: response.model,
  };
}

/** The wrapped client: every call held, refused or settled on `budget`. */
export function withBudget(client: TinyChat, budget: Budget) {
  return {
    budget,
    async complete(request: ChatRequest): Promise<ChatResponse> {
      const plan = planCall(request);
      announceUnboundedOutput(budget, plan);
      // Hold: throws BudgetExceededError (nothing sent) when any budget of the chain would go over.
      const held = await holdPlan(budget, plan);
      let response: ChatResponse;
      try {
        response = await client.complete(request);
      } catch (error) {
        await releaseHold(held.reservation); // failed before any usage: it costs nothing
        throw error;
      }
      let charge: Charge;
      try {
        // Price once and build the ledger entry: the kit's one pricing step.
        const observed = { usage: observedUsage(response), responseModel: response.model };
        charge = chargeUsage(held.plan.price, observed, request.model);
      } catch {
        charge = chargeTheHold(held); // usage unreadable: the hold, never $0
      }
      await settleCharge(held.reservation, charge);
      return response;
    },
  };
}
