import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest-name.js';
import { InvalidOptionsError } from './errors.js';
import { memoryStore } from './memory-store.js';
import { parseOptions } from './parse-options.js';

const schema = (z: typeof import('zod').z) =>
  z.strictObject({
    path: z.string(),
    nested: z.strictObject({ depth: z.number() }).optional(),
  });

function errorOf(value: unknown): InvalidOptionsError {
  try {
    parseOptions('exampleStore', schema, value);
  } catch (error) {
    if (error instanceof InvalidOptionsError) return error;
    throw error;
  }
  throw new Error('expected InvalidOptionsError');
}

describe('parseOptions', () => {
  it('returns valid options as given', () => {
    expect(parseOptions('exampleStore', schema, { path: 'a', nested: { depth: 2 } })).toEqual({
      path: 'a',
      nested: { depth: 2 },
    });
  });

  it('suggests the documented name for a mistyped key, at any depth', () => {
    const error = errorOf({ pat: 'a', nested: { dept: 1 }, zzzzzz: 1 });
    expect(error.issues).toEqual([
      { path: 'path', message: 'expected string, received undefined' },
      { path: 'nested.depth', message: 'expected number, received undefined' },
      {
        path: 'nested',
        message:
          'expected only documented options (depth), received unknown option(s) dept (did you mean depth?)',
      },
      {
        path: '',
        message:
          'expected only documented options (path, nested), received unknown option(s) pat (did you mean path?), zzzzzz',
      },
    ]);
    expect(error.message).toMatch(/^Invalid exampleStore options: path: expected string/);
  });

  it('says what was expected and what arrived', () => {
    expect(errorOf({ path: 3 }).issues).toEqual([
      { path: 'path', message: 'expected string, received 3 (number)' },
    ]);
    expect(errorOf(undefined).issues[0]?.message).toMatch(/received undefined$/);
    expect(errorOf({ path: 'a', nested: 'deep' }).issues[0]?.path).toBe('nested');
  });
});

describe('closestName', () => {
  it('finds a typo and refuses a guess', () => {
    expect(editDistance('kitten', 'Sitting')).toBe(3);
    expect(closestName('ledgerLimt', ['path', 'ledgerLimit'])).toBe('ledgerLimit');
    expect(closestName('file', ['path', 'ledgerLimit'])).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});

describe('memoryStore options', () => {
  it('rejects unknown keys and bad values', () => {
    expect(() => memoryStore({ ledgerLimt: 5 } as never)).toThrow(/did you mean ledgerLimit\?/);
    expect(() => memoryStore({ ledgerLimit: -1 })).toThrow(InvalidOptionsError);
    expect(() => memoryStore({ ledgerLimit: Infinity })).not.toThrow();
  });
});
