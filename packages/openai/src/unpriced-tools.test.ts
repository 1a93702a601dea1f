/**
 * Responses hosted tools billed beyond tokens at rates no table holds (file search per
 * call, code interpreter and a shell in a container per container session) are refused before anything is sent, unless
 * `unmetered: 'allow'` lets them through with their tokens held and charged.
 */
import { createBudget } from '@tollgate/core';
import { describe, expect, test } from 'vitest';
import { UnmeteredEndpointError, withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';
import { refuseUnpricedTools } from './unpriced-tools.js';

const provider = useMockProvider();

const fileSearch = { type: 'file_search', vector_store_ids: ['vs_1'] } as const;
const codeInterpreter = { type: 'code_interpreter', container: { type: 'auto' } } as const;

describe.each(SDK_MAJORS)('%s', (name, SDK) => {
  let id = 0;
  const budgetOf = (options: { enforce?: boolean } = {}) =>
    createBudget({ id: `tools-${name.replace(/\W/g, '')}-${++id}`, limitUsd: 10, ...options });
  const raw = () => new SDK({ apiKey: 'test', baseURL: provider().openaiBaseURL, maxRetries: 0 });
  const ask = (tools: unknown[]) => ({
    model: 'gpt-4.1',
    input: 'find it',
    max_output_tokens: 20,
    tools: tools as never,
  });

  test.each([
    ['file_search', [fileSearch], 'billed per call'],
    [
      'code_interpreter',
      [{ type: 'function', name: 'f', parameters: {} }, codeInterpreter],
      'billed per container session',
    ],
    [
      'image_generation',
      [{ type: 'image_generation' }],
      "billed per image at the image model's rates",
    ],
    [
      'shell',
      [{ type: 'shell', environment: { type: 'container_auto', memory_limit: '4g' } }],
      'billed per container session when it runs in a container',
    ],
    [
      'shell',
      [{ type: 'shell', environment: { type: 'container_reference', container_id: 'cntr_1' } }],
      'billed per container session when it runs in a container',
    ],
  ])(
    'a call enabling the %s tool is refused, naming the tool and the option',
    async (tool, tools, fee) => {
      const budget = budgetOf();
      const refusal = withBudget(raw(), { budget }).responses.create(ask(tools));
      await expect(refusal).rejects.toBeInstanceOf(UnmeteredEndpointError);
      await expect(refusal).rejects.toMatchObject({
        code: 'UNMETERED_ENDPOINT',
        endpoint: `POST /responses (tool ${tool})`,
      });
      await expect(refusal).rejects.toThrow(`the ${tool} tool is ${fee} on top of tokens`);
      await expect(refusal).rejects.toThrow("Pass unmetered: 'allow' to withBudget");
      expect(provider().requests).toHaveLength(0);
      expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
    },
  );

  test("with unmetered: 'allow' the call is sent and its tokens are held and charged", async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget, unmetered: 'allow' });
    const response = await client.responses.create(ask([fileSearch, codeInterpreter]));
    expect(provider().requests).toHaveLength(1);
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.details.tokens).toBeDefined();
    expect(Number(entry?.actualUsd)).toBeGreaterThan(0);
    expect(response.usage?.input_tokens).toBeGreaterThan(0);
  });

  test('a budget that does not enforce lets the call through, metered', async () => {
    const budget = budgetOf({ enforce: false });
    await withBudget(raw(), { budget }).responses.create(ask([codeInterpreter]));
    expect((await budget.status()).calls).toBe(1);
  });

  test('a shell tool the caller runs (a local environment, or none) is held as before', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    await client.responses.create(ask([{ type: 'shell', environment: { type: 'local' } }]));
    await client.responses.create(ask([{ type: 'shell' }, { type: 'shell', environment: null }]));
    expect(provider().requests).toHaveLength(2);
    expect((await budget.status()).calls).toBe(2);
  });

  test('priced tools (web search, functions) are held as before', async () => {
    const budget = budgetOf();
    await withBudget(raw(), { budget }).responses.create(
      ask([{ type: 'web_search' }, { type: 'function', name: 'f', parameters: {} }]),
    );
    expect((await budget.status()).calls).toBe(1);
  });
});

describe('refuseUnpricedTools', () => {
  const budget = createBudget({ id: 'tools-unit', limitUsd: 1 });
  test('looks past entries that are not tools, and at every tool', () => {
    expect(() =>
      refuseUnpricedTools(
        [null, 'file_search', { type: 7 }, { type: 'toString' }, fileSearch],
        'POST /responses',
        budget,
        'refuse',
      ),
    ).toThrow(UnmeteredEndpointError);
    expect(() =>
      refuseUnpricedTools(
        [null, { type: 'toString' }, { type: 'web_search' }],
        'POST /responses',
        budget,
        'refuse',
      ),
    ).not.toThrow();
    expect(() =>
      refuseUnpricedTools({ type: 'file_search' }, 'POST /responses', budget, 'refuse'),
    ).not.toThrow();
  });
});
