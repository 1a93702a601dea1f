/**
 * `@tollgate/pricing` figures: computeCost calls per second for a resolved model, and model
 * resolution time with the full bundled table. Medians of several runs; no assertions.
 */
import { performance } from 'node:perf_hooks';
import { computeCost, createPricing, defaultPricing } from '@tollgate/pricing';
import { median } from './_measure.ts';
import type { BenchSection } from './types.ts';

const RUNS = 7;

function callsPerSecond(fn: () => unknown, iterations: number): number {
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    rates.push(iterations / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

function microsPerCall(fn: (i: number) => unknown, iterations: number): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn(i);
    times.push(((performance.now() - start) * 1000) / iterations);
  }
  return median(times);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export default async function benchPricing(): Promise<BenchSection> {
  const pricing = defaultPricing();
  const chat = {
    prompt_tokens: 2006,
    completion_tokens: 300,
    total_tokens: 2306,
    prompt_tokens_details: { cached_tokens: 1920 },
    completion_tokens_details: { reasoning_tokens: 120 },
  };
  const anthropic = {
    input_tokens: 415,
    cache_creation_input_tokens: 300,
    cache_read_input_tokens: 5000,
    cache_creation: { ephemeral_5m_input_tokens: 100, ephemeral_1h_input_tokens: 200 },
    output_tokens: 76,
  };
  const normalized = {
    inputTokens: 86,
    cacheReadTokens: 1920,
    cacheWrite5mTokens: 0,
    cacheWrite1hTokens: 0,
    outputTokens: 300,
  };
  const at = Date.now();
  // Warm up: resolve, compile the rates and let the JIT settle.
  for (let i = 0; i < 50_000; i++)
    pricing.computeCost({ provider: 'openai', model: 'gpt-4o', usage: chat, at });

  const target = 500_000;
  const rawChat = callsPerSecond(
    () => pricing.computeCost({ provider: 'openai', model: 'gpt-4o', usage: chat, at }),
    200_000,
  );
  const rawAnthropic = callsPerSecond(
    () =>
      pricing.computeCost({
        provider: 'anthropic',
        model: 'claude-sonnet-4-5',
        usage: anthropic,
        at,
      }),
    200_000,
  );
  // As users call it: the top-level function, default pricing, the model resolved from its
  // id on every call and the price picked for now.
  const asUsers = callsPerSecond(
    () => computeCost({ provider: 'openai', model: 'gpt-4o', usage: chat }),
    200_000,
  );
  const norm = callsPerSecond(
    () => computeCost({ provider: 'openai', model: 'gpt-4o', usage: normalized, at }),
    200_000,
  );

  // Resolution with a fresh Pricing per measurement, so the per-id cache does not hide the work.
  const ids = {
    alias: 'gpt-5.1-chat-latest',
    snapshot: 'claude-sonnet-4-5-20250929',
    prefixed: 'openai/GPT-4o-2025-01-01',
  };
  const cold = (provider: 'openai' | 'anthropic', id: string) =>
    microsPerCall(() => createPricing().resolve(provider, id), 200) -
    microsPerCall(() => createPricing(), 200);
  const aliasUs = cold('openai', ids.alias);
  const snapshotUs = cold('anthropic', ids.snapshot);
  const prefixedUs = cold('openai', ids.prefixed);
  const cached = microsPerCall(() => pricing.resolve('openai', ids.alias), 100_000);
  const unknown = microsPerCall((i) => {
    try {
      pricing.resolve('openai', `gpt-4o-mni-${i}`);
    } catch {
      // expected: UnknownModelError with suggestions
    }
  }, 500);

  return {
    title: '@tollgate/pricing',
    rows: [
      {
        name: 'computeCost({ provider, model, usage }) as users call it: model resolved from its id each call, raw Chat usage (gpt-4o, cached + reasoning)',
        value: `${fmt(asUsers)} /s`,
        target: '>= 500,000 /s',
        meets: asUsers >= target,
        note: `median of ${RUNS} runs x 200k calls; default pricing, no \`at\``,
      },
      {
        name: 'computeCost, resolved model, raw Chat usage (gpt-4o, cached + reasoning)',
        value: `${fmt(rawChat)} /s`,
        target: '>= 500,000 /s',
        meets: rawChat >= target,
        note: `median of ${RUNS} runs x 200k calls`,
      },
      {
        name: 'computeCost, resolved model, raw Anthropic usage (cache reads + 5m/1h writes)',
        value: `${fmt(rawAnthropic)} /s`,
        target: '>= 500,000 /s',
        meets: rawAnthropic >= target,
        note: `median of ${RUNS} runs x 200k calls`,
      },
      {
        name: 'computeCost, normalised usage, default pricing',
        value: `${fmt(norm)} /s`,
        target: '>= 500,000 /s',
        meets: norm >= target,
      },
      {
        name: 'resolve alias, first time (full table)',
        value: `${aliasUs.toFixed(2)} µs`,
        note: ids.alias,
      },
      {
        name: 'resolve dated snapshot, first time',
        value: `${snapshotUs.toFixed(2)} µs`,
        note: ids.snapshot,
      },
      {
        name: 'resolve prefixed, unlisted dated id, first time',
        value: `${prefixedUs.toFixed(2)} µs`,
        note: ids.prefixed,
      },
      { name: 'resolve, cached id', value: `${cached.toFixed(3)} µs` },
      {
        name: 'unknown id -> UnknownModelError with suggestions',
        value: `${unknown.toFixed(1)} µs`,
        note: 'edit distance against every id, alias and snapshot',
      },
    ],
    notes: [
      'Rates are parsed once per model into exact per-token amounts (big.js behind @tollgate/core money); a call is a few multiplications of plain integers of 10^-15 dollars (bigints of 10^-30 dollars when a product outgrows them) and one string format per line.',
      "First-time resolution is measured as (createPricing + resolve) minus createPricing alone, so it includes compiling the model's rates.",
    ],
  };
}

// Run directly: print the section.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchPricing().then((section) => {
    for (const row of section.rows)
      console.log(
        `${row.name}: ${row.value}${row.target ? ` (target ${row.target}, ${row.meets ? 'met' : 'NOT met'})` : ''}`,
      );
  });
}
