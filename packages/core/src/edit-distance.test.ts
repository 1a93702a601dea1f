import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('maxConcurency', 'maxConcurrency')).toBe(1);
    expect(editDistance('Case', 'case')).toBe(1);
  });

  it('is a metric: zero only for equal strings, symmetric, and within the longer length', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const distance = editDistance(a, b);
        expect(distance).toBe(editDistance(b, a));
        expect(distance === 0).toBe(a === b);
        expect(distance).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('closestName', () => {
  const options = ['budget', 'limitUsd', 'maxConcurrency', 'metadata', 'ttlMs', 'unmetered'];

  it('suggests the closest option within reach, ignoring case', () => {
    expect(closestName('maxConcurency', options)).toBe('maxConcurrency');
    expect(closestName('MAXCONCURRENCY', options)).toBe('maxConcurrency');
    expect(closestName('metdata', options)).toBe('metadata');
    expect(closestName('ttl', options)).toBe('ttlMs');
  });

  it('suggests an option the typed name starts, from three letters on', () => {
    expect(closestName('limit', options)).toBe('limitUsd');
    expect(closestName('max', options)).toBe('maxConcurrency');
    expect(closestName('li', options)).toBeUndefined();
  });

  it('suggests nothing when no option is close', () => {
    expect(closestName('colour', options)).toBeUndefined();
    expect(closestName('anything', [])).toBeUndefined();
  });
});
