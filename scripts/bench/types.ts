/** One measured figure in the benchmark report. */
export interface BenchRow {
  /** What was measured, e.g. "computeCost, resolved model". */
  name: string;
  /** The figure, already formatted (a median, a rate or a ratio). */
  value: string;
  /** The target it is held against, e.g. ">= 500,000 /s"; omit when there is none. */
  target?: string;
  /** Whether the figure meets the target; omit when there is none. */
  meets?: boolean;
  /** How it was measured, in a few words. */
  note?: string;
}

/** A section of `docs/benchmarks.md`, produced by one file in `scripts/bench/`. */
export interface BenchSection {
  title: string;
  rows: BenchRow[];
  /** Paragraphs printed under the table. */
  notes?: string[];
}
