/**
 * What is held is what is sent: the SDK sends `JSON.stringify(body)`, so a body that
 * serialises itself (`toJSON`) or answers a second read differently (a getter, a Proxy) must
 * be measured as it is sent, and sent as it was measured. Bodies JSON cannot carry (a cycle,
 * a BigInt) and an `n` no hold can bound are refused with a typed error, before anything is
 * held or sent.
 */
import { type Budget, createBudget, InvalidRequestError, TollgateError } from '@tollgate/core';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, UnmeteredEndpointError, withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

const longPrompt = 'lorem '.repeat(20_000);

const provider = useMockProvider({ defaultOutputTokens: 5_000 });

/** A property whose first read answers `first` and every later read `later`. */
function flipping(target: object, key: string, first: unknown, later: unknown): void {
  let reads = 0;
  Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      reads += 1;
      return reads === 1 ? first : later;
    },
  });
}

/** The hold of the one call made on `budget`, and what it was charged. */
async function heldAndCharged(budget: Budget): Promise<{ held: number; charged: number }> {
  const [entry] = await budget.ledger({ limit: 1 });
  return { held: Number(entry?.reservedUsd), charged: Number(entry?.actualUsd) };
}

describe.each(SDK_MAJORS)('%s', (name, SDK) => {
  let id = 0;
  const budgetOf = (limitUsd: string | number) =>
    createBudget({ id: `body-${name.replace(/\W/g, '')}-${++id}`, limitUsd });
  const client = (budget: Budget) =>
    withBudget(new SDK({ apiKey: 'test', baseURL: provider().openaiBaseURL, maxRetries: 0 }), {
      budget,
      estimate: 'bytes',
    });
  const small = {
    model: 'gpt-4o-mini',
    messages: [{ role: 'user' as const, content: 'hi' }],
    max_completion_tokens: 5,
  };

  test('a chat body whose toJSON sends a longer prompt is held for what it sends', async () => {
    const body = {
      ...small,
      toJSON: () => ({
        ...small,
        messages: [{ role: 'user', content: longPrompt }],
        max_completion_tokens: 5_000,
      }),
    };
    const tight = budgetOf('0.001');
    await expect(client(tight).chat.completions.create(body)).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    expect(provider().requests).toHaveLength(0);
    const roomy = budgetOf(10);
    await client(roomy).chat.completions.create(body);
    expect(provider().requests.at(-1)?.body).toEqual(JSON.parse(JSON.stringify(body)));
    const { held, charged } = await heldAndCharged(roomy);
    expect(charged).toBeGreaterThan(0.003);
    expect(held).toBeGreaterThanOrEqual(charged);
  });

  test('a getter answering the second read with more output sends what the hold read', async () => {
    const body: Record<string, unknown> = { model: 'gpt-4o-mini', messages: small.messages };
    flipping(body, 'max_completion_tokens', 5, 5_000);
    const budget = budgetOf('0.001');
    await client(budget).chat.completions.create(body as never);
    expect(provider().requests.at(-1)?.body).toMatchObject({ max_completion_tokens: 5 });
    const { held, charged } = await heldAndCharged(budget);
    expect(held).toBeGreaterThanOrEqual(charged);
  });

  test.each([
    ['max_completion_tokens', 1],
    ['max_tokens', 1],
  ])(
    'a bounding field inherited from Object.prototype (%s, not enumerable, so never sent) lowers no hold',
    async (field, value) => {
      // The chat body sends no maximum: held at the model's output limit, which this budget
      // cannot hold (one output token would fit).
      const body = { model: 'gpt-4o-mini', messages: small.messages };
      for (const sent of [body, { ...body, tools: [] }]) {
        Object.defineProperty(Object.prototype, field, { value, configurable: true });
        try {
          await expect(
            client(budgetOf('0.0001')).chat.completions.create(sent as never),
          ).rejects.toBeInstanceOf(BudgetExceededError);
        } finally {
          delete (Object.prototype as Record<string, unknown>)[field];
        }
      }
      expect(provider().requests).toHaveLength(0);
    },
  );

  test('a getter deep in a message is read once: the prompt sent is the prompt held', async () => {
    const message: Record<string, unknown> = { role: 'user' };
    flipping(message, 'content', 'hi', longPrompt);
    const budget = budgetOf('0.001');
    await client(budget).chat.completions.create({ ...small, messages: [message] } as never);
    const sent = provider().requests.at(-1)?.body as { messages: { content: string }[] };
    expect(sent.messages[0]?.content).toBe('hi');
    expect((await budget.status()).exceeded).toBe(false);
  });

  test('responses and embeddings are held for what their toJSON sends', async () => {
    const responsesBody = {
      model: 'gpt-4o-mini',
      input: 'hi',
      max_output_tokens: 5,
      toJSON: () => ({ model: 'gpt-4o-mini', input: longPrompt, max_output_tokens: 5 }),
    };
    await expect(client(budgetOf('0.001')).responses.create(responsesBody)).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    const input = { toJSON: () => [longPrompt, longPrompt, longPrompt, longPrompt] };
    await expect(
      client(budgetOf('0.0001')).embeddings.create({
        model: 'text-embedding-3-small',
        input: input as never,
      }),
    ).rejects.toBeInstanceOf(BudgetExceededError);
    expect(provider().requests).toHaveLength(0);
  });

  test('what is sent is what JSON.stringify makes of the body: Dates, undefined, functions, boxes', async () => {
    const when = new Date(Date.UTC(2026, 0, 2));
    const body = {
      ...small,
      metadata: {
        when,
        gone: undefined,
        also: () => 1,
        count: new Number(3),
        tag: new String('t'),
      },
      messages: [{ role: 'user', content: 'hi', name: undefined }],
      temperature: Number.NaN,
    };
    await client(budgetOf(10)).chat.completions.create(body as never);
    expect(provider().requests.at(-1)?.body).toEqual(JSON.parse(JSON.stringify(body)));
  });

  test('a body whose background flag flips after classification is refused, not sent uncharged', async () => {
    const body: Record<string, unknown> = {
      model: 'gpt-4o-mini',
      input: 'hi',
      max_output_tokens: 5,
    };
    flipping(body, 'background', false, true);
    const refusal = client(budgetOf(10)).responses.create(body as never);
    await expect(refusal).rejects.toBeInstanceOf(UnmeteredEndpointError);
    await expect(refusal).rejects.toMatchObject({ endpoint: 'POST /responses (background)' });
    expect(provider().requests).toHaveLength(0);
  });

  test('a cyclic body is refused with a typed error naming where the cycle is', async () => {
    const budget = budgetOf(10);
    const message: Record<string, unknown> = { role: 'user', content: 'hi' };
    message.self = message;
    const refusal = client(budget).chat.completions.create({
      ...small,
      messages: [message],
    } as never);
    await expect(refusal).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refusal).rejects.toThrow(
      'POST /chat/completions: expected a request body that can be sent as JSON, received a reference back to body.messages[0] (a cycle) at body.messages[0].self',
    );
    expect(provider().requests).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', spentUsd: '0', calls: 0 });
  });

  test('a BigInt in the body is refused with a typed error naming the field', async () => {
    const refusal = client(budgetOf(10)).chat.completions.create({ ...small, seed: 7n } as never);
    await expect(refusal).rejects.toThrow(InvalidRequestError);
    await expect(refusal).rejects.toThrow('received a BigInt (7n) at body.seed');
    expect(provider().requests).toHaveLength(0);
  });

  test('a metered path posted with a body that is not an object is refused', async () => {
    const wrapped = client(budgetOf(10));
    const refusal = wrapped.post('/chat/completions', {
      body: JSON.stringify(small),
      headers: { 'content-type': 'application/json' },
    });
    await expect(refusal).rejects.toThrow(
      /POST \/chat\/completions: expected the request body as an object, received "\{/,
    );
    expect(provider().requests).toHaveLength(0);
  });

  test.each([
    [
      2 ** 53 - 1,
      'n = 9007199254740991 asks for 9007199254740991 choices of up to 5 output tokens',
    ],
    [
      2 ** 60,
      'expected n (the number of choices) as a whole number from 1, received 1152921504606847000 (number)',
    ],
    [0, 'received 0 (number)'],
    [1.5, 'received 1.5 (number)'],
    ['2', 'received "2"'],
  ])('n = %s is refused as an invalid request naming n', async (n, message) => {
    const budget = budgetOf(1);
    const refusal = client(budget).chat.completions.create({ ...small, n } as never);
    await expect(refusal).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refusal).rejects.toThrow(message);
    await expect(refusal).rejects.toSatisfy(
      (error) => error instanceof TollgateError && error.code === 'INVALID_REQUEST',
    );
    expect(provider().requests).toHaveLength(0);
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  test('n = null asks for one choice, as the API reads it', async () => {
    const budget = budgetOf(1);
    await client(budget).chat.completions.create({ ...small, n: null });
    expect(provider().requests).toHaveLength(1);
  });
});
