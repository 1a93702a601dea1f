/**
 * OpenRouter's fallback routing (`models: [...]`): the call may be served, and billed, by any
 * model of the list, so it is held at the dearest of them and charged as the model the
 * response names. A loopback `node:http` server answers as the fallback model did (the
 * mock provider echoes the requested model), as JSON or as a stream.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBudget, formatUsd, money } from '@tollgate/core';
import { computeCost, defaultPricing } from '@tollgate/pricing';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  BudgetExceededError,
  InvalidRequestError,
  UnknownModelError,
  withBudget,
} from './index.js';
import { SDK_MAJORS } from './test-support/loopback.js';

const CHEAP = 'openai/gpt-4o-mini';
const DEAR = 'anthropic/claude-opus-4';
const counts = { prompt_tokens: 1000, completion_tokens: 1000, total_tokens: 2000 };

/** What the server answers next: the model it names, and the cost it reports. */
let answer: { model: string; cost?: number; cut?: boolean } = { model: DEAR };
const bodies: Record<string, unknown>[] = [];

function respond(body: Record<string, unknown>, res: import('node:http').ServerResponse): void {
  const usage = { ...counts, ...(answer.cost === undefined ? {} : { cost: answer.cost }) };
  const base = { id: 'gen-1', created: 1, model: answer.model, provider: 'Anthropic' };
  if (body.stream === true) {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const delta = { index: 0, delta: { role: 'assistant', content: 'hello' }, finish_reason: null };
    const chunks = [
      { ...base, object: 'chat.completion.chunk', choices: [delta] },
      { ...base, object: 'chat.completion.chunk', choices: [], usage },
    ];
    if (answer.cut === true) {
      // A first chunk that names no model, then the connection drops before the usage chunk.
      const { model: _named, ...unnamed } = chunks[0] as Record<string, unknown>;
      res.write(`data: ${JSON.stringify(unnamed)}\n\n`, () => res.destroy());
      return;
    }
    for (const chunk of chunks) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    res.end('data: [DONE]\n\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  const message = { role: 'assistant', content: 'hello' };
  const choices = [{ index: 0, message, finish_reason: 'stop' }];
  res.end(JSON.stringify({ ...base, object: 'chat.completion', choices, usage }));
}

let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    req.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      bodies.push(body);
      respond(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  bodies.length = 0;
  answer = { model: DEAR };
});

/** OpenRouter's base URL (what detection reads), each request sent to the loopback server. */
const viaLoopback: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  return fetch(`${origin}${url.pathname}${url.search}`, init);
};

const tableUsd = (model: string) =>
  computeCost({ provider: 'openrouter', model, usage: counts }).totalUsd;
const hi = [{ role: 'user' as const, content: 'hi' }];

