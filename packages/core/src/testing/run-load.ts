import type { Budget } from '../budget.js';
import { codeOf } from '../errors.js';
import { formatUsd, money, roundDown, sumMoney } from '../money.js';
import { seededRandom } from './seeded-random.js';

/** What a load worker is told to do. */
export interface LoadConfig {
  /** The root budget's id. */
  rootId: string;
  /** The root budget's limit, in USD. */
  rootLimitUsd: string;
  /** The child budget's id, where calls are made. */
  leafId: string;
  /** The child budget's limit, in USD. */
  leafLimitUsd: string;
  /** How many calls to make. */
  calls: number;
  /** How many calls run at once. */
  concurrency: number;
  /** Seed of the random amounts and outcomes, so a run can be repeated. */
  seed: number;
  /** Largest amount reserved per call, in pico-dollars. */
  maxPicos: number;
}

/** What a load worker reports. */
export interface LoadResult {
  /** Calls whose reservation was admitted. */
  admitted: number;
  /** Calls refused with `BUDGET_EXCEEDED`. */
  refused: number;
  /** Admitted calls released without cost. */
  released: number;
  /** Actual costs settled, as decimal strings. */
  charged: string[];
  /** The leaf's settled spend at the end, in USD. */
  spentUsd: string;
  /** Codes of unexpected errors (anything but BUDGET_EXCEEDED). */
  errors: string[];
}

/**
 * Makes `calls` calls on `budget`, `concurrency` lanes at a time. Each reserves a random
 * 12-decimal amount and then settles a random part of it (never more, so the reservation
 * bounds the cost) or, one time in eight, releases it.
 */
export async function runLoad(budget: Budget, config: LoadConfig): Promise<LoadResult> {
  const random = seededRandom(config.seed);
  const result: LoadResult = {
    admitted: 0,
    refused: 0,
    released: 0,
    charged: [],
    spentUsd: '0',
    errors: [],
  };
  let next = 0;
  const lane = async () => {
    while (next < config.calls) {
      next += 1;
      const picos = 1 + random(config.maxPicos);
      const amount = money(picos).div(1e12);
      try {
        const reservation = await budget.reserve(formatUsd(amount));
        result.admitted += 1;
        await new Promise((resolve) => setImmediate(resolve));
        if (random(8) === 0) {
          await reservation.release();
          result.released += 1;
          continue;
        }
        const actual = formatUsd(roundDown(amount.times(random(101)).div(100)));
        await reservation.settle(actual, { model: 'load-test', tokens: { input: picos % 1000 } });
        result.charged.push(actual);
      } catch (error) {
        const code = codeOf(error);
        if (code === 'BUDGET_EXCEEDED') result.refused += 1;
        else result.errors.push(code ?? String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: config.concurrency }, lane));
  await budget.flush();
  result.spentUsd = formatUsd(sumMoney(result.charged.map(money)));
  return result;
}
