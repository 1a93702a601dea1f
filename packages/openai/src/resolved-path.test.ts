/**
 * A path is classified as the URL parser resolves it, which is where the request goes: a
 * dot segment behind a free prefix (`/organization/../chat/completions`) reaches a metered
 * endpoint and is held and charged like it.
 */
import { createBudget } from '@tollgate/core';
import { describe, expect, test } from 'vitest';
import { BudgetExceededError, UnmeteredEndpointError, withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

const provider = useMockProvider();

const body = {
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'hi' }],
  max_completion_tokens: 5,
};

describe.each(SDK_MAJORS)('%s', (name, SDK) => {
  let id = 0;
  const client = (limitUsd: string) =>
    withBudget(new SDK({ apiKey: 'test', baseURL: provider().openaiBaseURL, maxRetries: 0 }), {
      budget: createBudget({ id: `path-${name.replace(/\W/g, '')}-${++id}`, limitUsd }),
    });

  test.each([
    '/organization/../chat/completions',
    '/organization/%2e%2e/chat/completions',
    '/organization\\..\\chat/completions',
  ])('POST %s is held like /chat/completions: refused when it cannot be', async (path) => {
    await expect(client('0.000001').post(path, { body })).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    expect(provider().requests).toHaveLength(0);
  });

  test('and charged its cost when it is sent', async () => {
    const wrapped = client('1');
    await wrapped.post('/organization/../chat/completions', { body });
    expect(provider().requests.at(-1)?.path).toBe('/v1/chat/completions');
    const status = await wrapped.budget.status();
    expect(status.calls).toBe(1);
    expect(Number(status.spentUsd)).toBeGreaterThan(0);
  });

  test('a path that climbs above the base URL is refused as unmetered', async () => {
    await expect(client('1').post('/../v1/chat/completions', { body })).rejects.toBeInstanceOf(
      UnmeteredEndpointError,
    );
    expect(provider().requests).toHaveLength(0);
  });
});
