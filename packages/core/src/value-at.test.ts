import { describe, expect, it } from 'vitest';
import { valueAt } from './value-at.js';

describe('valueAt', () => {
  const create = () => 'created';
  const client = { chat: { completions: { create } }, messages: null };

  it('reads along the path', () => {
    expect(valueAt(client, 'chat', 'completions', 'create')).toBe(create);
    expect(valueAt(client)).toBe(client);
  });

  it('answers undefined as soon as a step is not an object', () => {
    expect(valueAt(client, 'messages', 'create')).toBeUndefined();
    expect(valueAt(client, 'embeddings', 'create')).toBeUndefined();
    expect(valueAt(client, 'chat', 'completions', 'create', 'name', 'length')).toBeUndefined();
    expect(valueAt(null, 'request')).toBeUndefined();
    expect(valueAt('text', 'length')).toBeUndefined();
  });
});
