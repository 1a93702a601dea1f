/** The part of a Stainless-generated client that deriving reads and writes. */
interface Derivable {
  _options?: { timeout?: number | null | undefined };
  withOptions(options: object): unknown;
}

/**
 * `client.withOptions(overrides)`, keeping what the caller configured at construction.
 *
 * The SDKs' `withOptions()` copies the client's effective timeout (the default when none
 * was given) into the clone's construction options, so the clone looks as if the caller
 * had chosen that timeout. `@anthropic-ai/sdk` reads exactly that option to refuse,
 * client-side, a non-streaming call whose `max_tokens` could outlast ten minutes when no
 * timeout was chosen; a metered clone would lose the guard and send calls the raw client
 * refuses. The clone gets the configured value back unless the overrides set a timeout.
 * It changes nothing the clone sends: its effective timeout is the same either way.
 */
export function deriveClient<Client extends object>(client: Client, overrides: object): Client {
  const from = client as unknown as Derivable;
  const clone = from.withOptions(overrides) as Derivable;
  if (from._options !== undefined && clone._options !== undefined && !('timeout' in overrides)) {
    clone._options = { ...clone._options, timeout: from._options.timeout };
  }
  return clone as unknown as Client;
}
