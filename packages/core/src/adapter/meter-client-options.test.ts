import { describe, expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { InvalidOptionsError } from '../errors.js';
import { type MeterClientOptions, meterClient, type StainlessClient } from './meter-client.js';

/** The seams `meterClient` reads, and nothing else: checks happen before any of them runs. */
function fakeClient(): StainlessClient {
  const client = {
    fetch: async () => new Response('{}'),
    request: () => Object.assign(Promise.resolve({}), { asResponse: async () => new Response() }),
    withOptions: () => fakeClient(),
  };
  return client as unknown as StainlessClient;
}

let id = 0;
const budgetOf = () => createBudget({ id: `meter-options-${++id}`, limitUsd: '1' });
const route: MeterClientOptions['route'] = () => ({ kind: 'free' });

/** The issues `meterClient` refuses its arguments with, by path. */
function issuesOf(client: unknown, options: unknown): Record<string, string> {
  try {
    meterClient(client as StainlessClient, options as MeterClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    const issues = (error as InvalidOptionsError).issues;
    expect((error as Error).message).toMatch(/^Invalid meterClient options: /);
    return Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
  }
  throw new Error('meterClient accepted what it should refuse');
}

describe('meterClient checks its arguments once, where they are given', () => {
  it('refuses what is not a client and what is not an options object', () => {
    expect(issuesOf(42, { budget: budgetOf(), route })).toEqual({
      client: expect.stringMatching(/expected an openai or @anthropic-ai\/sdk client.*received 42/),
    });
    expect(issuesOf({ fetch: () => undefined }, { budget: budgetOf(), route }).client).toMatch(
      /received an object/,
    );
    expect(issuesOf(fakeClient(), null)).toEqual({
      '': 'expected an object of options ({ budget, route, ... }), received null',
    });
  });

  it('names every wrong option in one error, with what arrived', () => {
    expect(
      issuesOf(fakeClient(), {
        budget: {},
        route: 42,
        unmetered: 'yes',
        maxConcurrency: 0,
        unmeteredTransports: 42,
        maxConcurency: 2,
      }),
    ).toEqual({
      budget: 'expected a Budget (createBudget(...)), received an object',
      route: 'expected a function from a request to its Route, received 42 (number)',
      unmetered: `expected 'refuse' or 'allow', received "yes"`,
      maxConcurrency: 'expected a whole number of at least 1, or Infinity, received 0 (number)',
      unmeteredTransports: 'expected an object { transport, advice, doors }, received 42 (number)',
      maxConcurency: expect.stringMatching(
        /unknown option "maxConcurency"; did you mean maxConcurrency/,
      ),
    });
    expect(issuesOf(fakeClient(), { route })).toEqual({
      budget: 'expected a Budget (createBudget(...)), received undefined',
    });
  });

  it('takes maxConcurrency as a whole number of at least 1 or Infinity, nothing else', () => {
    for (const bad of [-1, 1.5, Number.NaN, '2', Number.NEGATIVE_INFINITY]) {
      expect(issuesOf(fakeClient(), { budget: budgetOf(), route, maxConcurrency: bad })).toEqual({
        maxConcurrency: expect.stringMatching(
          /^expected a whole number of at least 1, or Infinity/,
        ),
      });
    }
    for (const good of [1, 8, Number.POSITIVE_INFINITY, undefined]) {
      const options = { budget: budgetOf(), route, maxConcurrency: good, unmetered: 'allow' };
      expect(meterClient(fakeClient(), options as MeterClientOptions)).toHaveProperty('request');
    }
  });

  it('refuses a Proxy of a budget there, not on every call', () => {
    const proxy = new Proxy(budgetOf(), {});
    expect(issuesOf(fakeClient(), { budget: proxy, route }).budget).toMatch(/Proxy|copy/);
  });

  it('checks the shape of unmeteredTransports, door by door', () => {
    const transports = (doors: unknown, extra: object = {}) => ({
      budget: budgetOf(),
      route,
      unmeteredTransports: { transport: 'WebSocket', advice: 'Use HTTP.', doors, ...extra },
    });
    expect(issuesOf(fakeClient(), transports('buildURL'))).toEqual({
      'unmeteredTransports.doors':
        'expected an array of { method, passesInside }, received "buildURL"',
    });
    expect(
      issuesOf(
        fakeClient(),
        transports([null, { method: 1, passesInside: [2] }], { transport: 1, advice: null }),
      ),
    ).toEqual({
      'unmeteredTransports.transport': 'expected a string, received 1 (number)',
      'unmeteredTransports.advice': 'expected a string, received null',
      'unmeteredTransports.doors.0': 'expected an object { method, passesInside }, received null',
      'unmeteredTransports.doors.1.method': 'expected a method name, received 1 (number)',
      'unmeteredTransports.doors.1.passesInside':
        'expected an array of method names, received an array of 1',
    });
    const fine = transports([{ method: 'buildURL', passesInside: ['buildRequest'] }]);
    expect(meterClient(fakeClient(), fine as MeterClientOptions)).toHaveProperty('fetch');
  });
});
