import { InvalidRequestError } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { fallbackRuns, unmeteredFallbacks } from './anthropic-fallbacks.js';
import { defaultPricing } from './default-pricing.js';
import { UnknownModelError } from './errors.js';

const pricing = defaultPricing();
const resolve = (id: string) => pricing.resolve('anthropic', id);

describe('unmeteredFallbacks', () => {
  it("names 'default' and a fast hop; lets listed hops and no fallbacks through", () => {
    expect(unmeteredFallbacks('default')).toBe('fallbacks: default');
    expect(unmeteredFallbacks([{ model: 'claude-opus-4-1', speed: 'fast' }])).toBe('speed: fast');
    expect(unmeteredFallbacks([{ model: 'claude-opus-4-1', speed: 'standard' }])).toBeUndefined();
    for (const none of [undefined, null, 'other', []])
      expect(unmeteredFallbacks(none)).toBeUndefined();
  });
});

describe('fallbackRuns', () => {
  it("runs each hop once on its model, its own max_tokens or else the request's", () => {
    const runs = fallbackRuns(
      [{ model: 'claude-opus-4-1', max_tokens: 50 }, { model: 'claude-sonnet-4-5' }],
      200,
      resolve,
    );
    expect(runs.map((run) => [run.model.id, run.maxOutputTokens, run.runs])).toEqual([
      ['claude-opus-4-1', 50, 1],
      ['claude-sonnet-4-5', 200, 1],
    ]);
    expect(fallbackRuns('default', 200, resolve)).toEqual([]);
  });

  it('refuses a hop without a model id, or with a model no table prices', () => {
    expect(() => fallbackRuns([{ max_tokens: 5 }], 200, resolve)).toThrow(InvalidRequestError);
    expect(() => fallbackRuns(['claude-opus-4-1'], 200, resolve)).toThrow('fallbacks[0]');
    expect(() => fallbackRuns([{ model: 'claude-imaginary-9' }], 200, resolve)).toThrow(
      UnknownModelError,
    );
  });
});
