/**
 * What a provider model throws decides how its held step ends, through the real `ai` 7
 * `generateText` under `withBudget` and `budgetMiddleware`: a custom model of the
 * specification that fetches through its own `config.fetch` (as every `@ai-sdk/*` model
 * does) and then throws. Only a thrown `APICallError` that says it was served (a 2xx whose
 * body could not be read, or a 2xx event stream broken by an error event before its output)
 * is charged; anything else (a thrown string, a 4xx, an error with no event-stream headers,
 * a request the model's `fetch` saw answered with an error status) is released at $0.
 */
import { APICallError } from '@ai-sdk/provider';
import * as ai7 from 'ai';
import { describe, expect, test } from 'vitest';
import { AI7_METERS } from './test-support/ai7-meters.js';
import { budgetFor } from './test-support/providers.js';

const URL_CALLED = 'http://provider.test/v1/responses';
const EVENT_STREAM = { 'content-type': 'text/event-stream' };

/** What the model's `fetch` is asked for before it throws. */
type Fetched = string | URL | { url: string } | number;

interface Scenario {
  readonly name: string;
  /** The model's `config`: its `fetch` answers with `status`. */
  readonly config: (status: number) => Record<string, unknown> | undefined;
  /** The input the model passes its `fetch`, if it fetches at all. */
  readonly input?: Fetched;
  /** The status the model's `fetch` answers with. */
  readonly status?: number;
  readonly thrown: () => unknown;
  /** True if the step is charged (served), false if it is released. */
  readonly charged: boolean;
}

const ownFetch = (status: number) => ({
  fetch: async () => ({ status }),
});

const apiCallError = (statusCode: number, responseHeaders?: Record<string, unknown>) =>
  new APICallError({
    message: 'provider error',
    url: URL_CALLED,
    requestBodyValues: {},
    statusCode,
    ...(responseHeaders === undefined ? {} : { responseHeaders: responseHeaders as never }),
  });

const scenarios: Scenario[] = [
  {
    name: 'a thrown string (no error object)',
    config: () => undefined,
    thrown: () => 'network down',
    charged: false,
  },
  {
    name: 'a thrown plain Error',
    config: () => undefined,
    thrown: () => new Error('socket hang up'),
    charged: false,
  },
  {
    name: 'a 429 answered as an event stream',
    config: () => undefined,
    thrown: () => apiCallError(429, EVENT_STREAM),
    charged: false,
  },
  {
    name: 'a made-up 500 with no response headers',
    config: () => undefined,
    thrown: () => apiCallError(500),
    charged: false,
  },
  {
    name: 'a made-up 500 whose content type is no string',
    config: () => undefined,
    thrown: () => apiCallError(500, { 'content-type': 42 }),
    charged: false,
  },
  {
    name: 'a made-up 500 whose content type is JSON',
    config: () => undefined,
    thrown: () => apiCallError(500, { 'content-type': 'application/json' }),
    charged: false,
  },
  {
    name: 'a made-up 500 from an event stream (an early error event), no config',
    config: () => undefined,
    thrown: () => apiCallError(500, EVENT_STREAM),
    charged: true,
  },
  {
    name: 'a 2xx whose body could not be read',
    config: () => undefined,
    thrown: () => apiCallError(200, { 'content-type': 'application/json' }),
    charged: true,
  },
  {
    name: "an early error event after the model's fetch answered 200 for a URL string",
    config: ownFetch,
    input: URL_CALLED,
    status: 200,
    thrown: () => apiCallError(500, EVENT_STREAM),
    charged: true,
  },
  {
    name: "a real 503 event stream, the model's fetch asked for a URL string",
    config: ownFetch,
    input: URL_CALLED,
    status: 503,
    thrown: () => apiCallError(503, EVENT_STREAM),
    charged: false,
  },
  {
    name: "a real 502 event stream, the model's fetch asked for a URL object",
    config: ownFetch,
    input: new URL(URL_CALLED),
    status: 502,
    thrown: () => apiCallError(502, EVENT_STREAM),
    charged: false,
  },
  {
    name: "a real 500 event stream, the model's fetch asked for a Request-like object",
    config: ownFetch,
    input: { url: URL_CALLED },
    status: 500,
    thrown: () => apiCallError(500, EVENT_STREAM),
    charged: false,
  },
  {
    name: 'a 1xx status seen by the fetch is no 2xx either',
    config: ownFetch,
    input: URL_CALLED,
    status: 103,
    thrown: () => apiCallError(500, EVENT_STREAM),
    charged: false,
  },
  {
    name: "a fetch input with no URL records nothing: the error's own status decides",
    config: ownFetch,
    input: 7,
    status: 503,
    thrown: () => apiCallError(500, EVENT_STREAM),
    charged: true,
  },
  {
    name: 'a config whose fetch is no function is called as it is (nothing recorded)',
    config: () => ({ fetch: 'not a function' }),
    thrown: () => apiCallError(500, EVENT_STREAM),
    charged: true,
  },
  {
    name: 'a config with no fetch key is called as it is',
    config: () => ({ baseURL: 'http://provider.test' }),
    thrown: () => apiCallError(500, EVENT_STREAM),
    charged: true,
  },
];

/** A custom `openai.responses` model of specification v4 that fetches, then throws. */
function throwingModel(scenario: Scenario) {
  const config = scenario.config(scenario.status ?? 200);
  return {
    specificationVersion: 'v4',
    provider: 'openai.responses',
    modelId: 'gpt-4.1',
    supportedUrls: {},
    ...(config === undefined ? {} : { config }),
    async doGenerate(this: { config?: { fetch?: unknown } }) {
      const fetch = this.config?.fetch;
      if (scenario.input !== undefined && typeof fetch === 'function') await fetch(scenario.input);
      throw scenario.thrown();
    },
    async doStream() {
      throw new Error('not streamed in these tests');
    },
  };
}

describe.each(AI7_METERS)('a provider model that throws, under %s', (_name, meter) => {
  test.each(scenarios)('$name', async (scenario) => {
    const budget = budgetFor('thrown');
    const model = meter(throwingModel(scenario), budget);
    const thrown = scenario.thrown();
    await expect(
      ai7.generateText({ model: model as never, prompt: 'Hello', maxRetries: 0 }),
    ).rejects.toSatisfy((error: unknown) => {
      // The AI SDK passes the model's error on (an Error as it is; anything else wrapped).
      if (typeof thrown !== 'object') return error !== undefined;
      return (error as Error).message === (thrown as Error).message;
    });
    const status = await budget.status();
    expect(status.reservedUsd).toBe('0');
    if (scenario.charged) expect(Number(status.spentUsd)).toBeGreaterThan(0);
    else expect(status.spentUsd).toBe('0');
    const entries = await budget.ledger();
    expect(entries).toHaveLength(scenario.charged ? 1 : 0);
  });
});
