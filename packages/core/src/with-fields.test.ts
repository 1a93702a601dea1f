import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFields } from './with-fields.js';

describe('withFields', () => {
  it('makes what a spread makes, symbols included, and changes neither input', () => {
    const key = Symbol('key');
    const source = { a: 1, b: { c: 2 }, [key]: 'kept' };
    const fields = { b: 3, d: 'new' };
    const copy = withFields(source, fields);
    expect(copy).toEqual({ ...source, ...fields });
    expect(copy[key]).toBe('kept');
    expect(source).toEqual({ a: 1, b: { c: 2 }, [key]: 'kept' });
    expect(fields).toEqual({ b: 3, d: 'new' });
    expect(copy).not.toBe(source);
  });

  it('equals the spread for any plain objects', () => {
    // `__proto__` among the keys, as JSON.parse makes it: a key of the copy, never its prototype.
    const key = fc.oneof(fc.string(), fc.constant('__proto__'));
    const record = fc
      .dictionary(key, fc.jsonValue())
      .map((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
    fc.assert(
      fc.property(record, record, (source, fields) => {
        const copy = withFields(source, fields);
        expect(copy).toEqual({ ...source, ...fields });
        expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
        expect(Object.keys(copy)).toEqual(Object.keys({ ...source, ...fields }));
      }),
    );
  });
});