describe.each(SDK_MAJORS)('%s', (name, SDK) => {
  let id = 0;
  const budgetOf = (limitUsd: string) =>
    createBudget({ id: `fallback-${name.replace(/\W/g, '')}-${++id}`, limitUsd });
  const client = (limitUsd: string) => {
    const budget = budgetOf(limitUsd);
    const raw = new SDK({
      apiKey: 'test',
      baseURL: 'https://openrouter.ai/api/v1',
      fetch: viaLoopback,
      maxRetries: 0,
    });
    return { budget, openrouter: withBudget(raw, { budget }) };
  };
  const ask = (extra: Record<string, unknown>) =>
    ({ model: CHEAP, messages: hi, max_completion_tokens: 1000, ...extra }) as never;

  test('a call that a dearer fallback could serve past the limit is refused, nothing sent', async () => {
    const { budget, openrouter } = client('0.01');
    const call = openrouter.chat.completions.create(ask({ models: [CHEAP, DEAR] }));
    await expect(call).rejects.toBeInstanceOf(BudgetExceededError);
    expect(bodies).toHaveLength(0);
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
  });

  test('the hold covers the dearest model of the list, and the call is charged as the model that served', async () => {
    const { budget, openrouter } = client('1');
    await openrouter.chat.completions.create(ask({ models: [CHEAP, DEAR] }));
    const alone = defaultPricing().boundUsd({
      provider: 'openrouter',
      model: DEAR,
      inputTokens: 0,
      maxOutputTokens: 1000,
    });
    const [entry] = await budget.ledger({ limit: 1 });
    expect(money(entry?.reservedUsd ?? '0').gte(money(alone))).toBe(true);
    expect(entry?.actualUsd).toBe(tableUsd(DEAR));
    expect(entry?.details).toMatchObject({ responseModel: DEAR });
    expect(bodies[0]?.models).toEqual([CHEAP, DEAR]);
  });

  test('a stream served by the fallback is charged as it', async () => {
    const { budget, openrouter } = client('1');
    const stream = (await openrouter.chat.completions.create(
      ask({ models: [DEAR], stream: true }),
    )) as unknown as AsyncIterable<unknown>;
    for await (const _chunk of stream) {
      // read to the end
    }
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.actualUsd).toBe(tableUsd(DEAR));
  });

  test('a stream cut before its usage or a model name is priced at the dearest model, within the hold', async () => {
    const { budget, openrouter } = client('1');
    answer = { model: DEAR, cut: true };
    const stream = (await openrouter.chat.completions.create(
      ask({ models: [CHEAP, DEAR], stream: true }),
    )) as unknown as AsyncIterable<unknown>;
    await expect(async () => {
      for await (const _chunk of stream) {
        // read until the connection drops
      }
    }).rejects.toThrow();
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.details).toMatchObject({ partial: true, model: DEAR });
    // Nothing says which model served: priced at the dearest that could have.
    expect(entry?.details.capped).toBeUndefined();
    expect(money(entry?.actualUsd ?? '1').lte(money(entry?.reservedUsd ?? '0'))).toBe(true);
  });

  test('a served model the table does not know is charged at the dearest of the list', async () => {
    const { budget, openrouter } = client('1');
    answer = { model: 'anthropic/claude-opus-4-20990101-unlisted' };
    await openrouter.chat.completions.create(ask({ models: [DEAR, CHEAP] }));
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.actualUsd).toBe(tableUsd(DEAR));
  });

  test('the reported cost is charged when the usage carries one', async () => {
    const { budget, openrouter } = client('1');
    answer = { model: DEAR, cost: 0.0901 };
    // The dearest first, a cheaper fallback after it.
    await openrouter.chat.completions.create(ask({ model: DEAR, models: [CHEAP] }));
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.actualUsd).toBe('0.0901');
  });

  test('without `model` the list alone names the models', async () => {
    const { budget, openrouter } = client('1');
    await openrouter.chat.completions.create({
      messages: hi,
      max_completion_tokens: 1000,
      models: [CHEAP, DEAR],
    } as never);
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.actualUsd).toBe(tableUsd(DEAR));
  });

  test('without a maximum, the widest output limit of the list is assumed and held at the dearest', async () => {
    const { budget, openrouter } = client('1000');
    const assumed: number[] = [];
    budget.on('unbounded-output', (event) => assumed.push(event.assumedOutputTokens));
    await openrouter.chat.completions.create({
      model: CHEAP,
      messages: hi,
      models: [CHEAP, DEAR],
    } as never);
    const pricing = defaultPricing();
    const limits = [CHEAP, DEAR].map((id) => pricing.resolve('openrouter', id).maxOutputTokens);
    expect(assumed).toEqual([Math.max(...limits)]);
    const dearAlone = pricing.boundUsd({
      provider: 'openrouter',
      model: DEAR,
      inputTokens: 0,
      maxOutputTokens: pricing.resolve('openrouter', DEAR).maxOutputTokens,
    });
    const [entry] = await budget.ledger({ limit: 1 });
    expect(money(entry?.reservedUsd ?? '0').gte(money(dearAlone))).toBe(true);
  });

  test('a list of one model without `model` is that model', async () => {
    const { budget, openrouter } = client('1');
    await openrouter.chat.completions.create({
      messages: hi,
      max_completion_tokens: 1000,
      models: [DEAR],
    } as never);
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.actualUsd).toBe(tableUsd(DEAR));
    expect(bodies[0]?.model).toBeUndefined();
  });

  test('an unknown model in the list is refused like an unknown `model`, nothing sent', async () => {
    const { openrouter } = client('1');
    const call = openrouter.chat.completions.create(ask({ models: [CHEAP, 'acme/no-such-model'] }));
    await expect(call).rejects.toBeInstanceOf(UnknownModelError);
    await expect(call).rejects.toMatchObject({ model: 'acme/no-such-model' });
    expect(bodies).toHaveLength(0);
  });

  test.each([
    ['a string', DEAR, 'an array of model ids'],
    ['a number in the list', [CHEAP, 7], 'models[1]'],
    ['an empty id', [''], 'models[0]'],
  ])('`models` as %s is refused as an invalid request', async (_label, models, says) => {
    const { openrouter } = client('1');
    const call = openrouter.chat.completions.create(ask({ models }));
    await expect(call).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call).rejects.toThrow(says);
    expect(bodies).toHaveLength(0);
  });

  test('the Responses endpoint holds the dearest model of its list too', async () => {
    const { openrouter } = client('0.01');
    const call = openrouter.responses.create({
      model: CHEAP,
      input: 'hi',
      max_output_tokens: 1000,
      models: [CHEAP, DEAR],
    } as never);
    await expect(call).rejects.toBeInstanceOf(BudgetExceededError);
    expect(bodies).toHaveLength(0);
  });
});

test('an empty or null list changes nothing: the named model is held alone', async () => {
  for (const models of [[], null]) {
    const budget = createBudget({ id: `fallback-empty-${String(models)}`, limitUsd: '0.01' });
    const raw = new SDK_MAJORS[0][1]({
      apiKey: 'test',
      baseURL: 'https://openrouter.ai/api/v1',
      fetch: viaLoopback,
      maxRetries: 0,
    });
    answer = { model: CHEAP };
    await withBudget(raw, { budget }).chat.completions.create({
      model: CHEAP,
      messages: hi,
      max_completion_tokens: 1000,
      models,
    } as never);
    const [entry] = await budget.ledger({ limit: 1 });
    expect(entry?.actualUsd).toBe(formatUsd(money(tableUsd(CHEAP))));
  }
});
