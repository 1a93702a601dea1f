import { usageTokens } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { defaultPricing } from './default-pricing.js';
import { InvalidUsageError, UnknownModelError } from './errors.js';
import { iterationPricer } from './iteration-pricer.js';
import { usagePricer } from './usage-pricer.js';

const pricing = defaultPricing();
const model = 'claude-haiku-4-5';
const priceAs = (id: string) =>
  usagePricer(pricing, 'anthropic', pricing.resolve('anthropic', id).id, {
    priceUsageModel: false,
  });
const usage = { tokens: usageTokens({ uncached: 10 }, { text: 100 }), model };
const costOf = (id: string, raw: unknown) =>
  computeCost({ provider: 'anthropic', model: id, usage: raw }).totalUsd;

describe('iterationPricer', () => {
  it('prices a usage without iterations as the model serving when it ended', () => {
    const served = iterationPricer(
      { iterations: undefined, servingModel: 'claude-opus-4-1' },
      model,
      priceAs,
    );
    expect(served(usage)).toMatchObject({
      model: 'claude-opus-4-1',
      costUsd: costOf('claude-opus-4-1', { input_tokens: 10, output_tokens: 100 }),
    });
    const requested = iterationPricer({ iterations: [], servingModel: undefined }, model, priceAs);
    expect(requested(usage).costUsd).toBe(costOf(model, { input_tokens: 10, output_tokens: 100 }));
  });

  it('adds the tool fees of the whole usage once, beside the iterations', () => {
    const iteration = { type: 'message', model: null, input_tokens: 10, output_tokens: 5 };
    const price = iterationPricer(
      { iterations: [iteration], servingModel: undefined },
      model,
      priceAs,
    );
    const withSearches = { ...usage, toolCalls: { webSearch: 2 } };
    expect(price(withSearches).costUsd).toBe(
      costOf(model, { ...iteration, server_tool_use: { web_search_requests: 2 } }),
    );
  });

  it('throws a typed error for an iteration that is not a usage, or names a model no table prices', () => {
    expect(() =>
      iterationPricer({ iterations: [42], servingModel: undefined }, model, priceAs)(usage),
    ).toThrow(InvalidUsageError);
    expect(() =>
      iterationPricer({ iterations: [42], servingModel: undefined }, model, priceAs)(usage),
    ).toThrow('iterations.0: expected an object, received 42 (number)');
    const unknown = {
      type: 'fallback_message',
      model: 'claude-imaginary-9',
      input_tokens: 1,
      output_tokens: 1,
    };
    expect(() =>
      iterationPricer({ iterations: [unknown], servingModel: undefined }, model, priceAs)(usage),
    ).toThrow(UnknownModelError);
  });

  it('prices each iteration at its own model and names the model that served', () => {
    const iterations = [
      { type: 'message', model: 'claude-haiku-4-5', input_tokens: 10, output_tokens: 2 },
      { type: 'fallback_message', model: 'claude-opus-4-1', input_tokens: 10, output_tokens: 90 },
    ];
    const price = iterationPricer({ iterations, servingModel: undefined }, model, priceAs)(usage);
    const haiku = costOf('claude-haiku-4-5', { input_tokens: 10, output_tokens: 2 });
    const opus = costOf('claude-opus-4-1', { input_tokens: 10, output_tokens: 90 });
    expect(price.model).toBe('claude-opus-4-1');
    expect(Number(price.costUsd)).toBeCloseTo(Number(haiku) + Number(opus), 12);
  });
});
