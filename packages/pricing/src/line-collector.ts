import { formatFemtoUnits, formatFixedUnits } from '@tollgate/core/internal';
import { type CompiledRate, FEMTO_IN_FIXED } from './compile.js';
import type { CostLine, CostLineKind } from './cost-types.js';

/**
 * Collects cost lines and sums them exactly: as plain numbers of 10^-15 dollars while every
 * rate and product fits (the usual case, and much faster to format), else as native
 * bigints of 10^-30 dollars (see `CompiledRate.fixed`). Methods, not per-call closures:
 * this is the hot path.
 */
export class LineCollector {
  readonly lines: CostLine[] = [];
  private femtos = 0;
  private units = 0n;

  /**
   * `keepLines` false sums without writing lines (an adapter's hold or charge reads only the
   * total): no line objects and no decimal string per line.
   */
  constructor(private readonly keepLines = true) {}

  /** Adds a line of `tokens` at a per-million-token rate. */
  token(kind: CostLineKind, tokens: number, rate: CompiledRate): void {
    if (!this.keepLines) {
      this.sum(rate, tokens);
      return;
    }
    this.lines.push({
      kind,
      tokens,
      rateUsd: rate.text,
      unit: 'per_million_tokens',
      usd: this.add(rate, tokens),
    });
  }

  /** Adds a line of `count` calls at a per-thousand-call rate. */
  call(kind: CostLineKind, count: number, rate: CompiledRate): void {
    if (!this.keepLines) {
      this.sum(rate, count);
      return;
    }
    this.lines.push({
      kind,
      count,
      rateUsd: rate.text,
      unit: 'per_thousand_calls',
      usd: this.add(rate, count),
    });
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

  private add(rate: CompiledRate, count: number): string {
    const femto = this.sum(rate, count);
    return femto === undefined
      ? formatFixedUnits(rate.fixed * BigInt(count))
      : formatFemtoUnits(femto);
  }

  /** Adds `count` units at `rate` to the sum; returns the amount in femto-dollars when it fits. */
  private sum(rate: CompiledRate, count: number): number | undefined {
    const femto = rate.femto === undefined ? Number.NaN : rate.femto * count;
    if (Number.isSafeInteger(femto) && Number.isSafeInteger(this.femtos + femto)) {
      this.femtos += femto;
      return femto;
    }
    this.units += rate.fixed * BigInt(count);
    return undefined;
  }
}
