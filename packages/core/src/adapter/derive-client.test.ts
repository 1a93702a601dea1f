import { describe, expect, it } from 'vitest';
import { deriveClient } from './derive-client.js';

/** Models how the SDKs derive: the effective timeout is copied into the clone's options. */
class Client {
  readonly _options: { timeout?: number | undefined; maxRetries?: number };
  readonly timeout: number;
  constructor(options: { timeout?: number | undefined; maxRetries?: number }) {
    this._options = options;
    this.timeout = options.timeout ?? 600_000;
  }
  withOptions(overrides: object): Client {
    return new Client({ ...this._options, timeout: this.timeout, ...overrides });
  }
}

describe('deriveClient', () => {
  it('keeps an unset timeout unset, so SDK checks that read it still apply', () => {
    const clone = deriveClient(new Client({ maxRetries: 1 }), { maxRetries: 3 });
    expect(clone._options).toEqual({ maxRetries: 3, timeout: undefined });
    expect(clone.timeout).toBe(600_000);
    expect(deriveClient(clone, {})._options.timeout).toBeUndefined();
  });

  it('keeps a configured timeout, and lets the overrides set a new one', () => {
    const configured = new Client({ timeout: 5_000 });
    expect(deriveClient(configured, {})._options.timeout).toBe(5_000);
    expect(deriveClient(configured, { timeout: 9_000 })._options.timeout).toBe(9_000);
    expect(deriveClient(new Client({}), { timeout: 9_000 }).timeout).toBe(9_000);
  });

  it('leaves a client without construction options as the SDK derived it', () => {
    const bare = { withOptions: () => ({ withOptions: () => undefined }) };
    expect(deriveClient(bare, {})).not.toHaveProperty('_options');
  });
});
