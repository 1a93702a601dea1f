import type { Attributes } from '@opentelemetry/api';
import { picoToUsd, usdToPico } from '@tollgate/core';

/**
 * Exact running sums of USD, one per attribute set. Each amount is added as an integer
 * count of 10^-12 dollars (every settled amount has at most 12 places), and a sum becomes
 * a number only when it is read: a day of small costs reads as its exact total, rounded
 * once, never as a float that drifted call by call.
 */
export class ExactTotals {
  readonly #totals = new Map<string, { attributes: Attributes; pico: bigint }>();

  /** Adds a decimal string of USD to the sum for `attributes`. */
  add(attributes: Attributes, usd: string): void {
    const key = attributeKey(attributes);
    const total = this.#totals.get(key);
    if (total === undefined) this.#totals.set(key, { attributes, pico: usdToPico(usd) });
    else total.pico += usdToPico(usd);
  }

  /** Every sum: its attributes, the exact decimal string and the number nearest to it. */
  *entries(): IterableIterator<{ attributes: Attributes; usd: string; value: number }> {
    for (const { attributes, pico } of this.#totals.values()) {
      const usd = picoToUsd(pico);
      yield { attributes, usd, value: Number(usd) };
    }
  }
}

/** The same key for the same attributes, whatever their order. */
function attributeKey(attributes: Attributes): string {
  return JSON.stringify(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : 1)));
}
