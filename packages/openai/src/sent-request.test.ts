import { createBudget, UnmeteredEndpointError } from '@tollgate/core';
import { describe, expect, it, vi } from 'vitest';
import { withBudget } from './index.js';
import { SDK_MAJORS, useMockProvider } from './test-support/loopback.js';

// `fetchOptions: { body }` replaces the body the SDK built after the hold was planned from
// it: refused before it is sent, typed, unless `unmetered: 'allow'`.

const mock = useMockProvider();
const body = {
  model: 'gpt-4o-mini',
  max_completion_tokens: 4,
  messages: [{ role: 'user' as const, content: 'hi' }],
};
const dearer = JSON.stringify({ ...body, model: 'gpt-4o', max_completion_tokens: 4000 });
let budgets = 0;
/**
 * Fetch options carrying a body. The SDKs' types leave `body` out of `fetchOptions`, but
 * JavaScript callers (and casts) pass it, and the SDK spreads it over the body it built.
 */
const bodyOptions = (sent: string) => ({ fetchOptions: { body: sent } }) as never;
const freshBudget = () => createBudget({ id: `sent-${++budgets}`, limitUsd: '0.01' });

describe.each(SDK_MAJORS)('%s', (_name, OpenAI) => {
  const raw = (options: object = {}) =>
    new OpenAI({ apiKey: 'sk-test', baseURL: mock().openaiBaseURL, maxRetries: 0, ...options });

  it.each([
    ['per request', {}, bodyOptions(dearer)],
    ['on the client', bodyOptions(dearer) as object, {}],
  ])(
    'a body replaced by fetchOptions %s is refused before it is sent',
    async (_where, client, request) => {
      const budget = freshBudget();
      const metered = withBudget(raw(client), { budget });
      for (const stream of [false, true]) {
        const refused = await metered.chat.completions
          .create({ ...body, stream } as typeof body, request)
          .catch((e) => e);
        expect(refused).toBeInstanceOf(UnmeteredEndpointError);
        expect(refused.message).toContain('fetchOptions replace the body');
        expect(refused.message).toContain('model: "gpt-4o-mini" -> "gpt-4o"');
      }
      expect(mock().requests).toHaveLength(0);
      const status = await budget.status();
      expect([status.reservedUsd, status.spentUsd]).toEqual(['0', '0']);
    },
  );

  it('fetchOptions whose body is the same text as the planned one pass and are charged', async () => {
    const budget = freshBudget();
    const metered = withBudget(raw(), { budget });
    const same = JSON.stringify(body);
    await metered.chat.completions.create(body, bodyOptions(same));
    expect(mock().requests).toHaveLength(1);
    await vi.waitFor(async () =>
      expect(Number((await budget.status()).spentUsd)).toBeGreaterThan(0),
    );
  });

  it("unmetered: 'allow' lets a replaced body through", async () => {
    const metered = withBudget(raw(), { budget: freshBudget(), unmetered: 'allow' });
    await metered.chat.completions.create(body, bodyOptions(dearer));
    expect(mock().requests[0]?.body).toMatchObject({ model: 'gpt-4o' });
  });
});
