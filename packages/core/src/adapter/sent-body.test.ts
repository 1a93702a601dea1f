import { describe, expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { UnmeteredEndpointError } from '../errors.js';
import { bodyChange, refuseUnplannedRequest } from './sent-body.js';

const planned = JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 20, messages: [] });

describe('bodyChange', () => {
  it('finds no change in the same text, bytes of it, or the same JSON spaced otherwise', () => {
    expect(bodyChange(planned, `${planned}`)).toBeUndefined();
    expect(bodyChange(planned, new TextEncoder().encode(planned))).toBeUndefined();
    expect(bodyChange(planned, new TextEncoder().encode(planned).buffer)).toBeUndefined();
    expect(bodyChange(planned, JSON.stringify(JSON.parse(planned), null, 2))).toBeUndefined();
    expect(bodyChange(undefined, null)).toBeUndefined();
  });

  it('names each member that changed, appeared or went, with its values', () => {
    const sent = JSON.stringify({ model: 'claude-opus-4-8', messages: [], stream: true });
    expect(bodyChange(planned, sent)).toBe(
      'model: "claude-haiku-4-5" -> "claude-opus-4-8", max_tokens: 20 -> (absent), stream: (absent) -> true',
    );
  });

  it('shortens long values and counts the members past the first four', () => {
    const before = JSON.stringify({ a: 1, b: 1, c: 1, d: 1, e: 1, text: 'x' });
    const after = JSON.stringify({ a: 2, b: 2, c: 2, d: 2, e: 2, text: 'y'.repeat(100) });
    const change = bodyChange(before, after);
    expect(change).toBe('a: 1 -> 2, b: 1 -> 2, c: 1 -> 2, d: 1 -> 2, 2 more member(s)');
    expect(bodyChange('{"t":"x"}', JSON.stringify({ t: 'y'.repeat(100) }))).toBe(
      `t: "x" -> "${'y'.repeat(39)}...`,
    );
  });

  it('compares text it cannot parse as a JSON object by length only', () => {
    expect(bodyChange(planned, 'not json')).toBe(
      `the body sent (8 characters) is not the body planned (${planned.length} characters)`,
    );
    expect(bodyChange('[1]', '[2]')).toBe(
      'the body sent (3 characters) is not the body planned (3 characters)',
    );
  });

  it('names a body it cannot read before it is sent', () => {
    expect(bodyChange(planned, new ReadableStream())).toBe(
      'the body sent is a ReadableStream Tollgate cannot read before it is sent, not the body planned',
    );
    expect(bodyChange(planned, Object.create(null))).toContain(
      'the body sent is an object Tollgate cannot read',
    );
    expect(bodyChange(planned, 42)).toContain('the body sent is 42');
  });
});

describe('refuseUnplannedRequest', () => {
  it('throws UnmeteredEndpointError naming the budget, unless allowed or the budget does not enforce', () => {
    const budget = createBudget({ id: 'b', limitUsd: '1' });
    expect(() => refuseUnplannedRequest(budget, 'refuse', 'POST /v1/messages', 'Why.')).toThrow(
      UnmeteredEndpointError,
    );
    expect(() => refuseUnplannedRequest(budget, 'refuse', 'POST /v1/messages', 'Why.')).toThrow(
      /^Why\. .*budget "b" enforces/,
    );
    expect(() => refuseUnplannedRequest(budget, 'allow', 'POST /x', 'Why.')).not.toThrow();
    const watching = createBudget({ id: 'w', limitUsd: '1', enforce: false });
    expect(() => refuseUnplannedRequest(watching, 'refuse', 'POST /x', 'Why.')).not.toThrow();
  });

  it('never says "time out" in any spelling: the SDKs would retry it as a network failure', () => {
    const budget = createBudget({ id: 'b', limitUsd: '1' });
    try {
      refuseUnplannedRequest(budget, 'refuse', 'POST /x', '');
    } catch (error) {
      expect(String(error)).not.toMatch(/timed? ?out/i);
    }
  });
});
