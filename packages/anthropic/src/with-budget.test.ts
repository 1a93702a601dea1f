import type Anthropic from '@anthropic-ai/sdk';
import { type BudgetEvent, usageTokens } from '@tollgate/core';
import { countInputTokens, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BudgetExceededError,
  tollgateErrorOf,
  UnknownModelError,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';
import { costOf, freshBudget, onlyEntry, type SdkMajor, sdkMajors } from './test-support/sdks.js';

let mock: MockProvider;

beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const model = 'claude-opus-4-8';
const body = {
  model,
  max_tokens: 200,
  system: 'You answer in one short sentence.',
  messages: [{ role: 'user' as const, content: 'Name a prime number between ten and twenty.' }],
};

describe.each(sdkMajors)('$name', (sdk: SdkMajor) => {
  const raw = (): Anthropic => sdk.create({ baseURL: mock.anthropicBaseURL });

  describe('metered methods', () => {
    it('charges messages.create its exact cost before the SDK returns', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      const message = await client.messages.create(body);
      const status = await budget.status();
      expect(status.spentUsd).toBe(costOf(model, message.usage));
      expect(status.reservedUsd).toBe('0');
      expect(status.calls).toBe(1);
      const entry = await onlyEntry(budget);
      expect(entry.details).toMatchObject({
        provider: 'anthropic',
        model,
        tokens: usageTokens(
          { uncached: await countInputTokens('messages', body) },
          { text: message.usage.output_tokens },
        ),
        pricingVersion: expect.any(String),
      });
      expect(entry.details.partial).toBeUndefined();
    });

    it('charges messages.create from the SDK read of the body, never a read of its own', async () => {
      // The 1.x SDK looks at every response body (to register it for clean-up) before it reads
      // it with json(): looking must not make the kit read the body a second time.
      const nativeRead = vi.spyOn(Response.prototype, 'arrayBuffer');
      try {
        const budget = freshBudget();
        const message = await withBudget(raw(), { budget }).messages.create(body);
        expect((await budget.status()).spentUsd).toBe(costOf(model, message.usage));
        expect(nativeRead).not.toHaveBeenCalled();
      } finally {
        nativeRead.mockRestore();
      }
    });

    it('charges a streaming messages.create from its cumulative events', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      const stream = await client.messages.create({ ...body, stream: true });
      const types: string[] = [];
      for await (const event of stream) types.push(event.type);
      expect(types[0]).toBe('message_start');
      expect(types.at(-1)).toBe('message_stop');
      const input = await countInputTokens('messages', body);
      const entry = await onlyEntry(budget);
      expect(entry.actualUsd).toBe(costOf(model, { input_tokens: input, output_tokens: 16 }));
      expect(entry.details.tokens).toEqual(usageTokens({ uncached: input }, { text: 16 }));
      expect((await budget.status()).reservedUsd).toBe('0');
    });

    it('charges messages.stream, with its events, finalMessage and finalText intact', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      const texts: string[] = [];
      const stream = client.messages.stream(body).on('text', (text) => texts.push(text));
      const final = await stream.finalMessage();
      expect(texts.join('')).toBe(await stream.finalText());
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, final.usage));
    });

    it('charges messages.parse', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { text: '{"answer": 13}' } });
      const parsed = await client.messages.parse({
        ...body,
        output_config: {
          format: {
            type: 'json_schema',
            schema: { type: 'object', properties: { answer: { type: 'number' } } },
          },
        },
      } as Parameters<Anthropic['messages']['parse']>[0]);
      expect(parsed.content[0]).toMatchObject({ type: 'text' });
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, parsed.usage));
    });

    it('keeps withResponse and asResponse working', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      const { data, response } = await client.messages.create(body).withResponse();
      expect(response.status).toBe(200);
      expect(data.type).toBe('message');
      const rawResponse = await client.messages.create(body).asResponse();
      const json = (await rawResponse.json()) as { usage: unknown };
      const status = await budget.status();
      expect(status.calls).toBe(2);
      expect(status.spentUsd).toBe(
        (Number(costOf(model, data.usage)) + Number(costOf(model, json.usage)))
          .toFixed(6)
          .replace(/0+$/, ''),
      );
    });

    it('meters beta.messages create, stream and parse', async () => {
      const budget = freshBudget();
      const client = withBudget(raw(), { budget });
      const created = await client.beta.messages.create({
        ...body,
        betas: ['context-1m-2025-08-07'],
      });
      const streamed = await client.beta.messages.stream(body).finalMessage();
      const parsed = await client.beta.messages.parse(body);
      const entries = await budget.ledger();
      expect(entries.map((entry) => entry.actualUsd).sort()).toEqual(
        [created.usage, streamed.usage, parsed.usage].map((usage) => costOf(model, usage)).sort(),
      );
      expect(mock.requests.every((request) => request.path === '/v1/messages')).toBe(true);
    });
  });

  describe('refusal before dispatch', () => {
    it('throws BudgetExceededError and sends nothing when the hold does not fit', async () => {
      const budget = freshBudget('0.001');
      const client = withBudget(raw(), { budget });
      const refused = client.messages.create({ ...body, max_tokens: 4096 });
      await expect(refused).rejects.toBeInstanceOf(BudgetExceededError);
      await expect(refused).rejects.toMatchObject({
        code: 'BUDGET_EXCEEDED',
        budgetId: budget.id,
        limitUsd: '0.001',
      });
      // messages.stream() wraps errors that are not the SDK's own; the refusal is the cause.
      const streamError = await client.messages
        .stream(body)
        .finalMessage()
        .catch((error: unknown) => error);
      expect(tollgateErrorOf(streamError)).toBeInstanceOf(BudgetExceededError);
      expect(mock.requests).toHaveLength(0);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0', calls: 0 });
    });

    it('refuses a model no table prices, before sending', async () => {
      const client = withBudget(raw(), { limitUsd: 5 });
      await expect(
        client.messages.create({ ...body, model: 'claude-imaginary-9' }),
      ).rejects.toBeInstanceOf(UnknownModelError);
      expect(mock.requests).toHaveLength(0);
    });
  });

  describe('free and unmetered endpoints', () => {
    it('never reserves, charges or refuses countTokens and listings', async () => {
      const budget = freshBudget('0');
      const events: BudgetEvent[] = [];
      budget.on('reserved', (event) => events.push(event));
      budget.on('refused', (event) => events.push(event));
      const client = withBudget(raw(), { budget });
      const counted = await client.messages.countTokens({ model, messages: body.messages });
      expect(counted.input_tokens).toBe(
        await countInputTokens('messages', { model, messages: body.messages }),
      );
      await client.beta.messages.countTokens({ model, messages: body.messages });
      const models = await client.models.list();
      expect(models.data.length).toBeGreaterThan(0);
      await expect(client.messages.batches.list()).rejects.toMatchObject({ status: 404 });
      expect(events).toEqual([]);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', calls: 0 });
    });

    it("refuses Message Batches with UNMETERED_ENDPOINT unless unmetered: 'allow'", async () => {
      const request = {
        requests: [{ custom_id: 'one', params: body }],
      };
      const client = withBudget(raw(), { limitUsd: 5 });
      const refused = client.messages.batches.create(request);
      await expect(refused).rejects.toBeInstanceOf(UnmeteredEndpointError);
      await expect(refused).rejects.toMatchObject({
        code: 'UNMETERED_ENDPOINT',
        endpoint: 'POST /v1/messages/batches',
      });
      await expect(client.beta.messages.batches.create(request)).rejects.toMatchObject({
        code: 'UNMETERED_ENDPOINT',
      });
      expect(mock.requests).toHaveLength(0);
      const allowed = withBudget(raw(), { limitUsd: 5, unmetered: 'allow' });
      // The mock has no batches endpoint: reaching it (404) shows the request was sent.
      await expect(allowed.messages.batches.create(request)).rejects.toMatchObject({ status: 404 });
      expect(mock.requests).toHaveLength(1);
    });

    it.each([
      '/v1/organizations/../messages',
      '/v1/organizations/%2e%2e/messages',
      '/v1/organizations/.%2E/messages',
      '/v1/files/./../messages',
      '/v1/organizations\\..\\messages',
      '/v1/organizations/x/../../messages?beta=true',
    ])('meters a Messages call sent through a free-looking path (%s)', async (path) => {
      const post = (client: Anthropic) =>
        (client as unknown as { post(path: string, options: object): Promise<unknown> }).post(
          path,
          { body },
        );
      const refusing = withBudget(raw(), { limitUsd: '0.000001' });
      await expect(post(refusing)).rejects.toBeInstanceOf(BudgetExceededError);
      expect(mock.requests).toHaveLength(0);
      const budget = freshBudget();
      const message = (await post(withBudget(raw(), { budget }))) as Anthropic.Message;
      expect(mock.requests.map((request) => request.path)).toEqual(['/v1/messages']);
      expect((await onlyEntry(budget)).actualUsd).toBe(costOf(model, message.usage));
    });

    it('lets unmetered endpoints through on a shadow budget', async () => {
      const client = withBudget(raw(), { limitUsd: 5, enforce: false });
      await expect(
        client.messages.batches.create({ requests: [{ custom_id: 'one', params: body }] }),
      ).rejects.toMatchObject({ status: 404 });
      expect(mock.requests).toHaveLength(1);
    });
  });

  describe('derived clients and events', () => {
    it('withBudget(other) and withOptions keep metering on the right budget', async () => {
      const first = freshBudget();
      const second = freshBudget();
      const client = withBudget(raw(), { budget: first });
      const other = client.withBudget(second);
      expect(other.budget).toBe(second);
      await other.messages.create(body);
      await client.withOptions({ timeout: 5_000 }).messages.create(body);
      const privateOne = client.withBudget({ id: 'private-derived', limitUsd: 1 });
      await privateOne.messages.create(body);
      expect((await first.status()).calls).toBe(1);
      expect((await second.status()).calls).toBe(1);
      expect((await privateOne.budget.status()).calls).toBe(1);
      expect(client.budget).toBe(first);
    });

    it('emits reserved then settled, with the metadata of the client', async () => {
      const budget = freshBudget();
      const events: BudgetEvent[] = [];
      budget.on('reserved', (event) => events.push(event));
      budget.on('settled', (event) => events.push(event));
      const client = withBudget(raw(), { budget, metadata: { team: 'search' } });
      await client.messages.create(body);
      expect(events.map((event) => event.type)).toEqual(['reserved', 'settled']);
      expect(events[0]).toMatchObject({ metadata: { team: 'search' } });
      expect((await onlyEntry(budget)).details.metadata).toEqual({ team: 'search' });
    });

    it('does not change the client it was given', async () => {
      const original = raw();
      withBudget(original, { limitUsd: '0' });
      await original.messages.create(body);
      expect(mock.requests).toHaveLength(1);
    });

    it('emits unbounded-output and holds the model limit when max_tokens is missing', async () => {
      const budget = freshBudget(100);
      const seen: BudgetEvent[] = [];
      budget.on('unbounded-output', (event) => seen.push(event));
      const client = withBudget(raw(), { budget });
      const { max_tokens: _dropped, ...withoutMax } = body;
      // The mock, like the API, answers 400: the hold is released.
      await expect(
        client.messages.create({ ...withoutMax, stream: true } as unknown as Parameters<
          Anthropic['messages']['create']
        >[0]),
      ).rejects.toMatchObject({ status: 400 });
      expect(seen).toEqual([
        expect.objectContaining({ type: 'unbounded-output', model, assumedOutputTokens: 128_000 }),
      ]);
      expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
    });
  });
});
