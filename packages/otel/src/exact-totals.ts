import type { Attributes } from '@opentelemetry/api';
import { picoToUsd, usdToPico } from '@tollgate/core';

/** One attribute set's exact sums. */
interface Sums {
  attributes: Attributes;
  /** Integer counts of 10^-12 dollars, one per measure. */
  pico: bigint[];
}

/**
 * Exact running sums of USD, per attribute set and per measure (e.g. cost and hold). Each
 * amount is added as an integer count of 10^-12 dollars (every settled amount has at most
 * 12 places), and a sum becomes a number only when it is read: a day of small costs reads
 * as its exact total, rounded once, never as a float that drifted call by call.
 */
export class ExactTotals {
  readonly #sums = new Map<string, Sums>();
  readonly #measures: number;

  constructor(measures = 1) {
    this.#measures = measures;
  }

  /**
   * Adds decimal strings of USD, one per measure, to the sums for `attributes`. `key` must
   * identify the attribute set (callers build it from the values in a fixed order, which is
   * cheaper than deriving it here on every call).
   */
  add(key: string, attributes: Attributes, amounts: readonly string[]): void {
    let sums = this.#sums.get(key);
    if (sums === undefined) {
      sums = { attributes, pico: Array.from({ length: this.#measures }, () => 0n) };
      this.#sums.set(key, sums);
    }
    for (let measure = 0; measure < this.#measures; measure += 1) {
      sums.pico[measure] = (sums.pico[measure] as bigint) + usdToPico(amounts[measure] ?? '0');
    }
  }

  /** Every sum of one measure: its attributes, the exact decimal string and the number nearest to it. */
  *entries(measure = 0): IterableIterator<{ attributes: Attributes; usd: string; value: number }> {
    for (const { attributes, pico } of this.#sums.values()) {
      const usd = picoToUsd(pico[measure] as bigint);
      yield { attributes, usd, value: Number(usd) };
    }
  }
}
