/**
 * The least any metering of a non-streaming call can do through the SDK's `fetch` seam, with
 * no Tollgate code at all: a reference row for what metering costs on this machine whatever
 * its design. It holds a bound of the body's length before sending (refusing past a limit),
 * charges from the SDK's own `json()` at the model's rates written in as integers, and keeps
 * its ledger in one number. No price table, no model lookup, no budget object, no retries as
 * one call, no endings, no ledger entries: the guarantees a user relies on are left out on
 * purpose, so a design that keeps them cannot cost less than this row.
 */

/** A model's rates, in pico-dollars per token, and what its usage costs. */
export interface BareRates {
  /** The dearest input token. */
  inputPico: number;
  /** The output maximum the bench asks for, priced. */
  outputBoundPico: number;
  /** The exact cost of the usage a response reports, in pico-dollars. */
  cost(usage: Record<string, number | Record<string, number> | undefined>): number;
}

/** gpt-4o: $2.50, $1.25 cached and $10 per million tokens; the bench asks for 16 output tokens. */
export const GPT_4O: BareRates = {
  inputPico: 2_500_000,
  outputBoundPico: 16 * 10_000_000,
  cost(usage) {
    const details = usage.prompt_tokens_details as Record<string, number> | undefined;
    const cached = details?.cached_tokens ?? 0;
    const prompt = usage.prompt_tokens as number;
    const completion = usage.completion_tokens as number;
    return (prompt - cached) * 2_500_000 + cached * 1_250_000 + completion * 10_000_000;
  },
};

/** A `fetch` for the SDK's `fetch` option that holds and charges as described above. */
export function bareFloorFetch(rates: BareRates, limitUsd: number): typeof fetch {
  const limit = limitUsd * 1e12;
  let committed = 0;
  return async (url, init) => {
    // Three UTF-8 bytes at most per UTF-16 unit, one token at most per byte.
    const body = String(init?.body ?? '');
    const hold = body.length * 3 * rates.inputPico + rates.outputBoundPico;
    if (committed + hold > limit) throw new Error('refused: over the limit');
    committed += hold;
    const response = await fetch(url, init);
    Object.defineProperty(response, 'json', {
      configurable: true,
      async value() {
        const answer = (await Response.prototype.json.call(response)) as {
          usage: Parameters<BareRates['cost']>[0];
        };
        committed += rates.cost(answer.usage) - hold;
        return answer;
      },
    });
    return response;
  };
}

/**
 * claude-opus-4-8: $5 and $25 per million input and output tokens, $0.50 a cache read and
 * $6.25 a five-minute cache write; the bench asks for 16 output tokens.
 */
export const CLAUDE_OPUS_4_8: BareRates = {
  inputPico: 6_250_000,
  outputBoundPico: 16 * 25_000_000,
  cost(usage) {
    const read = (usage.cache_read_input_tokens as number | undefined) ?? 0;
    const written = (usage.cache_creation_input_tokens as number | undefined) ?? 0;
    const input = usage.input_tokens as number;
    const output = usage.output_tokens as number;
    return input * 5_000_000 + read * 500_000 + written * 6_250_000 + output * 25_000_000;
  },
};
