import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from './errors.js';
import { assertSerialisable } from './serialisable.js';

function issuesOf(value: unknown): unknown {
  try {
    assertSerialisable(value, 'details');
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return (error as InvalidOptionsError).issues;
  }
}

describe('assertSerialisable', () => {
  it('accepts what JSON carries exactly, shared references and null prototypes included', () => {
    const shared = { input: 1 };
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(
      issuesOf({ a: 'x', b: [1, true, null], c: shared, d: shared, e: bare, f: undefined }),
    ).toEqual([]);
  });

  it('names every value it cannot carry, with its path and what arrived', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(
      issuesOf({
        big: 1n,
        list: [Symbol('s'), undefined],
        loop: cycle,
        inf: -Infinity,
        at: new Map(),
      }),
    ).toEqual([
      { path: 'details.big', message: expect.stringContaining('received 1 (bigint)') },
      { path: 'details.list.0', message: expect.stringContaining('received an object') },
      { path: 'details.list.1', message: expect.stringContaining('received undefined') },
      { path: 'details.loop.0', message: expect.stringContaining('a cycle') },
      { path: 'details.inf', message: expect.stringContaining('received -Infinity') },
      { path: 'details.at', message: expect.stringContaining('an instance of Map') },
    ]);
    expect(() => assertSerialisable(1n, 'metadata')).toThrow(
      'Cannot store metadata: metadata: expected plain data',
    );
  });
});
