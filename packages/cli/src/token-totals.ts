/** Input and output token totals of a ledger entry's token counts (input buckets are disjoint). */
export function tokenTotals(tokens: Readonly<Record<string, number>> | undefined): {
  input: number | undefined;
  output: number | undefined;
} {
  if (tokens === undefined) return { input: undefined, output: undefined };
  let input = 0;
  for (const [kind, count] of Object.entries(tokens)) {
    // Reasoning is part of output, never an input bucket.
    if (kind !== 'output' && kind !== 'reasoning') input += count;
  }
  return { input, output: tokens.output };
}
