/**
 * A client with the seams `meterClient` checks (fetch, request(), withOptions()) that is
 * no Stainless client underneath: its misuse is named, typed, where it shows, and costs
 * nothing: no hold left behind, no rejection left unhandled.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { usageTokens } from '../call-usage.js';
import { InvalidOptionsError } from '../errors.js';
import { meterClient, type StainlessClient } from './meter-client.js';
import type { MeteringPlan } from './types.js';

const observed = { usage: { tokens: usageTokens(), model: 'm' } };
const plan = (): MeteringPlan => ({
  holdUsd: '0.4',
  model: 'm',
  observer: { json: () => observed, event: () => true, end: () => observed },
  price: () => ({ costUsd: '0.1', provider: 'p', model: 'm', pricingVersion: 'v' }),
});

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

/** Lets every pending promise and the next turn run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('meterClient on a look-alike client', () => {
  it("refuses each call whose request() is not the SDK's promise, typed, and holds nothing", async () => {
    const budget = createBudget({ id: `look-alike-${Math.random()}`, limitUsd: '1' });
    const client = {
      fetch: async () => new Response('{}'),
      // A plain promise: no asResponse(), so no answer could ever be observed.
      request: (options: unknown) => Promise.resolve(options).then(() => ({})),
      withOptions: () => ({ ...client }),
    };
    const metered = meterClient(client as unknown as StainlessClient, {
      budget,
      route: () => ({ kind: 'metered', plan }),
    });
    // Three calls: the third's hold would not fit if the first two had kept theirs.
    for (let call = 0; call < 3; call += 1) {
      expect(() => metered.request({ method: 'post', path: '/x', body: {} })).toThrow(
        InvalidOptionsError,
      );
    }
    expect(() => metered.request({ method: 'post', path: '/x', body: {} })).toThrow(
      /client\.request\(\): expected the SDK's request promise \(with asResponse\(\)\)/,
    );
    await settle();
    expect((await budget.status()).reservedUsd).toBe('0');
    expect(unhandled).toEqual([]);
  });

  it.each([
    [
      'request() throws',
      () => {
        throw new Error('request() rejected its arguments');
      },
      /request\(\) rejected its arguments/,
    ],
    [
      'asResponse() throws',
      (options: unknown) =>
        Object.assign(
          Promise.resolve(options).then(() => ({})),
          {
            asResponse: () => {
              throw new Error('boom');
            },
          },
        ),
      /boom/,
    ],
  ])(
    'ends a call whose %s: the error passed on, nothing held, nothing unhandled',
    async (_case, request, error) => {
      const budget = createBudget({ id: `look-alike-${Math.random()}`, limitUsd: '1' });
      const client = {
        fetch: async () => new Response('{}'),
        request,
        withOptions: () => ({ ...client }),
      };
      const metered = meterClient(client as unknown as StainlessClient, {
        budget,
        route: () => ({ kind: 'metered', plan }),
      });
      // Three calls: the third's hold would be refused if the first two had kept theirs.
      for (let call = 0; call < 3; call += 1) {
        expect(() => metered.request({ method: 'post', path: '/x', body: {} })).toThrow(error);
      }
      await settle();
      expect((await budget.status()).reservedUsd).toBe('0');
      expect(unhandled).toEqual([]);
    },
  );

  it('refuses a withOptions() that answers the same client, leaving it untouched', () => {
    const request = () => Promise.resolve({});
    const client = { fetch: async () => new Response('{}'), request, withOptions: () => client };
    expect(() =>
      meterClient(client as unknown as StainlessClient, {
        budget: createBudget({ id: `look-alike-${Math.random()}`, limitUsd: '1' }),
        route: () => ({ kind: 'free' }),
      }),
    ).toThrow(/client\.withOptions\(\): expected a new client .* received the same client/);
    expect(client.request).toBe(request);
  });

  it('names a withOptions() that answers no client at meterClient', () => {
    for (const answer of [undefined, 42, {}]) {
      const client = {
        fetch: async () => new Response('{}'),
        request: () => Promise.resolve({}),
        withOptions: () => answer,
      };
      expect(() =>
        meterClient(client as unknown as StainlessClient, {
          budget: createBudget({ id: `look-alike-${Math.random()}`, limitUsd: '1' }),
          route: () => ({ kind: 'free' }),
        }),
      ).toThrow(/client\.withOptions\(\): expected a new client like the one it was called on/);
    }
  });
});
