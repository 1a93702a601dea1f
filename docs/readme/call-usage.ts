import type { CallUsage } from '@tollgate/core';

export const usage: CallUsage = {
  tokens: {
    // Disjoint buckets: their sum is the call's total input.
    input: { uncached: 200, cacheRead: 800, cacheWrite5m: 0, cacheWrite1h: 0 },
    // Text and reasoning, both billed as output.
    output: { text: 30, reasoning: 20 },
  },
  toolCalls: { webSearch: 1 }, // billable tool calls are counts, never tokens
  model: 'gpt-4o-2024-08-06', // as the response names it
  serviceTier: 'default', // as the response reports it
};
