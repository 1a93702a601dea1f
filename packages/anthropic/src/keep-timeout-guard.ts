/**
 * `@anthropic-ai/sdk` refuses, client-side, a non-streaming Messages call whose `max_tokens`
 * could take longer than ten minutes, but only when no timeout was configured: it reads the
 * client's construction options (`_options.timeout`, 0.x and 1.x alike). `withOptions()`
 * copies the effective timeout into the clone's options, so the clone the metering kit
 * makes would lose that guard and send calls the raw client refuses. This gives each clone
 * its parent's configured timeout back (unless the caller sets one), at every derivation.
 */

interface Derivable {
  _options?: { timeout?: number | null | undefined };
  withOptions(options: object): Derivable;
}

/** A clone of `client` (the client itself is not changed) that keeps the guard when derived. */
export function keepTimeoutGuard<Client extends object>(client: Client): Client {
  const parent = client as unknown as Derivable;
  const sdkWithOptions = parent.withOptions;
  const derive = (from: Derivable, overrides: object): Derivable => {
    const clone = sdkWithOptions.call(from, overrides);
    if (from._options !== undefined && clone._options !== undefined && !('timeout' in overrides)) {
      clone._options = { ...clone._options, timeout: from._options.timeout };
    }
    // An own property: the SDK's method on the prototype stays as it is.
    Object.defineProperty(clone, 'withOptions', {
      configurable: true,
      writable: true,
      value: (next: object) => derive(clone, next),
    });
    return clone;
  };
  return derive(parent, {}) as unknown as Client;
}
