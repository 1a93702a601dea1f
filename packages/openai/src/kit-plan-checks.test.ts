/**
 * The adapter kit's checks of a route's plan, through `meterClient` over the real openai SDK
 * against the mock provider: a plan the kit cannot hold or observe is refused at the call with
 * `InvalidOptionsError`, before any byte is sent, rather than sent and charged its hold.
 */
import { type Budget, createBudget, InvalidOptionsError } from '@tollgate/core';
import { type MeteringPlan, meterClient, type StainlessClient } from '@tollgate/core/adapter';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { defaultPricing, usagePricer } from '@tollgate/pricing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(() => mock.close());

const price = usagePricer(defaultPricing(), 'openai', 'gpt-4o-mini');
const usage = {
  model: 'gpt-4o-mini',
  tokens: {
    input: { uncached: 10, cacheRead: 0, cacheWrite5m: 0, cacheWrite1h: 0 },
    output: { text: 5, reasoning: 0 },
  },
};
const observer = { json: () => ({ usage }), event: () => true, end: () => ({ usage }) };
const goodPlan = (holdUsd = '0.5'): MeteringPlan => ({
  holdUsd,
  model: 'gpt-4o-mini',
  observer,
  price,
});

let id = 0;
/** One call through a client whose route answers `plan`; the budget and the error, if any. */
async function callWith(
  plan: () => unknown,
  limitUsd = '10',
): Promise<{ budget: Budget; error: unknown }> {
  const budget = createBudget({ id: `kit-plan-checks-${++id}`, limitUsd });
  const raw = new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
  const client = meterClient(raw as unknown as StainlessClient, {
    budget,
    route: () => ({ kind: 'metered', plan: plan as () => MeteringPlan }),
  }) as unknown as OpenAI;
  mock.reset();
  try {
    await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 5,
    });
    return { budget, error: undefined };
  } catch (error) {
    return { budget, error };
  }
}

/** The call was refused with the plan's error, naming `named`, and nothing was sent or held. */
async function expectRefused(plan: () => unknown, named: string, limitUsd?: string) {
  const { budget, error } = await callWith(plan, limitUsd);
  expect(error).toBeInstanceOf(InvalidOptionsError);
  expect((error as InvalidOptionsError).issues).toEqual([
    { path: 'route', message: expect.stringContaining(named) },
  ]);
  expect((error as Error).message).toMatch(/for POST \/chat\/completions$/);
  expect(mock.requests).toHaveLength(0);
  expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0' });
}

describe("meterClient refuses a plan's bad tighten at the call, before anything is sent", () => {
  test('a tighten that is no function, whether or not the hold is refused', async () => {
    for (const limitUsd of ['10', '0.01']) {
      await expectRefused(
        () => ({ ...goodPlan('1'), tighten: 42 }),
        'a plan with tighten 42 (number), where a function returning a tighter plan or none was expected',
        limitUsd,
      );
    }
  });

  test('a tighter plan the kit cannot hold or observe, refused before it is held', async () => {
    const tighter: [Record<string, unknown>, string][] = [
      [{ holdUsd: '0.5', model: 'gpt-4o-mini' }, 'a plan with observer undefined'],
      [{ ...goodPlan(), observer: {} }, 'observer.json undefined, where a function was expected'],
      [{ ...goodPlan(), model: 42 }, 'model 42 (number), where a non-empty model id was expected'],
    ];
    for (const [plan, named] of tighter) {
      await expectRefused(() => ({ ...goodPlan('100'), tighten: () => plan }), named);
      await expectRefused(
        () => ({ ...goodPlan('100'), tighten: () => plan }),
        "expected the metered route's plan's tighten() to return a MeteringPlan",
      );
    }
  });
});

describe('meterClient refuses a partly wrong plan at the call, before anything is sent', () => {
  test('an observer without json/event/end, a model that is no id, a body that is no object, junk unboundedOutputTokens', async () => {
    const wrong: [Record<string, unknown>, string][] = [
      [
        { observer: {} },
        'observer.json undefined, where a function was expected; observer.event undefined, where a function was expected; observer.end undefined, where a function was expected',
      ],
      [{ observer: { ...observer, end: undefined } }, 'observer.end undefined'],
      [{ model: 42 }, 'model 42 (number), where a non-empty model id was expected'],
      [{ model: '' }, 'model ""'],
      [{ body: 42 }, 'body 42 (number), where a JSON object or none was expected'],
      [{ body: 'text' }, 'body "text", where a JSON object or none was expected'],
      [
        { unboundedOutputTokens: 'lots' },
        'unboundedOutputTokens "lots", where a whole number of tokens from 0 or none was expected',
      ],
      [{ unboundedOutputTokens: -5 }, 'unboundedOutputTokens -5 (number)'],
    ];
    for (const [fields, named] of wrong) {
      await expectRefused(() => ({ ...goodPlan(), ...fields }), named);
    }
  });

  test('the control: a good plan with a body and unboundedOutputTokens is sent and charged its usage', async () => {
    const { budget, error } = await callWith(() => ({
      ...goodPlan(),
      body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] },
      unboundedOutputTokens: 16_384,
    }));
    expect(error).toBeUndefined();
    expect(mock.requests).toHaveLength(1);
    expect(await budget.status()).toMatchObject({ spentUsd: '0.0000045', reservedUsd: '0' });
  });

  test('the control: a good plan with a tighten is sent and charged its usage', async () => {
    const { budget, error } = await callWith(() => ({
      ...goodPlan('100'),
      tighten: () => goodPlan('0.5'),
    }));
    expect(error).toBeUndefined();
    expect(mock.requests).toHaveLength(1);
    expect(await budget.status()).toMatchObject({ spentUsd: '0.0000045', reservedUsd: '0' });
  });
});
