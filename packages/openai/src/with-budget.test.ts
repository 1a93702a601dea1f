import {
  BudgetExceededError as CoreBudgetExceededError,
  createBudget,
  type LedgerEntry,
  totalOutputTokens,
  type UsageTokens,
  usageTokens,
} from '@tollgate/core';
import { countInputTokens, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { computeCost } from '@tollgate/pricing';
import OpenAI from 'openai';
import OpenAIv7 from 'openai-v7';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  BudgetExceededError,
  tollgateErrorOf,
  UnknownModelError,
  UnmeteredEndpointError,
  withBudget,
} from './index.js';

// Both majors at run time; typed through 6.x (the surfaces we call are the same).
const majors = [
  ['openai 6.x', OpenAI],
  ['openai 7.x', OpenAIv7 as unknown as typeof OpenAI],
] as const;

/** Output tokens (text and reasoning) a ledger entry records. */
const outputOf = (entry: LedgerEntry | undefined) =>
  totalOutputTokens(entry?.details.tokens as UsageTokens);

const hi = [{ role: 'user' as const, content: 'Hello there, how are you?' }];

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

async function only(entries: Promise<LedgerEntry[]>): Promise<LedgerEntry> {
  const list = await entries;
  expect(list).toHaveLength(1);
  return list[0] as LedgerEntry;
}

