/**
 * OpenRouter's reported cost, BYOK included, through the public API (`computeCost`,
 * `normalizeUsage`, `readUsage`, `checkCallUsage`). The figures are the shape of OpenRouter's
 * usage accounting: `cost` is what OpenRouter bills; under BYOK the upstream provider bills
 * the user's own key `cost_details.upstream_inference_cost` on top.
 */
import { usageTokens } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { computeCost } from './compute-cost.js';
import { InvalidUsageError } from './errors.js';
import { normalizeUsage } from './normalize-usage.js';
import { checkCallUsage, readUsage } from './read-usage.js';

const model = 'openai/gpt-4o';
// openai/gpt-4o on OpenRouter: $2.50 in / $10 out per million: 7 x 2.5 + 16 x 10 = $0.0001775.
const counts = { prompt_tokens: 7, completion_tokens: 16, total_tokens: 23 };
const TABLE_USD = '0.0001775';
const cost = (usage: object) => computeCost({ provider: 'openrouter', model, usage });

function issues(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidUsageError);
    return (error as InvalidUsageError).issues;
  }
  throw new Error('expected InvalidUsageError');
}

describe('OpenRouter BYOK: the call costs the fee plus the upstream bill', () => {
  it('reports cost + upstream_inference_cost, exact, with the upstream part apart', () => {
    const result = cost({
      ...counts,
      cost: 0.0000095,
      is_byok: true,
      cost_details: { upstream_inference_cost: 0.00019 },
    });
    // 0.0000095 + 0.00019 in floats is 0.00019950000000000002; exactly it is 0.0001995.
    expect(0.0000095 + 0.00019).not.toBe(0.0001995);
    expect(result.reportedUsd).toBe('0.0001995');
    expect(result.reportedUpstreamUsd).toBe('0.00019');
    // The table's price is the upstream model's, untouched.
    expect(result.totalUsd).toBe(TABLE_USD);
  });

  it('adds amounts in exponent form exactly (numbers below 1e-6 print as 9.5e-7)', () => {
    const result = cost({
      ...counts,
      cost: 9.5e-7,
      is_byok: true,
      cost_details: { upstream_inference_cost: 1.9e-7 },
    });
    expect(result.reportedUsd).toBe('0.00000114');
    expect(result.reportedUpstreamUsd).toBe('0.00000019');
  });

  it('without BYOK the upstream figure is already inside cost: cost alone', () => {
    for (const is_byok of [false, undefined, null]) {
      const result = cost({
        ...counts,
        cost: 0.0002,
        is_byok,
        cost_details: { upstream_inference_cost: 0.0002 },
      });
      expect(result.reportedUsd).toBe('0.0002');
      expect(result.reportedUpstreamUsd).toBeUndefined();
    }
  });

  it('BYOK without an upstream bill (absent, null or 0) falls back to the table: the fee alone would undercharge', () => {
    for (const cost_details of [
      undefined,
      {},
      { upstream_inference_cost: null },
      { upstream_inference_cost: 0 },
    ]) {
      const result = cost({ ...counts, cost: 0.0000095, is_byok: true, cost_details });
      expect(result.reportedUsd).toBeUndefined();
      expect(result.reportedUpstreamUsd).toBeUndefined();
      expect(result.totalUsd).toBe(TABLE_USD);
    }
  });

  it('the Responses shape (input_tokens) reads the same', () => {
    const result = cost({
      input_tokens: 7,
      output_tokens: 16,
      cost: '0.00001',
      is_byok: true,
      cost_details: { upstream_inference_cost: '0.0002' },
    });
    expect(result).toMatchObject({ reportedUsd: '0.00021', reportedUpstreamUsd: '0.0002' });
  });

  it('refuses a malformed is_byok or upstream cost, naming the field', () => {
    expect(issues(() => cost({ ...counts, cost: 0.1, is_byok: 'yes' }))).toEqual([
      { path: 'is_byok', message: 'expected a boolean, received "yes" (string)' },
    ]);
    expect(
      issues(() =>
        cost({
          ...counts,
          cost: 0.1,
          is_byok: true,
          cost_details: { upstream_inference_cost: -2 },
        }),
      ),
    ).toEqual([
      {
        path: 'cost_details.upstream_inference_cost',
        message: 'expected the reported cost as a non-negative decimal, received -2 (number)',
      },
    ]);
  });

  it('survives normalising twice and reading into a CallUsage', () => {
    const raw = {
      ...counts,
      cost: 0.0000095,
      is_byok: true,
      cost_details: { upstream_inference_cost: 0.00019 },
    };
    const once = normalizeUsage('openrouter', raw);
    expect(once).toMatchObject({
      reportedCostUsd: '0.0001995',
      reportedUpstreamCostUsd: '0.00019',
    });
    expect(normalizeUsage('openrouter', once)).toEqual(once);
    expect(readUsage('openrouter', raw, { model })).toEqual({
      tokens: usageTokens({ uncached: 7 }, { text: 16 }),
      model,
      reportedCostUsd: '0.0001995',
      reportedUpstreamCostUsd: '0.00019',
    });
  });

  it('refuses a normalised upstream part that is not a decimal string, comes alone or exceeds the total', () => {
    const base = { inputTokens: 1, outputTokens: 1 };
    expect(
      issues(() =>
        normalizeUsage('openrouter', { ...base, reportedCostUsd: '1', reportedUpstreamCostUsd: 1 }),
      ),
    ).toEqual([
      {
        path: 'reportedUpstreamCostUsd',
        message: 'expected the reported cost as a non-negative decimal string, received 1 (number)',
      },
    ]);
    expect(
      issues(() => normalizeUsage('openrouter', { ...base, reportedUpstreamCostUsd: '1' })),
    ).toEqual([
      {
        path: 'reportedUpstreamCostUsd',
        message: 'expected beside reportedCostUsd (its upstream part), which is missing',
      },
    ]);
    expect(
      issues(() =>
        normalizeUsage('openrouter', {
          ...base,
          reportedCostUsd: '1',
          reportedUpstreamCostUsd: '1.5',
        }),
      ),
    ).toEqual([
      {
        path: 'reportedUpstreamCostUsd',
        message:
          'expected at most reportedCostUsd ("1"), of which it is the upstream part, received "1.5"',
      },
    ]);
  });

  it('checkCallUsage types the upstream part like the reported cost', () => {
    const usage = {
      tokens: usageTokens({ uncached: 1 }, { text: 1 }),
      model,
      reportedCostUsd: '0.2',
      reportedUpstreamCostUsd: '0.1',
    };
    expect(checkCallUsage(usage)).toBe(usage);
    expect(issues(() => checkCallUsage({ ...usage, reportedUpstreamCostUsd: 0.1 }))).toEqual([
      { path: 'reportedUpstreamCostUsd', message: 'expected a string, received 0.1 (number)' },
    ]);
  });
});
