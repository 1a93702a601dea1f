import { describe, expect, test } from 'vitest';
import { fallbackTarget } from './fallback-hops.js';

describe('fallbackTarget', () => {
  const marker = (providerMetadata: unknown) => ({
    type: 'custom',
    kind: 'anthropic.fallback',
    providerMetadata,
  });

  test('names the model the marker of a fallback block hands over to', () => {
    const part = marker({ anthropic: { to: { model: 'claude-sonnet-4-5' } } });
    expect(fallbackTarget(part)).toBe('claude-sonnet-4-5');
  });

  test('names nothing for another part, or a marker that does not carry a model', () => {
    expect(fallbackTarget({ type: 'text' })).toBeUndefined();
    expect(fallbackTarget({ type: 'custom', kind: 'other' })).toBeUndefined();
    // A provider that sends the marker with its metadata missing or of another shape.
    for (const metadata of [undefined, 'anthropic', { anthropic: 'x' }, { anthropic: {} }])
      expect(fallbackTarget(marker(metadata))).toBeUndefined();
    for (const to of [null, 'claude-sonnet-4-5', { model: 42 }])
      expect(fallbackTarget(marker({ anthropic: { to } }))).toBeUndefined();
  });
});
