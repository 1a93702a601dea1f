import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type Budget, createBudget } from '../budget.js';
import { codeOf, InvalidOptionsError, type TollgateErrorCode } from '../errors.js';
import {
  type OptionMisuse,
  optionMisuses,
  overrideMisuses,
  rebindMisuses,
} from './adapter-option-misuses.js';

/** A wrapped client, reduced to what the option checks use. */
export interface AdapterClient {
  /** The budget the client's calls are charged to. */
  readonly budget: Budget;
  /** Derives a client bound to another budget (`client.withBudget(next)`). */
  withBudget(next: unknown): AdapterClient;
  /** Derives a client with other SDK options (`client.withOptions(overrides)`). */
  withOptions(overrides: unknown): AdapterClient;
}

/** A call on a wrapped client that must fail with `code` before anything is sent. */
export interface FailingCall {
  /** What the call is, for the test name. */
  name: string;
  /** The code of the error the call must fail with. */
  code: TollgateErrorCode;
  /** Wraps a client with `wrap` (its options as needed) and makes the call. */
  run(wrap: (options: unknown) => AdapterClient): Promise<unknown>;
}

/** What `describeAdapterOptions` needs from an adapter. */
export interface DescribeAdapterOptionsConfig {
  /** The adapter and SDK major, for test names and the canary key: `openai-v7`. */
  name: string;
  /** The prefix of private budget ids: `openai` for `openai-<n>`. */
  prefix: string;
  /** A new SDK client with this API key, on a base URL nothing listens on. */
  client(apiKey: string): object;
  /** The adapter's `withBudget(client, options)`. */
  withBudget(client: object, options: unknown): AdapterClient;
  /** Calls refused before sending: a budget refusal, an unknown model, an unmetered endpoint. */
  failingCalls: readonly FailingCall[];
}

let budgets = 0;

function freshBudget(): Budget {
  budgets += 1;
  return createBudget({ id: `adapter-options-${budgets}`, limitUsd: '1' });
}

/** What `run` throws; `undefined` (which every check here refuses) when it returns. */
function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectMisuse(error: unknown, where: string, misuse: OptionMisuse): void {
  expect(codeOf(error)).toBe('INVALID_OPTIONS');
  expect(error).toBeInstanceOf(InvalidOptionsError);
  const { issues, message } = error as InvalidOptionsError;
  expect(issues).toEqual(misuse.issues);
  const listed = misuse.issues.map((issue) => `${issue.path || '(options)'}: ${issue.message}`);
  expect(message).toBe(`Invalid ${where} options: ${listed.join('; ')}`);
}

/**
 * The option checks every adapter must pass, with one table of misuses (exact paths and
 * text, so every adapter answers each the same way), and a canary API key that must not
 * appear in any error `withBudget` or a wrapped call throws.
 */
export function describeAdapterOptions(config: DescribeAdapterOptionsConfig): void {
  const apiKey = `sk-canary-${config.name}-7f3a9c1e5b`;
  const wrap = (options: unknown) => config.withBudget(config.client(apiKey), options);

  function expectNoSecret(error: unknown): void {
    expect(codeOf(error)).toBeDefined();
    for (const showHidden of [false, true]) {
      expect(inspect(error, { depth: 10, showHidden })).not.toContain(apiKey);
    }
    expect(JSON.stringify(error)).not.toContain(apiKey);
  }

  describe(`${config.name}: withBudget options`, () => {
    it.each(optionMisuses.map((misuse) => [misuse.name, misuse] as const))(
      'rejects %s with the shared InvalidOptionsError',
      (_name, misuse) => {
        const error = caught(() => wrap(misuse.options(freshBudget())));
        expectMisuse(error, 'withBudget', misuse);
        expectNoSecret(error);
      },
    );

    const derivations = [
      ['client.withBudget', rebindMisuses, (client, next) => client.withBudget(next)],
      ['client.withOptions', overrideMisuses, (client, next) => client.withOptions(next)],
    ] as const satisfies ReadonlyArray<
      readonly [string, readonly OptionMisuse[], (client: AdapterClient, next: unknown) => unknown]
    >;
    for (const [where, misuses, derive] of derivations) {
      it.each(misuses.map((misuse) => [misuse.name, misuse] as const))(
        `rejects ${where}(%s)`,
        (_name, misuse) => {
          const wrapped = wrap({ limitUsd: 1 });
          const error = caught(() => derive(wrapped, misuse.options(freshBudget())));
          expectMisuse(error, where, misuse);
        },
      );
    }

    it('accepts a shared budget, a private one, and every shared option', () => {
      const budget = freshBudget();
      expect(wrap({ budget }).budget).toBe(budget);
      const priv = wrap({
        limitUsd: '2',
        id: `${config.name}-named`,
        window: 'day',
        unmetered: 'allow',
        maxConcurrency: Number.POSITIVE_INFINITY,
        metadata: { team: 'a', weight: 1.5, on: true, none: null },
      });
      expect(priv.budget.id).toBe(`${config.name}-named`);
      expect(priv.budget.limitUsd).toBe('2');
      expect(wrap({ limitUsd: 1, maxConcurrency: 3 }).budget.id).toMatch(
        new RegExp(`^${config.prefix}-\\d+$`),
      );
    });

    it('rebinds to a budget, { budget } or a new private budget, and keeps it through withOptions', () => {
      const wrapped = wrap({ limitUsd: 1 });
      const other = freshBudget();
      expect(wrapped.withBudget(other).budget).toBe(other);
      expect(wrapped.withBudget({ budget: other }).budget).toBe(other);
      const priv = wrapped.withBudget({ limitUsd: '3' });
      expect(priv.budget.id).toMatch(new RegExp(`^${wrapped.budget.id}-\\d+$`));
      expect(priv.budget.limitUsd).toBe('3');
      expect(wrapped.withOptions({ timeout: 1000 }).budget).toBe(wrapped.budget);
    });

    it('rejects a value that is not a client, and a client wrapped twice', () => {
      const notClient = caught(() => config.withBudget({}, { limitUsd: 1 }));
      expect(codeOf(notClient)).toBe('INVALID_OPTIONS');
      expect((notClient as InvalidOptionsError).issues.map((issue) => issue.path)).toEqual([
        'client',
      ]);
      const wrapped = wrap({ budget: freshBudget() });
      const twice = caught(() => config.withBudget(wrapped, { limitUsd: 1 }));
      expect(codeOf(twice)).toBe('INVALID_OPTIONS');
      expect((twice as Error).message).toMatch(/already wrapped.*client\.withBudget\(other\)/);
      expectNoSecret(twice);
    });

    it('puts no API key in an options error, even when the client is the bad value', () => {
      const client = config.client(apiKey);
      for (const options of [{ budget: client }, { limitUsd: 1, pricing: client }, client]) {
        expectNoSecret(caught(() => config.withBudget(config.client(apiKey), options)));
      }
    });

    it.each(config.failingCalls.map((call) => [call.name, call] as const))(
      'puts no API key in the error of %s',
      async (_name, call) => {
        const error = await call.run(wrap).catch((reason: unknown) => reason);
        expect(codeOf(error)).toBe(call.code);
        expectNoSecret(error);
      },
    );
  });
}
