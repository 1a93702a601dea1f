import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedTokenCounter } from './bounded-token-counter.js';

describe('boundedTokenCounter', () => {
  const calls: string[] = [];
  const counter = boundedTokenCounter((text) => {
    calls.push(text);
    return 1;
  });

  it('counts ordinary text with the tokenizer, and an empty text as 0 without it', () => {
    calls.length = 0;
    expect(counter('Budgets make spending a hard limit.')).toBe(1);
    expect(counter('')).toBe(0);
    expect(counter(`${'word '.repeat(5000)}`)).toBe(1);
    expect(counter(JSON.stringify(Array.from({ length: 500 }, (_, id) => ({ id }))))).toBe(1);
    expect(calls).toHaveLength(3);
  });

  it('bounds a text with a long run of letters or punctuation by its UTF-8 bytes, never calling the tokenizer', () => {
    calls.length = 0;
    for (const text of [
      'a'.repeat(1000),
      `x ${'-'.repeat(5000)} y`,
      'é'.repeat(1200),
      '漢'.repeat(1000),
    ]) {
      expect(counter(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
    expect(counter('a'.repeat(999))).toBe(1);
    expect(calls).toEqual(['a'.repeat(999)]);
  });

  it('bounds a text with a long run of whitespace, or of punctuation and marks mixed, by its UTF-8 bytes', () => {
    calls.length = 0;
    for (const text of [
      ' '.repeat(1000),
      `before${'\n'.repeat(100_000)}after`,
      `a${' \t'.repeat(600)}b`,
      '!\u0301'.repeat(600),
    ]) {
      expect(counter(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
    expect(counter(`${' '.repeat(999)}x`)).toBe(1);
    expect(calls).toEqual([`${' '.repeat(999)}x`]);
  });

  it('measures UTF-8 bytes as Node does, surrogate pairs and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (piece) => {
        const text = `${'z'.repeat(1000)}${piece}`;
        expect(counter(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
  });
});