describe.each(majors)('%s', (_name, SDK) => {
  const raw = (options: ConstructorParameters<typeof OpenAI>[0] = {}) =>
    new SDK({ apiKey: 'test', baseURL: mock.openaiBaseURL, ...options });
  let id = 0;
  const budgetOf = (limitUsd: string | number = 10) =>
    createBudget({ id: `b-${_name.replace(/\W/g, '')}-${++id}`, limitUsd });

  test('chat.completions.create settles the exact cost of the returned usage, at the response tier', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    mock.script({
      respond: { serviceTier: 'priority', usage: { prompt_tokens_details: { cached_tokens: 4 } } },
    });
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 20,
    });
    const expected = computeCost({
      provider: 'openai',
      model: 'gpt-4o',
      usage: completion.usage,
      serviceTier: completion.service_tier,
    });
    const entry = await only(budget.ledger());
    expect(entry.actualUsd).toBe(expected.totalUsd);
    expect(entry.details).toMatchObject({
      provider: 'openai',
      model: 'gpt-4o',
      pricingVersion: expected.pricingVersion,
      tokens: usageTokens(
        { uncached: (completion.usage?.prompt_tokens ?? 0) - 4, cacheRead: 4 },
        { text: completion.usage?.completion_tokens ?? 0 },
      ),
    });
    expect(entry.details.partial).toBeUndefined();
    const status = await client.budget.status();
    expect(status.reservedUsd).toBe('0');
    expect(status.spentUsd).toBe(expected.totalUsd);
    expect(mock.requests).toHaveLength(1);
  });

  test('a chat stream gets include_usage, the caller never sees the usage chunk, the usage is charged', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    const body = { model: 'gpt-4o', messages: hi, max_completion_tokens: 8 };
    const stream = await client.chat.completions.create({ ...body, stream: true });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((chunk) => chunk.choices.length > 0)).toBe(true);
    const sent = mock.requests[0]?.body as Record<string, unknown>;
    expect(sent.stream_options).toEqual({ include_usage: true });
    const input = await countInputTokens('chat', sent);
    const entry = await only(budget.ledger());
    expect(entry.details.tokens).toEqual(usageTokens({ uncached: input }, { text: 8 }));
    expect(entry.actualUsd).toBe(
      computeCost({
        provider: 'openai',
        model: 'gpt-4o',
        usage: { prompt_tokens: input, completion_tokens: 8 },
      }).totalUsd,
    );
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('a caller who asked for include_usage sees the usage chunk', async () => {
    const client = withBudget(raw(), { limitUsd: 1 });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 4,
      stream: true,
      stream_options: { include_usage: true },
    });
    let usage: unknown;
    for await (const chunk of stream) if (chunk.usage) usage = chunk.usage;
    expect(usage).toMatchObject({ completion_tokens: 4 });
    expect(outputOf((await client.budget.ledger())[0])).toBe(4);
  });

  test('.parse, .stream().finalChatCompletion() and .runTools() are metered, every model turn', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    const parsed = await client.chat.completions.parse({
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 100,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: { type: 'object', properties: {} } },
      },
    });
    expect(parsed.choices[0]?.message.parsed).toEqual({});
    const final = await client.chat.completions
      .stream({ model: 'gpt-4o', messages: hi, max_completion_tokens: 6 })
      .finalChatCompletion();
    expect(final.choices[0]?.message.content).toBeTypeOf('string');
    const runner = client.chat.completions.runTools({
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 100,
      tool_choice: 'required',
      tools: [
        {
          type: 'function',
          function: {
            name: 'lookup',
            description: 'Looks something up',
            parameters: { type: 'object', properties: {} },
            function: () => 'found',
            parse: JSON.parse,
          },
        },
      ],
    });
    await runner.finalContent();
    const entries = await budget.ledger();
    // parse + stream + two runTools turns.
    expect(entries).toHaveLength(4);
    expect(mock.requests).toHaveLength(4);
    expect(entries.every((entry) => entry.details.partial === undefined)).toBe(true);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('responses.create (stream or not), .parse and .stream are metered', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    const response = await client.responses.create({
      model: 'gpt-4o',
      input: 'Hello',
      instructions: 'Be brief',
      max_output_tokens: 12,
      service_tier: 'flex',
    });
    const first = (await budget.ledger())[0];
    expect(first?.actualUsd).toBe(
      computeCost({
        provider: 'openai',
        model: 'gpt-4o',
        usage: response.usage,
        serviceTier: response.service_tier,
      }).totalUsd,
    );
    const stream = await client.responses.create({
      model: 'gpt-4o',
      input: 'Hello',
      max_output_tokens: 5,
      stream: true,
    });
    let completed: unknown;
    for await (const event of stream) {
      if (event.type === 'response.incomplete') completed = event.response.usage;
    }
    expect(completed).toMatchObject({ output_tokens: 5 });
    await client.responses.parse({
      model: 'gpt-4o',
      input: 'Hello',
      max_output_tokens: 100,
      text: {
        format: { type: 'json_schema', name: 'x', schema: { type: 'object', properties: {} } },
      },
    });
    const final = await client.responses
      .stream({ model: 'gpt-4o', input: 'Hi', max_output_tokens: 50 })
      .finalResponse();
    expect(final.usage?.output_tokens).toBe(16);
    const entries = await budget.ledger();
    expect(entries).toHaveLength(4);
    expect(outputOf(entries[2])).toBe(5);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('embeddings.create is charged its input tokens', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    const result = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['one two three', 'four'],
    });
    const entry = await only(budget.ledger());
    expect(entry.details.tokens).toEqual(usageTokens({ uncached: result.usage.prompt_tokens }));
    expect(entry.actualUsd).toBe(
      computeCost({ provider: 'openai', model: 'text-embedding-3-small', usage: result.usage })
        .totalUsd,
    );
  });

  test('withResponse() and asResponse() behave as on the raw client, and are charged', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    const body = { model: 'gpt-4o', messages: hi, max_completion_tokens: 3 };
    const { data, response, request_id } = await client.chat.completions
      .create(body)
      .withResponse();
    expect(data.usage?.completion_tokens).toBe(3);
    expect(response.status).toBe(200);
    expect(request_id).toBeTypeOf('string');
    const rawResponse = await client.chat.completions.create(body).asResponse();
    const json = (await rawResponse.json()) as { usage: { completion_tokens: number } };
    expect(json.usage.completion_tokens).toBe(3);
    expect(await budget.ledger()).toHaveLength(2);
  });

  test('a call over the limit is refused before dispatch: the provider receives nothing', async () => {
    const budget = budgetOf('0.0001');
    const client = withBudget(raw(), { budget });
    const call = client.chat.completions.create({ model: 'gpt-4o', messages: hi });
    await expect(call).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(call).rejects.toBeInstanceOf(CoreBudgetExceededError);
    await expect(call).rejects.toMatchObject({ code: 'BUDGET_EXCEEDED', budgetId: budget.id });
    expect(mock.requests).toHaveLength(0);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('helpers that drive calls wrap a refusal in the SDK error; tollgateErrorOf finds it', async () => {
    const client = withBudget(raw(), { limitUsd: '0.0000001' });
    const body = { model: 'gpt-4o', messages: hi, max_completion_tokens: 6 };
    const attempts = [
      () => client.chat.completions.stream(body).finalChatCompletion(),
      () => client.chat.completions.runTools({ ...body, tools: [] }).finalContent(),
      () =>
        client.responses
          .stream({ model: 'gpt-4o', input: 'Hi', max_output_tokens: 6 })
          .finalResponse(),
    ];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(SDK.OpenAIError);
      expect(tollgateErrorOf(error)).toBeInstanceOf(BudgetExceededError);
      expect(tollgateErrorOf(error)?.code).toBe('BUDGET_EXCEEDED');
    }
    expect(mock.requests).toHaveLength(0);
  });

  test('an unknown model is refused before dispatch', async () => {
    const client = withBudget(raw(), { limitUsd: 100 });
    await expect(
      client.chat.completions.create({ model: 'gpt-nonexistent', messages: hi }),
    ).rejects.toBeInstanceOf(UnknownModelError);
    expect(mock.requests).toHaveLength(0);
  });

  test('unmetered paid endpoints are refused, unless allowed; free endpoints pass', async () => {
    const client = withBudget(raw({ maxRetries: 0 }), { limitUsd: 100 });
    const image = client.images.generate({ model: 'gpt-image-1', prompt: 'a cat' });
    await expect(image).rejects.toBeInstanceOf(UnmeteredEndpointError);
    await expect(image).rejects.toMatchObject({
      code: 'UNMETERED_ENDPOINT',
      endpoint: 'POST /images/generations',
    });
    await expect(
      client.responses.create({ model: 'gpt-4o', input: 'x', background: true }),
    ).rejects.toMatchObject({ code: 'UNMETERED_ENDPOINT' });
    expect(mock.requests).toHaveLength(0);
    const models = await client.models.list();
    expect(models.data.length).toBeGreaterThan(0);
    const allowed = withBudget(raw({ maxRetries: 0 }), { limitUsd: 100, unmetered: 'allow' });
    // The mock has no images endpoint: the 404 proves the request was sent.
    await expect(
      allowed.images.generate({ model: 'gpt-image-1', prompt: 'a cat' }),
    ).rejects.toBeInstanceOf(SDK.NotFoundError);
    expect((await allowed.budget.status()).calls).toBe(0);
  });

  test('SDK errors pass through untouched and release the hold', async () => {
    const budget = budgetOf();
    const client = withBudget(raw(), { budget });
    mock.script({ respond: { status: 400 } });
    const call = client.chat.completions.create({ model: 'gpt-4o', messages: hi });
    await expect(call).rejects.toBeInstanceOf(SDK.BadRequestError);
    await expect(call).rejects.toMatchObject({ status: 400, code: 'context_length_exceeded' });
    expect(mock.requests).toHaveLength(1);
    const status = await budget.status();
    expect(status).toMatchObject({ reservedUsd: '0', spentUsd: '0', calls: 0 });
  });

  test('one reservation per logical call, whatever the SDK retries', async () => {
    const budget = budgetOf();
    const reserved: string[] = [];
    const released: string[] = [];
    budget.on('reserved', (event) => reserved.push(event.reservationId));
    budget.on('released', (event) => released.push(event.reservationId));
    const client = withBudget(raw({ maxRetries: 2 }), { budget });
    mock.script({ times: 3, respond: { status: 500, retryAfterSeconds: 0.001 } });
    await expect(
      client.chat.completions.create({ model: 'gpt-4o', messages: hi }),
    ).rejects.toBeInstanceOf(SDK.InternalServerError);
    expect(mock.requests.map((request) => request.attempt)).toEqual([0, 1, 2]);
    expect(reserved).toHaveLength(1);
    expect(released).toEqual(reserved);

    mock.reset();
    mock.script({ times: 2, respond: { status: 529, retryAfterSeconds: 0.001 } });
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 2,
    });
    expect(completion.usage?.completion_tokens).toBe(2);
    expect(reserved).toHaveLength(2);
    expect(await budget.ledger()).toHaveLength(1);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('timeouts and abort signals behave as on the raw client and release the hold', async () => {
    const budget = budgetOf();
    const client = withBudget(raw({ maxRetries: 0 }), { budget });
    mock.script({ respond: { latencyMs: 500 } });
    await expect(
      client.chat.completions.create({ model: 'gpt-4o', messages: hi }, { timeout: 50 }),
    ).rejects.toBeInstanceOf(SDK.APIConnectionTimeoutError);
    mock.script({ respond: { latencyMs: 500 } });
    const controller = new AbortController();
    const call = client.chat.completions.create(
      { model: 'gpt-4o', messages: hi },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toBeInstanceOf(SDK.APIUserAbortError);
    await expect.poll(async () => (await budget.status()).reservedUsd).toBe('0');
    expect((await budget.status()).spentUsd).toBe('0');
  });

  describe('streams that end early settle what was consumed', () => {
    const body = {
      model: 'gpt-4o',
      messages: hi,
      max_completion_tokens: 16,
      stream: true,
    } as const;

    test('caller break', async () => {
      const budget = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { chunkDelayMs: 20 } });
      const stream = await client.chat.completions.create(body);
      let seen = 0;
      for await (const _chunk of stream) if (++seen === 3) break;
      const entry = await only(budget.ledger());
      expect(entry.details.partial).toBe(true);
      expect(outputOf(entry)).toBeGreaterThanOrEqual(2);
      expect(Number(entry.actualUsd)).toBeGreaterThan(0);
      expect(Number(entry.actualUsd)).toBeLessThan(Number(entry.reservedUsd));
      expect((await budget.status()).reservedUsd).toBe('0');
    });

    test('abort signal', async () => {
      const budget = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { chunkDelayMs: 10 } });
      const controller = new AbortController();
      const stream = await client.chat.completions.create(body, { signal: controller.signal });
      // The SDK ends an aborted stream quietly or with APIUserAbortError, by version.
      await (async () => {
        let seen = 0;
        for await (const _chunk of stream) if (++seen === 2) controller.abort();
      })().catch((error: unknown) => expect(error).toBeInstanceOf(SDK.APIUserAbortError));
      const entry = await only(budget.ledger());
      expect(entry.details.partial).toBe(true);
    });

    test('dropped connection', async () => {
      const budget = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { dropAfterChunks: 4 } });
      const stream = await client.chat.completions.create(body);
      await expect(
        (async () => {
          for await (const _chunk of stream);
        })(),
      ).rejects.toThrow();
      const entry = await only(budget.ledger());
      expect(entry.details.partial).toBe(true);
      expect(outputOf(entry)).toBe(3);
      expect(mock.requests).toHaveLength(1);
    });

    test('error event (chat throws, responses yields it)', async () => {
      const budget = budgetOf();
      const client = withBudget(raw(), { budget });
      mock.script({ respond: { errorEventAfterChunks: 3 } });
      const stream = await client.chat.completions.create(body);
      await expect(
        (async () => {
          for await (const _chunk of stream);
        })(),
      ).rejects.toBeInstanceOf(SDK.APIError);
      mock.script({ respond: { errorEventAfterChunks: 4 } });
      const events = await client.responses.create({
        model: 'gpt-4o',
        input: 'Hi',
        max_output_tokens: 16,
        stream: true,
      });
      const types: string[] = [];
      // 6.x yields the error event; 7.x throws it.
      await (async () => {
        for await (const event of events) types.push(event.type);
      })().catch((error: unknown) => expect(error).toBeInstanceOf(SDK.APIError));
      expect(types.length).toBeGreaterThan(0);
      const entries = await budget.ledger();
      expect(entries).toHaveLength(2);
      expect(entries.every((entry) => entry.details.partial === true)).toBe(true);
      expect((await budget.status()).reservedUsd).toBe('0');
    });
  });

  test('concurrency: hundreds of calls on a small budget never go over, nothing stays held', async () => {
    const budget = budgetOf('0.05');
    const client = withBudget(raw({ maxRetries: 0 }), { budget, estimate: 'tokenizer' });
    const calls = Array.from({ length: 300 }, (_, index) =>
      index % 3 === 0
        ? (async () => {
            const stream = await client.chat.completions.create({
              model: 'gpt-4o',
              messages: hi,
              max_completion_tokens: 400,
              stream: true,
            });
            for await (const _chunk of stream);
          })()
        : client.chat.completions.create({
            model: 'gpt-4o',
            messages: hi,
            max_completion_tokens: 400,
          }),
    );
    const results = await Promise.allSettled(calls);
    const admitted = results.filter((result) => result.status === 'fulfilled').length;
    const refused = results.filter(
      (result) => result.status === 'rejected' && result.reason instanceof BudgetExceededError,
    ).length;
    expect(admitted + refused).toBe(300);
    expect(admitted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(mock.requests).toHaveLength(admitted);
    const status = await budget.status();
    expect(status.reservedUsd).toBe('0');
    expect(status.calls).toBe(admitted);
    expect(Number(status.spentUsd)).toBeLessThanOrEqual(0.05);
  });

  test('maxConcurrency bounds the calls in flight', async () => {
    const budget = budgetOf();
    let inFlight = 0;
    let most = 0;
    budget.on('reserved', () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
    });
    budget.on('settled', () => {
      inFlight -= 1;
    });
    const client = withBudget(raw(), { budget, maxConcurrency: 2 });
    mock.script({ times: 8, respond: { latencyMs: 15 } });
    await Promise.all(
      Array.from({ length: 8 }, () =>
        client.chat.completions.create({ model: 'gpt-4o', messages: hi, max_completion_tokens: 2 }),
      ),
    );
    expect(most).toBeLessThanOrEqual(2);
    expect(await budget.ledger()).toHaveLength(8);
  });

  test("maxConcurrency is the client's: the clients derived with withOptions and withBudget(next) wait in its line", async () => {
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    const budget = budgetOf();
    const other = budgetOf();
    const client = withBudget(raw({ fetch: counting }), { budget, maxConcurrency: 1 });
    const ask = (copy: typeof client) =>
      copy.chat.completions.create({ model: 'gpt-4o', messages: hi, max_completion_tokens: 2 });
    mock.script({ times: 6, respond: { latencyMs: 15 } });
    await Promise.all([
      ask(client),
      ask(client.withOptions({ timeout: 10_000 })),
      ask(client.withOptions({ maxRetries: 0 })),
      ask(client.withBudget(budget)),
      ask(client.withBudget(other)),
      ask(client.withOptions({ timeout: 9_000 }).withBudget({ budget: other })),
    ]);
    expect(most).toBe(1);
    expect((await budget.status()).calls).toBe(4);
    expect((await other.status()).calls).toBe(2);
  });

  test('maxConcurrency: each withBudget(client, options) call has a line of its own', async () => {
    let inFlight = 0;
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const gated: typeof fetch = async (input, init) => {
      inFlight += 1;
      await gate;
      return fetch(input, init);
    };
    const budget = budgetOf();
    const rawClient = raw({ fetch: gated });
    const first = withBudget(rawClient, { budget, maxConcurrency: 1 });
    const second = withBudget(rawClient, { budget, maxConcurrency: 1 });
    const ask = (copy: typeof first) =>
      copy.chat.completions.create({ model: 'gpt-4o', messages: hi, max_completion_tokens: 2 });
    const both = Promise.all([ask(first), ask(second)]);
    await vi.waitFor(() => expect(inFlight).toBe(2));
    open();
    await both;
    expect((await budget.status()).calls).toBe(2);
  });

  test.each([
    ['signal', { signal: 'x' }],
    ['method', { method: 42 }],
    ['method', { method: null }],
  ])(
    'a per-request %s of the wrong kind (%o) fails as the raw SDK fails it, holding nothing',
    async (_name, bad) => {
      const budget = budgetOf();
      const ask = (client: OpenAI) =>
        client.chat.completions
          .create(
            { model: 'gpt-4o', messages: hi, max_completion_tokens: 2 },
            { ...(bad as object), maxRetries: 0 },
          )
          .then(
            () => new Error('sent'),
            (error: unknown) => error as Error,
          );
      const rawError = await ask(raw());
      const wrappedError = await ask(withBudget(raw(), { budget }));
      expect(rawError).toBeInstanceOf(SDK.APIConnectionError);
      expect(wrappedError).toBeInstanceOf(rawError.constructor);
      expect(wrappedError.message).toBe(rawError.message);
      expect(mock.requests).toHaveLength(0);
      await vi.waitFor(async () =>
        expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0', calls: 0 }),
      );
    },
  );

  test('events: unbounded-output when no maximum is set; settled carries model, tokens, reserved and actual', async () => {
    const budget = budgetOf();
    const unbounded: number[] = [];
    const settled: LedgerEntry[] = [];
    budget.on('unbounded-output', (event) => unbounded.push(event.assumedOutputTokens));
    budget.on('settled', (event) => settled.push(event.entry));
    const client = withBudget(raw(), { budget, metadata: { team: 'search' } });
    await client.chat.completions.create({ model: 'gpt-4o', messages: hi, n: 2 });
    await client.responses.create({ model: 'gpt-4o', input: 'x' });
    await client.chat.completions.create({ model: 'gpt-4o', messages: hi, max_tokens: 5 });
    expect(unbounded).toEqual([16384 * 2, 16384]);
    expect(settled).toHaveLength(3);
    for (const entry of settled) {
      expect(entry.details.model).toBe('gpt-4o');
      expect(entry.details.metadata).toEqual({ team: 'search' });
      expect(Number(entry.reservedUsd)).toBeGreaterThanOrEqual(Number(entry.actualUsd));
    }
  });

  test('a derived client charges its own budget; the client passed in is not changed', async () => {
    const shared = raw();
    const first = budgetOf();
    const second = budgetOf();
    const client = withBudget(shared, { budget: first });
    const other = client.withBudget(second);
    expect(other.budget).toBe(second);
    const body = { model: 'gpt-4o', messages: hi, max_completion_tokens: 2 };
    await other.chat.completions.create(body);
    await shared.chat.completions.create(body);
    expect(await first.ledger()).toHaveLength(0);
    expect(await second.ledger()).toHaveLength(1);
    const privateOne = client.withBudget({ limitUsd: 1 });
    await privateOne.chat.completions.create(body);
    expect((await privateOne.budget.status()).calls).toBe(1);
    const timed = client.withOptions({ timeout: 10_000 });
    await timed.chat.completions.create(body);
    expect(await first.ledger()).toHaveLength(1);
  });

  test("estimate 'auto' counts exactly only when the byte bound does not fit", async () => {
    const long = 'Tokenizers merge common words into single tokens. '.repeat(400);
    const body = {
      model: 'gpt-4o',
      messages: [{ role: 'user' as const, content: long }],
      max_completion_tokens: 1,
    };
    const holds: Record<string, string> = {};
    for (const estimate of ['bytes', 'tokenizer'] as const) {
      const client = withBudget(raw(), { limitUsd: 10, estimate });
      await client.chat.completions.create(body);
      holds[estimate] = (await client.budget.ledger())[0]?.reservedUsd ?? '';
    }
    expect(Number(holds.tokenizer)).toBeLessThan(Number(holds.bytes) / 4);
    // A limit between the two holds: 'bytes' refuses, 'auto' falls back to the exact count.
    const limit = ((Number(holds.tokenizer) + Number(holds.bytes)) / 2).toFixed(6);
    await expect(
      withBudget(raw(), { limitUsd: limit, estimate: 'bytes' }).chat.completions.create(body),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    const auto = withBudget(raw(), { limitUsd: limit });
    await auto.chat.completions.create(body);
    expect((await auto.budget.ledger())[0]?.reservedUsd).toBe(holds.tokenizer);
    const roomy = withBudget(raw(), { limitUsd: 10 });
    await roomy.chat.completions.create(body);
    expect((await roomy.budget.ledger())[0]?.reservedUsd).toBe(holds.bytes);
  });
});
