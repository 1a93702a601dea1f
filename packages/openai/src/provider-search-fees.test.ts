/**
 * Searches and server-side tools other providers bill per use: OpenRouter's web plugin and
 * `web_search_options`, xAI's Responses tools and Live Search. Where the model's table holds
 * the fee it is held and charged; where none does the call is refused under
 * `unmetered: 'refuse'` (the default), and sent with only its tokens metered under 'allow'.
 */
import { createBudget } from '@tollgate/core';
import { describe, expect, test } from 'vitest';
import { UnmeteredEndpointError, withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

const provider = useMockProvider();

/** The client keeps the provider's base URL (detection reads it); requests go to the mock. */
const viaLoopback: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  return fetch(`${provider().url}${url.pathname}${url.search}`, init);
};

const OPENROUTER = 'https://openrouter.ai/api/v1';
const XAI = 'https://api.x.ai/v1';
const messages = [{ role: 'user' as const, content: 'latest news' }];

describe.each(SDK_MAJORS)('%s', (name, SDK) => {
  let id = 0;
  const budgetOf = (options: { enforce?: boolean } = {}) =>
    createBudget({ id: `fees-${name.replace(/\W/g, '')}-${++id}`, limitUsd: 1, ...options });
  const clientOf = (baseURL: string, unmetered?: 'allow') => {
    const budget = budgetOf();
    const raw = new SDK({ apiKey: 'test', baseURL, fetch: viaLoopback, maxRetries: 0 });
    const client = withBudget(raw, { budget, ...(unmetered ? { unmetered } : {}) });
    return { budget, client };
  };
  const chat = (model: string, extra: Record<string, unknown>) =>
    ({ model, messages, max_completion_tokens: 50, ...extra }) as never;
  const respond = (model: string, tools: unknown[]) =>
    ({ model, input: 'latest news', max_output_tokens: 50, tools }) as never;

  async function refused(call: Promise<unknown>, feature: string): Promise<void> {
    await expect(call).rejects.toBeInstanceOf(UnmeteredEndpointError);
    await expect(call).rejects.toMatchObject({
      code: 'UNMETERED_ENDPOINT',
      endpoint: expect.stringContaining(`(${feature})`),
    });
    await expect(call).rejects.toThrow("Pass unmetered: 'allow'");
    expect(provider().requests).toHaveLength(0);
  }

  describe('OpenRouter', () => {
    const model = 'openai/gpt-4o-mini';

    test.each([
      [
        'the web plugin',
        { plugins: [{ id: 'file-parser' }, { id: 'web', max_results: 5 }] },
        'plugin web',
      ],
      ['web_search_options', { web_search_options: { search_context_size: 'high' } }, 'web search'],
    ])('%s is refused: no table holds its fee', async (_label, extra, feature) => {
      const { client, budget } = clientOf(OPENROUTER);
      await refused(client.chat.completions.create(chat(model, extra)), feature);
      expect(await budget.status()).toMatchObject({ reservedUsd: '0', calls: 0 });
    });

    test('a search model is refused, its per-request fee unpriced', async () => {
      const { client } = clientOf(OPENROUTER);
      const call = client.chat.completions.create(chat('openai/gpt-4o-search-preview', {}));
      await refused(call, 'web search');
    });

    test('a web search tool on the Responses endpoint is refused', async () => {
      const { client } = clientOf(OPENROUTER);
      await refused(
        client.responses.create(respond(model, [{ type: 'web_search' }])),
        'web search',
      );
    });

    test("under unmetered: 'allow' the plugin is sent and the reported cost charged", async () => {
      provider().script({
        respond: { usage: { prompt_tokens: 10, completion_tokens: 5, cost: 0.02021 } },
      });
      const { client, budget } = clientOf(OPENROUTER, 'allow');
      await client.chat.completions.create(chat(model, { plugins: [{ id: 'web' }] }));
      expect(provider().requests[0]?.body).toMatchObject({ plugins: [{ id: 'web' }] });
      const [entry] = await budget.ledger({ limit: 1 });
      expect(entry?.actualUsd).toBe('0.02021');
    });

    test('other plugins, and a model whose id only contains "search", pass', async () => {
      const { client, budget } = clientOf(OPENROUTER);
      await client.chat.completions.create(chat(model, { plugins: [{ id: 'response-healing' }] }));
      await client.chat.completions.create(chat('nousresearch/hermes-4-70b', {}));
      await client.chat.completions.create(chat('relace/relace-search', {}));
      expect((await budget.status()).calls).toBe(3);
    });
  });

  describe('xAI', () => {
    const model = 'grok-4-fast-reasoning';

    test.each([
      [[{ type: 'web_search' }], 'web search'],
      [[{ type: 'x_search' }], 'tool x_search'],
      [[{ type: 'code_interpreter' }], 'tool code_interpreter'],
      [
        [{ type: 'function', name: 'f', parameters: {} }, { type: 'code_execution' }],
        'tool code_execution',
      ],
      [[{ type: 'collections_search' }], 'tool collections_search'],
    ])('Responses tools %j are refused as unpriced', async (tools, feature) => {
      const { client } = clientOf(XAI);
      await refused(client.responses.create(respond(model, tools)), feature);
    });

    test.each([[{ mode: 'on', max_search_results: 20 }], [{ mode: 'auto' }], [{}]])(
      'Chat Live Search (search_parameters %j) is refused as unpriced',
      async (search) => {
        const { client } = clientOf(XAI);
        const call = client.chat.completions.create(chat(model, { search_parameters: search }));
        await refused(call, 'search_parameters');
      },
    );

    test('Live Search turned off, or null, is sent as any call', async () => {
      const { client, budget } = clientOf(XAI);
      await client.chat.completions.create(chat(model, { search_parameters: { mode: 'off' } }));
      await client.chat.completions.create(chat(model, { search_parameters: null }));
      expect((await budget.status()).calls).toBe(2);
    });

    test("under unmetered: 'allow' the tools are sent with their tokens held and charged", async () => {
      const { client, budget } = clientOf(XAI, 'allow');
      await client.responses.create(respond(model, [{ type: 'web_search' }, { type: 'x_search' }]));
      expect(provider().requests).toHaveLength(1);
      const [entry] = await budget.ledger({ limit: 1 });
      expect(Number(entry?.actualUsd)).toBeGreaterThan(0);
    });

    test('a budget that does not enforce lets them through, metered', async () => {
      const budget = budgetOf({ enforce: false });
      const raw = new SDK({ apiKey: 'test', baseURL: XAI, fetch: viaLoopback, maxRetries: 0 });
      await withBudget(raw, { budget }).responses.create(respond(model, [{ type: 'x_search' }]));
      expect((await budget.status()).calls).toBe(1);
    });
  });

  describe('OpenAI', () => {
    test('web_search_options on a search model is held and charged one search, as before', async () => {
      const { client, budget } = clientOf('https://api.openai.com/v1');
      await client.chat.completions.create(
        chat('gpt-4o-search-preview', { web_search_options: { search_context_size: 'high' } }),
      );
      const [entry] = await budget.ledger({ limit: 1 });
      expect(entry?.details.toolCalls).toEqual({ webSearch: 1 });
    });

    test('web_search_options on another model is held and charged one search at its fee', async () => {
      const { client, budget } = clientOf('https://api.openai.com/v1');
      await client.chat.completions.create(chat('gpt-4.1', { web_search_options: {} }));
      const [entry] = await budget.ledger({ limit: 1 });
      expect(entry?.details.toolCalls).toEqual({ webSearch: 1 });
    });

    test('a hosted web search tool through Chat on xAI is refused as unpriced', async () => {
      const { client } = clientOf(XAI);
      const call = client.chat.completions.create(
        chat('grok-4-fast-reasoning', { tools: [{ type: 'web_search' }] }),
      );
      await refused(call, 'web search');
    });

    test.each([
      [
        'https://generativelanguage.googleapis.com/v1beta/openai/',
        'gemini-2.5-flash',
        'google_search',
      ],
      ['https://api.groq.com/openai/v1', 'openai/gpt-oss-120b', 'browser_search'],
    ])('a hosted Chat tool on %s is refused as unpriced', async (baseURL, model, type) => {
      const { client } = clientOf(baseURL);
      const call = client.chat.completions.create(chat(model, { tools: [{ type }] }));
      await refused(call, `tool ${type}`);
    });

    test('function and custom Chat tools pass', async () => {
      const { client, budget } = clientOf('https://api.openai.com/v1');
      const tools = [
        null,
        { type: 'function', function: { name: 'f', parameters: {} } },
        { type: 'custom', custom: { name: 'g' } },
      ];
      await client.chat.completions.create(chat('gpt-4.1', { tools }));
      expect((await budget.status()).calls).toBe(1);
    });

    test('a Chat tool of a hosted, unpriced kind is refused', async () => {
      const { client } = clientOf('https://api.openai.com/v1');
      const call = client.chat.completions.create(
        chat('gpt-4.1', { tools: [{ type: 'code_interpreter' }] }),
      );
      await refused(call, 'tool code_interpreter');
    });
  });
});
