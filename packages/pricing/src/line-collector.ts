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

  /** Adds a line of `tokens` at a per-million-token rate. */
  token(kind: CostLineKind, tokens: number, rate: CompiledRate): void {
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
    const femto = rate.femto === undefined ? Number.NaN : rate.femto * count;
    if (Number.isSafeInteger(femto) && Number.isSafeInteger(this.femtos + femto)) {
      this.femtos += femto;
      return formatFemtoUnits(femto);
    }
    const usd = rate.fixed * BigInt(count);
    this.units += usd;
    return formatFixedUnits(usd);
  }
}
