/**
 * Chat Completions Predicted Outputs: the prediction's tokens the model rejects are billed
 * as completion tokens beyond `max_completion_tokens`, so the hold adds a bound of the
 * prediction (its UTF-8 bytes) to the output.
 */
import { createBudget, money } from '@tollgate/core';
import { computeCost, defaultPricing } from '@tollgate/pricing';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

const provider = useMockProvider();

const predicted = 'const value = 1;\n'.repeat(300);
// 1,000 of the prediction's tokens rejected: billed as completion tokens, past the maximum of 10.
const usage = {
  prompt_tokens: 20,
  completion_tokens: 1210,
  total_tokens: 1230,
  completion_tokens_details: { accepted_prediction_tokens: 200, rejected_prediction_tokens: 1000 },
};
const billed = computeCost({ provider: 'openai', model: 'gpt-4.1', usage }).totalUsd;
const messages = [{ role: 'user' as const, content: 'rename value' }];

describe.each(SDK_MAJORS)('%s', (name, SDK) => {
  let id = 0;
  const budgetOf = (limitUsd: string) =>
    createBudget({ id: `prediction-${name.replace(/\W/g, '')}-${++id}`, limitUsd });
  const raw = () => new SDK({ apiKey: 'test', baseURL: provider().openaiBaseURL, maxRetries: 0 });

  test('a prediction the budget cannot cover if rejected is refused, nothing sent', async () => {
    const budget = budgetOf('0.002');
    const call = withBudget(raw(), { budget }).chat.completions.create({
      model: 'gpt-4.1',
      messages,
      max_completion_tokens: 10,
      prediction: { type: 'content', content: predicted },
    });
    await expect(call).rejects.toBeInstanceOf(BudgetExceededError);
    expect(provider().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  });

  test.each([
    ['a string', predicted],
    [
      'text parts',
      [
        { type: 'text', text: predicted.slice(0, 2000) },
        { type: 'text', text: predicted.slice(2000) },
      ],
    ],
  ])(
    'a prediction as %s is held as output, so rejected tokens stay within the hold',
    async (_label, content) => {
      provider().script({ respond: { usage } });
      const budget = budgetOf('1');
      await withBudget(raw(), { budget }).chat.completions.create({
        model: 'gpt-4.1',
        messages,
        max_completion_tokens: 10,
        prediction: { type: 'content', content: content as string },
      });
      const [entry] = await budget.ledger({ limit: 1 });
      expect(entry?.actualUsd).toBe(billed);
      expect(entry?.overrunUsd).toBe('0');
      const outputAlone = defaultPricing().boundUsd({
        provider: 'openai',
        model: 'gpt-4.1',
        inputTokens: 0,
        maxOutputTokens: 10 + Buffer.byteLength(predicted, 'utf8'),
      });
      expect(money(entry?.reservedUsd ?? '0').gte(money(outputAlone))).toBe(true);
    },
  );

  test('a stream cut short is charged its counted output, within the hold', async () => {
    provider().script({ respond: { outputTokens: 200, dropAfterChunks: 3 } });
    const budget = budgetOf('1');
    const stream = await withBudget(raw(), { budget }).chat.completions.create({
      model: 'gpt-4.1',
      messages,
      max_completion_tokens: 10,
      prediction: { type: 'content', content: predicted },
      stream: true,
    });
    await expect(async () => {
      for await (const _chunk of stream) {
        // read until the connection drops
      }
    }).rejects.toThrow();
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.details.partial).toBe(true);
    expect(money(entry?.actualUsd ?? '1').lte(money(entry?.reservedUsd ?? '0'))).toBe(true);
  });

  test('null or absent, the prediction adds nothing', async () => {
    const budget = budgetOf('1');
    const client = withBudget(raw(), { budget });
    await client.chat.completions.create({ model: 'gpt-4.1', messages, max_completion_tokens: 10 });
    await client.chat.completions.create({
      model: 'gpt-4.1',
      messages,
      max_completion_tokens: 10,
      prediction: null,
    });
    const [second, first] = await budget.ledger({ limit: 2 });
    expect(second?.reservedUsd).toBe(first?.reservedUsd);
  });
});
