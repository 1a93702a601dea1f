import { InvalidArgumentError } from 'commander';

/** The help text every command ends with. */
export const exitCodesHelp = `
Exit codes:
  0  success
  1  runtime failure (unreachable store, failed check, provider error, output that cannot
     be written) or a declined confirmation (nothing changed)
  2  usage error (bad flag or argument, bad store URL, unknown model, malformed JSON)`;

/** How a store is named on the command line. */
export const storeHelp = 'sqlite:PATH, sqlite://PATH or redis://HOST:PORT[/DB]';

// Spelled out here so `--help` does not load the price tables; parseProvider checks the value.
export const providerHelp =
  'openai, anthropic, google, vertex, bedrock, azure, deepseek, xai, mistral, groq, together, fireworks, openrouter';

/** A positive whole number argument, exact (at most 2^53 - 1). */
export function positiveInteger(value: string): number {
  const number = Number(value);
  // A number past 2^53 is no longer exact: 99999999999999999999 would reach the store as 1e20.
  if (!Number.isSafeInteger(number) || number <= 0) {
    throw new InvalidArgumentError(
      `expected a positive whole number up to ${Number.MAX_SAFE_INTEGER}`,
    );
  }
  return number;
}

/** `--interval`: polling faster than 50 ms only loads the store; slower than 1 s is not live. */
export function intervalMs(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 50 || number > 1000) {
    throw new InvalidArgumentError('expected a whole number of milliseconds from 50 to 1000');
  }
  return number;
}
