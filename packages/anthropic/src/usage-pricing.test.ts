import type Anthropic from '@anthropic-ai/sdk';
import { countInputTokens, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { estimateCost } from '@tollgate/pricing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { boundInputTokens } from './bound-input-tokens.js';
import { withBudget } from './index.js';
import { countTokensMargin } from './plan-message.js';
import {
  costOf,
  freshBudget,
  holds,
  onlyEntry,
  type SdkMajor,
  sdkMajors,
} from './test-support/sdks.js';

let mock: MockProvider;

beforeAll(async () => {
  mock = await startMockProvider();
  // claude-sonnet-4-5 (the model with a long-context tier) is deprecated: the SDK warns.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await mock.close();
});
beforeEach(() => mock.reset());

const model = 'claude-opus-4-8';
const body = {
  model,
  max_tokens: 300,
  system: 'You are a careful librarian.',
  messages: [{ role: 'user' as const, content: 'Suggest a book about lighthouses.' }],
};

describe.each(sdkMajors)('$name', (sdk: SdkMajor) => {
  const raw = (): Anthropic => sdk.create({ baseURL: mock.anthropicBaseURL });

  describe('cache tokens', () => {
    it.each([false, true])(
      'prices cache writes by TTL from the breakdown and cache reads (stream: %s)',
      async (stream) => {
        const budget = freshBudget();
        const client = withBudget(raw(), { budget });
        mock.script({
          respond: {
            usage: {
              cache_creation: { ephemeral_5m_input_tokens: 4, ephemeral_1h_input_tokens: 6 },
              cache_read_input_tokens: 5,
            },
          },
        });
        const usage = stream
          ? (await client.messages.stream(body).finalMessage()).usage
          : (await client.messages.create(body)).usage;
        const entry = await onlyEntry(budget);
        const counted = await countInputTokens('messages', body);
        expect(entry.details.tokens).toMatchObject({
          input: { uncached: counted - 15, cacheRead: 5, cacheWrite5m: 4, cacheWrite1h: 6 },
        });
        expect(entry.actualUsd).toBe(costOf(model, usage));
        expect(entry.actualUsd).not.toBe(
          costOf(model, { input_tokens: counted, output_tokens: usage.output_tokens }),
        );
      },
    );

    it('prices cache writes without a breakdown at the 5-minute rate', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { usage: { cache_creation_input_tokens: 9, cache_creation: null } } });
      const message = await client.messages.create(body);
      expect(message.usage.cache_creation).toBeNull();
      const entry = await onlyEntry(budget);
      expect(entry.details.tokens).toMatchObject({ input: { cacheWrite5m: 9, cacheWrite1h: 0 } });
      expect(entry.actualUsd).toBe(costOf(model, message.usage));
    });
  });

  describe('server tools', () => {
    const search = (maxUses?: number) => ({
      ...body,
      tools: [
        {
          type: 'web_search_20250305' as const,
          name: 'web_search' as const,
          ...(maxUses === undefined ? {} : { max_uses: maxUses }),
        },
      ],
    });

    it('charges web search and web fetch requests from server_tool_use', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({
        respond: { usage: { server_tool_use: { web_search_requests: 2, web_fetch_requests: 1 } } },
      });
      const message = await client.messages.create(search(3));
      const entry = await onlyEntry(budget);
      expect(entry.details.toolCalls).toEqual({ webSearch: 2, webFetch: 1 });
      expect(entry.actualUsd).toBe(costOf(model, message.usage));
      const withoutFees = costOf(model, { ...message.usage, server_tool_use: null });
      expect(Number(entry.actualUsd) - Number(withoutFees)).toBeCloseTo(0.02, 10);
    });

    it('holds the fees and results of max_uses searches, or of the assumed cap without it', async () => {
      const budget = freshBudget(100);
      const amounts = holds(budget);
      const client = withBudget(raw(), { budget });
      await client.messages.create(search(1));
      await client.messages.create(search(3));
      await client.messages.create(search());
      const [one, three, unset] = amounts.map(Number) as [number, number, number];
      // Each extra search: a $0.01 fee plus 10,000 result tokens at the dearest input rate ($10/M).
      expect(three - one).toBeCloseTo(2 * (0.01 + 10_000 * 10e-6), 10);
      // Without max_uses, 10 uses are assumed (and the request is 13 bytes shorter).
      const shorter = Buffer.byteLength(',"max_uses":1') * 10e-6;
      expect(unset - one).toBeCloseTo(9 * (0.01 + 10_000 * 10e-6) - shorter, 10);
    });
  });

  describe('long context', () => {
    const longModel = 'claude-sonnet-4-5';

    it('charges the long-context tier when total input passes 200k tokens', async () => {
      const budget = freshBudget(100);
      const client = withBudget(raw(), { budget });
      mock.script({
        respond: {
          usage: { input_tokens: 150_000, cache_read_input_tokens: 60_000 },
          outputTokens: 10,
        },
      });
      await client.messages.create({ ...body, model: longModel });
      const entry = await onlyEntry(budget);
      // Above 200k: input $6/M, cache reads $0.6/M, output $22.5/M.
      expect(entry.actualUsd).toBe('0.936225');
    });

    it('holds a request whose bound passes 200k tokens at the long-context tier', async () => {
      const budget = freshBudget(100);
      const amounts = holds(budget);
      const client = withBudget(raw(), { budget });
      const big = {
        ...body,
        model: longModel,
        messages: [{ role: 'user' as const, content: 'lighthouse '.repeat(20_000) }],
      };
      await client.messages.create(big);
      const bound = boundInputTokens(big, 1_000_000).tokens;
      expect(bound).toBeGreaterThan(200_000);
      const estimate = estimateCost({
        provider: 'anthropic',
        model: longModel,
        inputTokens: bound,
        maxOutputTokens: big.max_tokens,
      });
      expect(estimate.longContext).toBe(true);
      expect(amounts).toEqual([estimate.totalUsd]);
    });
  });

  describe('tiers, batch and thinking', () => {
    it('prices service_tier from the response: batch at batch rates, priority as standard', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { serviceTier: 'batch' } });
      const batched = await client.messages.create(body);
      mock.script({ respond: { serviceTier: 'priority' } });
      const priority = await client.messages.create(body);
      const [second, first] = await budget.ledger();
      expect(first?.actualUsd).toBe(costOf(model, batched.usage, true));
      expect(second?.actualUsd).toBe(costOf(model, { ...priority.usage, service_tier: null }));
    });

    it('batch: true holds and charges every call at batch rates', async () => {
      const budget = freshBudget();
      const amounts = holds(budget);
      const client = withBudget(raw(), { budget, batch: true });
      const message = await client.messages.create(body);
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, message.usage, true));
      const plain = freshBudget();
      const plainAmounts = holds(plain);
      await withBudget(raw(), { budget: plain }).messages.create(body);
      expect(Number(amounts[0])).toBeCloseTo(Number(plainAmounts[0]) / 2, 6);
    });

    it('counts thinking tokens inside output, billed once', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({
        respond: { outputTokens: 90, usage: { output_tokens_details: { thinking_tokens: 60 } } },
      });
      const message = await client.messages.create(body);
      const entry = await onlyEntry(budget);
      expect(entry.details.tokens).toMatchObject({ output: { text: 30, reasoning: 60 } });
      expect(entry.actualUsd).toBe(
        costOf(model, { input_tokens: message.usage.input_tokens, output_tokens: 90 }),
      );
    });

    it('takes the last cumulative message_delta, never adding the provisional count', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { outputTokens: 40 } });
      const final = await client.messages.stream(body).finalMessage();
      expect(final.usage.output_tokens).toBe(40);
      expect((await onlyEntry(budget)).details.tokens).toMatchObject({
        output: { text: 40, reasoning: 0 },
      });
    });
  });

  describe("estimate: 'count-tokens'", () => {
    it('asks the free count_tokens endpoint first and holds that count plus a margin', async () => {
      const budget = freshBudget();
      const amounts = holds(budget);
      const client = withBudget(raw(), { budget, estimate: 'count-tokens' });
      await client.messages.create(body);
      expect(mock.requests.map((request) => request.path)).toEqual([
        '/v1/messages/count_tokens',
        '/v1/messages',
      ]);
      expect(mock.requests[0]?.body).toEqual({
        model,
        system: body.system,
        messages: body.messages,
      });
      const counted = await countInputTokens('messages', body);
      const expected = estimateCost({
        provider: 'anthropic',
        model,
        inputTokens: counted + countTokensMargin(counted),
        maxOutputTokens: body.max_tokens,
      });
      expect(amounts).toEqual([expected.totalUsd]);
      expect((await budget.status()).calls).toBe(1);
    });

    it.each([
      [
        'mcp_servers',
        { mcp_servers: [{ type: 'url', url: 'https://mcp.example/sse', name: 'docs' }] },
      ],
      ['a thread continued', { thread: { type: 'continue', previous_message_id: 'msg_1' } }],
    ])(
      'holds the context window for input the count cannot see (%s), as the byte path does, without asking',
      async (_name, extra) => {
        const request = { ...body, ...extra } as never;
        // A 1M-token window at Opus rates holds about $10.
        const bytes = freshBudget('100');
        const byteHolds = holds(bytes);
        await withBudget(raw(), { budget: bytes }).beta.messages.create(request);
        const counted = freshBudget('100');
        const countedHolds = holds(counted);
        mock.reset();
        await withBudget(raw(), { budget: counted, estimate: 'count-tokens' }).beta.messages.create(
          request,
        );
        expect(mock.requests.map((sent) => sent.path)).toEqual(['/v1/messages']);
        const window = estimateCost({
          provider: 'anthropic',
          model,
          inputTokens: 1_000_000,
          maxOutputTokens: body.max_tokens,
        });
        expect(countedHolds).toEqual([window.totalUsd]);
        expect(byteHolds).toEqual(countedHolds);
      },
    );

    it('adds the deferred tool definitions a count leaves out, and counts a thread being created', async () => {
      const deferred = {
        name: 'lookup_catalogue',
        description: 'Finds a book in the catalogue by its subject. '.repeat(20),
        input_schema: { type: 'object', properties: { subject: { type: 'string' } } },
        defer_loading: true,
      };
      const search = { type: 'tool_search_tool_regex_20251119', name: 'tool_search_tool_regex' };
      const request = { ...body, tools: [search, deferred], thread: { type: 'create' } };
      const budget = freshBudget();
      const amounts = holds(budget);
      const client = withBudget(raw(), { budget, estimate: 'count-tokens' });
      await client.beta.messages.create(request as never);
      expect(mock.requests.map((sent) => sent.path)).toEqual([
        '/v1/messages/count_tokens',
        '/v1/messages',
      ]);
      const counted = await countInputTokens('messages', mock.requests[0]?.body as never);
      const expected = estimateCost({
        provider: 'anthropic',
        model,
        inputTokens:
          counted + countTokensMargin(counted) + Buffer.byteLength(JSON.stringify(deferred)),
        maxOutputTokens: body.max_tokens,
      });
      expect(amounts).toEqual([expected.totalUsd]);
    });

    it('falls back to the local bound when counting fails', async () => {
      const budget = freshBudget();
      const amounts = holds(budget);
      const client = withBudget(raw(), { budget, estimate: 'count-tokens' });
      mock.script({ match: { path: '/v1/messages/count_tokens' }, respond: { status: 400 } });
      await client.messages.create(body);
      const expected = estimateCost({
        provider: 'anthropic',
        model,
        inputTokens: boundInputTokens(body, 1_000_000).tokens,
        maxOutputTokens: body.max_tokens,
      });
      expect(amounts).toEqual([expected.totalUsd]);
    });

    it('falls back when count_tokens answers something that is not a count', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget, estimate: 'count-tokens' });
      mock.script({
        match: { path: '/v1/messages/count_tokens' },
        respond: { usage: { input_tokens: -1 } },
      });
      await client.messages.create(body);
      expect((await budget.status()).calls).toBe(1);
    });
  });
});
