import { formatFemtoUnits, formatFixedUnits } from '@tollgate/core/internal';
import { type CompiledRate, FEMTO_IN_FIXED } from './compile.js';
import type { CostLine, CostLineKind } from './cost-types.js';

/** One priced line, kept as integers until someone reads the lines. */
interface Entry {
  readonly kind: CostLineKind;
  readonly count: number;
  readonly rate: CompiledRate;
  readonly perTokens: boolean;
  /** The line's cost in 10^-15 dollars, or `undefined` when it needed `fixed`. */
  readonly femtos: number | undefined;
  /** The line's cost in 10^-30 dollars, when it did not fit `femtos`. */
  readonly fixed: bigint | undefined;
}

/**
 * Collects cost lines and sums them exactly: as plain numbers of 10^-15 dollars while every
 * rate and product fits (the usual case, and much faster to format), else as native
 * bigints of 10^-30 dollars (see `CompiledRate.fixed`). Only the total is formatted at once:
 * the lines become `CostLine`s when someone reads them (a hold reads only its total).
 * Methods, not per-call closures: this is the hot path.
 */
export class LineCollector {
  readonly #entries: Entry[] = [];
  private femtos = 0;
  private units = 0n;

  /** Adds a line of `tokens` at a per-million-token rate. */
  token(kind: CostLineKind, tokens: number, rate: CompiledRate): void {
    this.#add(kind, tokens, rate, true);
  }

  /** Adds a line of `count` calls at a per-thousand-call rate. */
  call(kind: CostLineKind, count: number, rate: CompiledRate): void {
    this.#add(kind, count, rate, false);
  }

  /** The lines so far, each with its exact cost as a decimal string. */
  lines(): CostLine[] {
    return this.#entries.map((entry) => ({
      kind: entry.kind,
      ...(entry.perTokens ? { tokens: entry.count } : { count: entry.count }),
      rateUsd: entry.rate.text,
      unit: entry.perTokens ? 'per_million_tokens' : 'per_thousand_calls',
      usd:
        entry.femtos === undefined
          ? formatFixedUnits(entry.fixed as bigint)
          : formatFemtoUnits(entry.femtos),
    }));
  }

  /** The sum so far, in 10^-30 dollars: exact, for comparing two collections. */
  totalUnits(): bigint {
    return this.units + BigInt(this.femtos) * FEMTO_IN_FIXED;
  }

  /** The sum so far, as a decimal string of USD. */
  total(): string {
    if (this.units === 0n) return formatFemtoUnits(this.femtos);
    return formatFixedUnits(this.units + BigInt(this.femtos) * FEMTO_IN_FIXED);
  }

  #add(kind: CostLineKind, count: number, rate: CompiledRate, perTokens: boolean): void {
    const femtos = rate.femto === undefined ? Number.NaN : rate.femto * count;
    if (Number.isSafeInteger(femtos) && Number.isSafeInteger(this.femtos + femtos)) {
      this.femtos += femtos;
      this.#entries.push({ kind, count, rate, perTokens, femtos, fixed: undefined });
      return;
    }
    const fixed = rate.fixed * BigInt(count);
    this.units += fixed;
    this.#entries.push({ kind, count, rate, perTokens, femtos: undefined, fixed });
  }
}

/**
 * The `lines` of a cost result whose getter calls this: made from `collector` on the first
 * read, then kept as an ordinary property (as if it had been set at once).
 */
export function readLines(result: { lines: CostLine[] }, collector: LineCollector): CostLine[] {
  const lines = collector.lines();
  writeLines(result, lines);
  return lines;
}

/** Replaces a cost result's lazy `lines` with `lines`, an ordinary property. */
export function writeLines(result: { lines: CostLine[] }, lines: CostLine[]): void {
  Object.defineProperty(result, 'lines', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: lines,
  });
}
