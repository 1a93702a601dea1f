import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import { InvalidOptionsError } from './errors.js';
import { memoryStore } from './memory-store.js';
import { lazySchema, loadZod, type OptionsSchema, parseOptions } from './parse-options.js';

function issuesOf(run: () => unknown): InvalidOptionsError['issues'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return (error as InvalidOptionsError).issues;
  }
  throw new Error('expected an InvalidOptionsError');
}

describe('option errors', () => {
  it('names each unknown top-level option, with a hint when one is close', () => {
    expect(
      issuesOf(() => createBudget({ id: 'a', limitUsd: 1, ttl: 5, colour: 1 } as never)),
    ).toEqual([
      {
        path: 'ttl',
        message: 'expected a documented option, received unknown option "ttl"; did you mean ttlMs?',
      },
      { path: 'colour', message: 'expected a documented option, received unknown option "colour"' },
    ]);
  });

  it('hints at the listed value a near miss meant, and lists them when none is close', () => {
    expect(
      issuesOf(() =>
        createBudget({ id: 'a', limitUsd: 1, onLimit: 'rejct', onStoreError: 'x' } as never),
      ),
    ).toEqual([
      {
        path: 'onLimit',
        message:
          'Invalid option: expected one of "reject"|"wait", received "rejct"; did you mean reject?',
      },
      {
        path: 'onStoreError',
        message: 'Invalid option: expected one of "refuse"|"allow", received "x"',
      },
    ]);
  });

  it('names an unknown nested key by its full path, with a hint from the nested schema', () => {
    const z = loadZod();
    const schema = z.strictObject({ retry: z.strictObject({ seconds: z.number() }) });
    expect(
      issuesOf(() => parseOptions(schema, { retry: { seconds: 1, second: 5 } }, 'test')),
    ).toEqual([
      {
        path: 'retry.second',
        message:
          'expected a documented option, received unknown option "second"; did you mean seconds?',
      },
    ]);
  });

  it('says what arrived for a wrong type, and keeps a schema message of its own', () => {
    const z = loadZod();
    const schema = z.strictObject({
      count: z.number(),
      mode: z.number({ error: 'expected a count of calls' }),
    });
    expect(issuesOf(() => parseOptions(schema, { count: 'two', mode: 'x' }, 'test'))).toEqual([
      { path: 'count', message: 'expected number, received "two"' },
      { path: 'mode', message: 'expected a count of calls, received "x"' },
    ]);
    expect(() => parseOptions(schema, 7, 'test')).toThrow(
      'Invalid test options: (options): expected object, received 7 (number)',
    );
    expect(parseOptions(schema, { count: 1, mode: 2 }, 'test')).toEqual({ count: 1, mode: 2 });
  });
});

describe('lazySchema options', () => {
  const schema: OptionsSchema = (z) =>
    z.strictObject({
      path: z.string(),
      nested: z.strictObject({ depth: z.number() }).optional(),
    });

  it('returns valid options as given, with the schema built once', () => {
    expect(lazySchema(schema)).toBe(lazySchema(schema));
    expect(
      parseOptions(lazySchema(schema), { path: 'a', nested: { depth: 2 } }, 'exampleStore'),
    ).toEqual({ path: 'a', nested: { depth: 2 } });
  });

  it('suggests the documented name for a mistyped key, at any depth', () => {
    const issues = issuesOf(() =>
      parseOptions(
        lazySchema(schema),
        { pat: 'a', nested: { dept: 1 }, zzzzzz: 1 },
        'exampleStore',
      ),
    );
    expect(issues).toContainEqual({
      path: 'nested.dept',
      message: 'expected a documented option, received unknown option "dept"; did you mean depth?',
    });
    expect(issues).toContainEqual({
      path: 'pat',
      message: 'expected a documented option, received unknown option "pat"; did you mean path?',
    });
    expect(issues).toContainEqual({
      path: 'zzzzzz',
      message: 'expected a documented option, received unknown option "zzzzzz"',
    });
  });
});

describe('memoryStore options', () => {
  it('rejects unknown keys and bad values', () => {
    expect(() => memoryStore({ ledgerLimt: 5 } as never)).toThrow(/did you mean ledgerLimit\?/);
    expect(() => memoryStore({ ledgerLimit: -1 })).toThrow(InvalidOptionsError);
    expect(() => memoryStore({ ledgerLimit: Number.POSITIVE_INFINITY })).not.toThrow();
  });
});
