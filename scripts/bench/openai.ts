/**
 * `@tollgate/openai` figures, all against the loopback mock provider in this process:
 * - wrapped/raw median latency of a 1,000-token chat call, non-streaming and time to first
 *   chunk, measured side by side (raw and wrapped alternate, medians of many calls);
 * - estimate/actual input tokens of each estimator on a corpus of English, code, CJK and
 *   JSON prompts ("actual" is the provider's count: the mock's o200k count with framing);
 * - the cost of importing `@tollgate/openai` once `openai` is loaded (fresh processes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createBudget, usageTokens } from '@tollgate/core';
import { type MeteringPlan, meterClient, type StainlessClient } from '@tollgate/core/adapter';
import { countInputTokens, countTextTokens, startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import OpenAI from 'openai';
import { byteBound, measureChat, tokenizerCount } from '../../packages/openai/src/measure-input.ts';
import { loadCounter } from '../../packages/openai/src/text-tokenizer.ts';
import { bareFloorFetch, GPT_4O } from './_bare-floor.ts';
import { CORPUS, ENGLISH } from './_corpus.ts';
import { budgetLedger, guardedPrototype, leastLedger } from './_guarded-prototype.ts';
import { LeastBudget } from './_least-budget.ts';
import { median, overheadRow, STEADY_STATE_WARMUP } from './_measure.ts';
import { prototypeFetch } from './_prototype-fetch.ts';
import type { BenchRow, BenchSection } from './types.ts';

const WARMUP = STEADY_STATE_WARMUP;
const PAIRS = 400;
const IMPORT_RUNS = 11;

function chatBody(text: string, repeat: number) {
  return {
    model: 'gpt-4o',
    messages: [
      { role: 'system' as const, content: 'You are a careful assistant.' },
      { role: 'user' as const, content: Array.from({ length: repeat }, () => text).join('\n') },
    ],
    max_completion_tokens: 16,
  };
}

async function tightness(): Promise<BenchRow[]> {
  const count = await loadCounter('o200k_base');
  const rows: BenchRow[] = [];
  for (const [category, samples] of CORPUS) {
    const ratios = { bytes: [] as number[], tokenizer: [] as number[] };
    for (const sample of samples) {
      for (const repeat of [1, 8]) {
        const body = chatBody(sample, repeat);
        const actual = await countInputTokens('chat', body);
        const measure = measureChat(body, 'gpt-4o');
        ratios.bytes.push(byteBound(measure) / actual);
        ratios.tokenizer.push(tokenizerCount(measure, count) / actual);
      }
    }
    for (const [estimator, values] of Object.entries(ratios)) {
      const low = Math.min(...values);
      rows.push({
        name: `estimate/actual input tokens, ${category}, '${estimator}'`,
        value: `${median(values).toFixed(2)} (min ${low.toFixed(2)}, max ${Math.max(...values).toFixed(2)})`,
        target: '>= 1.00 (never under)',
        meets: low >= 1,
        note: `${values.length} prompts`,
      });
    }
  }
  return rows;
}

async function latency(): Promise<{ rows: BenchRow[]; notes: string[] }> {
  const mock = await startMockProvider();
  try {
    const options = { apiKey: 'bench', baseURL: mock.openaiBaseURL, maxRetries: 0 };
    const raw = new OpenAI(options);
    const wrapped = withBudget(new OpenAI(options), { limitUsd: 1_000_000 });
    const exact = withBudget(new OpenAI(options), { limitUsd: 1_000_000, estimate: 'tokenizer' });
    // Floors: what metering costs before any planning or pricing. `kit` holds and settles
    // fixed amounts through the same seams (reserve, observe the response, settle); `seams`
    // only routes through the overridden request and fetch, holding nothing.
    const floorBudget = createBudget({ id: 'floor', limitUsd: 1_000_000 });
    const observed = { usage: { tokens: usageTokens(), model: 'gpt-4o' } };
    const fixedPrice = {
      costUsd: '0.0026',
      provider: 'openai',
      model: 'gpt-4o',
      pricingVersion: 'fixed',
    };
    const fixedPlan: MeteringPlan = {
      holdUsd: '0.01',
      model: 'gpt-4o',
      observer: { json: () => observed, event: () => true, end: () => observed },
      price: () => fixedPrice,
    };
    // The SDK declares `fetch` private, so its class is not structurally a StainlessClient.
    const metered = (route: Parameters<typeof meterClient>[1]['route']) =>
      meterClient(new OpenAI(options) as unknown as StainlessClient, {
        budget: floorBudget,
        route,
      }) as unknown as OpenAI;
    const kit = metered(() => ({ kind: 'metered', plan: () => ({ ...fixedPlan }) }));
    const prototypeBudget = createBudget({ id: 'prototype', limitUsd: 1_000_000 });
    const prototype = new OpenAI({ ...options, fetch: prototypeFetch(prototypeBudget) });
    const guarded = guardedPrototype(
      new OpenAI(options),
      budgetLedger(createBudget({ id: 'guarded', limitUsd: 1_000_000 })),
    );
    const guardedLeast = guardedPrototype(new OpenAI(options), leastLedger('1000000'));
    // The adapter's budget as a least budget: one link, no window, the default thresholds
    // (0.5, 0.8 and the limit) and time-to-live.
    const leastBudget = new LeastBudget(
      [{ id: 'least-budget', limitUsd: '1000000', thresholds: [0.5, 0.8] }],
      900_000,
    );
    const guardedLeastBudget = guardedPrototype(new OpenAI(options), leastBudget);
    const seams = metered(() => ({ kind: 'free' }));
    const bare = new OpenAI({ ...options, fetch: bareFloorFetch(GPT_4O, 1_000_000) });
    // A ~1,000-token prompt.
    const sentence = `${ENGLISH.join(' ')} `;
    const perSentence = await countTextTokens(sentence);
    const prompt = sentence.repeat(Math.round(1000 / perSentence));
    const body = {
      model: 'gpt-4o',
      messages: [{ role: 'user' as const, content: prompt }],
      max_completion_tokens: 16,
    };
    const promptTokens = await countInputTokens('chat', body);

    const nonStream = async (client: OpenAI) => {
      const start = performance.now();
      await client.chat.completions.create(body);
      return performance.now() - start;
    };
    // A raw client whose streams ask for usage, as every metered stream must (the adapter
    // turns `include_usage` on and hides the usage chunk): what that costs the provider and
    // the SDK, with no Tollgate code.
    const rawWithUsage = new OpenAI(options);
    const firstChunk = async (client: OpenAI) => {
      const start = performance.now();
      const stream = await client.chat.completions.create(
        client === rawWithUsage
          ? { ...body, stream: true, stream_options: { include_usage: true } }
          : { ...body, stream: true },
      );
      let first = 0;
      for await (const _chunk of stream) if (first === 0) first = performance.now() - start;
      return first;
    };
    const sideBySide = async (
      measure: (client: OpenAI) => Promise<number>,
      other: OpenAI,
      base: OpenAI = raw,
    ) => {
      const times = { raw: [] as number[], wrapped: [] as number[] };
      for (let i = 0; i < WARMUP + PAIRS; i++) {
        // Alternate who goes first, so neither side always runs on a warmer loop.
        const order = i % 2 === 0 ? (['raw', 'wrapped'] as const) : (['wrapped', 'raw'] as const);
        for (const side of order) {
          const time = await measure(side === 'raw' ? base : other);
          if (i >= WARMUP) times[side].push(time);
        }
      }
      return { raw: median(times.raw), wrapped: median(times.wrapped) };
    };
    type Measure = (client: OpenAI) => Promise<number>;
    // Each row, in the order measured: its name, what it times, the client set beside raw,
    // and its target ratio when it has one.
    const measured: [name: string, measure: Measure, client: OpenAI, limit?: number][] = [
      ["wrapped/raw latency, non-streaming, estimate 'auto'", nonStream, wrapped, 1.06],
      ["wrapped/raw time to first chunk, estimate 'auto'", firstChunk, wrapped, 1.08],
      ["wrapped/raw latency, non-streaming, estimate 'tokenizer'", nonStream, exact],
      [
        'reference: minimal prototype (byte-bound hold, charge from the SDK json(), exact price, settle)/raw, non-streaming',
        nonStream,
        prototype,
      ],
      [
        'reference: guarantee-keeping prototype on a Tollgate budget (scripts/bench/_guarded-prototype.ts)/raw, non-streaming',
        nonStream,
        guarded,
      ],
      [
        'reference: the same prototype on the least ledger (one limit, a map of holds, a list of entries)/raw, non-streaming',
        nonStream,
        guardedLeast,
      ],
      [
        "reference: the same prototype on a least budget that keeps a budget's guarantees (scripts/bench/_least-budget.ts: chain, windows, shadow mode, thresholds, expiry, events, exact money, a ledger)/raw, non-streaming",
        nonStream,
        guardedLeastBudget,
      ],
      [
        'floor: no Tollgate code (scripts/bench/_bare-floor.ts: hold the body length, charge json() at inlined integer rates)/raw, non-streaming',
        nonStream,
        bare,
      ],
      [
        'floor: seams only (request and fetch overridden, nothing held)/raw, non-streaming',
        nonStream,
        seams,
      ],
      [
        'floor: metering kit with a fixed hold and charge (no planning, no pricing)/raw, non-streaming',
        nonStream,
        kit,
      ],
      [
        'floor: metering kit with a fixed hold and charge/raw, time to first chunk',
        firstChunk,
        kit,
      ],
      [
        'floor: no Tollgate code, the stream asking for usage (stream_options.include_usage)/raw, time to first chunk',
        firstChunk,
        rawWithUsage,
      ],
    ];
    const rows: BenchRow[] = [];
    for (const [name, measure, client, limit] of measured)
      rows.push(overheadRow(name, await sideBySide(measure, client), PAIRS, limit));
    // The same call with no network: the SDK is handed the provider's answer at once, so the
    // whole loop (SDK and Tollgate) stays in the CPU's caches and only the work itself shows.
    const canned = cannedChat(body);
    const cannedOptions = { ...options, fetch: canned };
    const cannedRaw = new OpenAI(cannedOptions);
    for (const [name, client] of [
      [
        "no network (the SDK's fetch answers at once): adapter/raw, non-streaming, estimate 'auto'",
        withBudget(new OpenAI(cannedOptions), { limitUsd: 1_000_000 }),
      ],
      [
        'no network: the guarantee-keeping prototype on the least ledger/raw, non-streaming',
        guardedPrototype(new OpenAI(cannedOptions), leastLedger('1000000')),
      ],
    ] as const)
      rows.push(overheadRow(name, await sideBySide(nonStream, client, cannedRaw), PAIRS));
    return {
      rows,
      notes: [
        `Latency: a ${promptTokens}-token chat prompt, 16 output tokens, on the loopback mock provider in the same process; raw and wrapped calls alternate.`,
        `Every latency row follows ${STEADY_STATE_WARMUP} interleaved warm-up pairs (see STEADY_STATE_WARMUP in scripts/bench/_measure.ts): the steady state of a service, not its first calls.`,
        "The reference row is the cheapest metering of this call we know (scripts/bench/_prototype-fetch.ts): a fetch that holds a byte bound, charges from the SDK's own json() at the exact price and settles on a memory-store budget, with none of the adapter's endings, retries, streams or events. It is measured in the same run as the adapter, so the gap between them is what the adapter's guarantees and design cost here.",
        "The guarantee-keeping rows (scripts/bench/_guarded-prototype.ts) keep what the adapter's tests hold for this call, written flat in one file: one hold per logical call in the options promise the SDK awaits (retries reuse it; a refusal rejects before any byte is sent), an exact charge from the SDK's own json() with the tokens, model and pricing version in the ledger entry, a response nobody reads charged at the end of its turn, a failed call released, and a deadline before the hold expires. The first holds on a Tollgate budget through the kit's synchronous hold and charge; the second on the least ledger a hard limit needs (one limit, integer pico-dollars, a map of holds, a bounded list of entries). Between them is what the budget's own guarantees cost (chains, windows, events, the store contract); between the first and the adapter, what the kit's layers cost; the second is the floor of these guarantees with any budget at all.",
        "The least-budget row (scripts/bench/_least-budget.ts) holds the same prototype on a budget written flat that keeps what a Tollgate budget guarantees a call: a chain admitted all or nothing, windows, shadow mode, closed budgets, thresholds and the limit reported once per window, holds that expire, events built only when someone listens, exact integer money with decimal strings in the ledger and the status, a bounded ledger. It leaves out only what needs a store shared with other processes, adjustments and wait mode. In side-by-side runs of 2026-12-02 (4 rounds of 500 after 2,000 warm-up) it measured +35 to +45 µs against +34 to +39 for the least ledger and +47 to +64 for the prototype on a Tollgate budget: kept in a flat design, the budget's guarantees cost a few µs, and the rest of the gap is the Tollgate budget's layers (the reserve's amount and options checked again, a command object per store call, the settlement's details walked for serialisability, a reservation and its endings per call, ledger entries built from decimal strings). A CPU profile of the two prototypes on the loopback put that gap in about twenty functions of the budget and the memory store, none above 2 µs.",
        "The bare floor (scripts/bench/_bare-floor.ts) is the least any metering of this call can do through the SDK's fetch seam, with no Tollgate code at all: it holds a bound of the body's length against a number, and charges from the SDK's own json() at gpt-4o's rates written in as integers. It keeps none of the guarantees (no price table, no retries as one call, no endings, no ledger entries), so no design that keeps them can cost less.",
        "The floors show where the time goes. Routing through the SDK seams costs nothing measurable; the kit floor holds and settles a fixed amount (one reserve and one settle on the in-memory store) and observes the body as the SDK reads it: a JSON body charged from the SDK's own json() (no second read or parse), a stream read through the provider's own body object (no second ReadableStream) with only its event boundaries found. The rest of the 'auto' overhead is planning the hold (byte bound) and pricing the usage; for a stream, also what asking for usage costs before any Tollgate code runs (the usage floor row: a raw stream with `stream_options.include_usage`, so the provider adds `\"usage\":null` to every chunk and a usage chunk at the end, and the SDK parses them; the kit floor's streams do not ask for usage, the adapter's must, to charge a stream exactly). Against a real provider (hundreds of milliseconds and more) the same absolute overhead is a few hundredths of a percent.",
        "The no-network rows run the same calls with a fetch that answers at once: nothing but the SDK's and Tollgate's code runs, and all of it stays in the CPU's caches. There the adapter's whole work per call (planning, hold, observing, pricing, settling) is a few µs; on the loopback rows, where the network stack, the HTTP parser and the mock provider run between a call's steps and evict that code, the same work costs several times more. An experiment on 2026-12-01 with the mock provider in a process of its own gave the same loopback overhead, so the difference is not the mock's own work in this process: the cost of Tollgate's code here is mostly how much distinct code and data a call touches, not how many instructions it runs.",
        "Where the adapter's time went on 2026-12-01 (scripts run beside this bench: one step of the adapter replaced by a constant at a time, each against the kit floor in the same process, 1,500 pairs after 2,000 warm-up pairs, 2 to 3 runs each): before a plain chat body was read in one pass, its JSON snapshot cost 2-3 µs, its measure 2-4 µs and its refusal checks 1-2 µs; the hold's price 3.5-4.5 µs, of which 2 µs was an object literal with a conditional spread (now two plain literals); reading the answer's usage and pricing it 3-5 µs; the kit's hold, observation and settlement (the kit floor) 14-17 µs. The plain chat reader (packages/openai/src/plain-chat.ts) copies and measures a body of text messages in one loop, with the same result as the general path (a differential property test holds them equal), and saved about 5 µs per call. Each remaining step costs 1-4 µs here for a fraction of a µs of work: what is left is spread over the kit's and the budget's layers, where the guarantee-keeping prototype on a Tollgate budget shows the floor of a design that keeps them. The same way on the least-ledger prototype (scratch runs of 2026-12-01, 1,200 pairs): without its reading of a response nobody awaits (one setImmediate) it cost 2.8 µs less, without its failure release 3.3 µs, without its deadline 3.9 µs, without pricing the usage 7 µs and without pricing the hold (pricing.boundUsd) 8.7 µs; without all of them 12.3 µs less. Each guarantee and each price step costs a few µs in this setting whatever its design, which is why the adapter, which keeps all of them and prices exactly twice per call, sits above the prototypes. On 2026-12-02 (a copy of the built packages changed by switches, interleaved with the unchanged ones in one process, 4 rounds of 500 after 2,000 warm-up; two copies of the same code differ by 3-9 µs there): the budget reserving the kit's own hold without checking its amount and options again saved nothing measurable; that together with three guarantees dropped (the check that the body sent is the one planned, the content-type read that tells a stream from a JSON body, the deadline) saved about 9 µs on the kit floor and 3 µs on the adapter. No single step of the kit is worth the tens of µs the targets ask for: what is left is the sum of many small ones.",
      ],
    };
  } finally {
    await mock.close();
  }
}

/**
 * A `fetch` that answers every chat call at once with one chat completion (usage included,
 * a quarter of the request's bytes as its prompt tokens), so a call costs only the SDK's and
 * Tollgate's work.
 */
function cannedChat(request: object): typeof fetch {
  const promptTokens = Buffer.byteLength(JSON.stringify(request)) >> 2;
  const answer = JSON.stringify({
    id: 'chatcmpl-canned',
    object: 'chat.completion',
    created: 0,
    model: 'gpt-4o-2024-08-06',
    choices: [
      { index: 0, message: { role: 'assistant', content: 'canned' }, finish_reason: 'stop' },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: 16,
      total_tokens: promptTokens + 16,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    },
  });
  return async () =>
    new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } });
}

/** Bundles the adapter as a build would (workspace code inlined, `openai` and the tokenizer left out). */
async function bundleAdapter(folder: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const fromTsup = createRequire(require.resolve('tsup'));
  // esbuild comes with tsup; only `build` is used.
  const esbuild = fromTsup('esbuild') as {
    build(options: Record<string, unknown>): Promise<unknown>;
  };
  const outfile = join(folder, 'tollgate-openai.mjs');
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../../packages/openai/src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['@tollgate/source'],
    external: ['openai', 'gpt-tokenizer', 'gpt-tokenizer/*'],
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

async function importCost(): Promise<BenchRow[]> {
  // Inside the package, so the child resolves `openai` from its node_modules.
  const folder = fileURLToPath(
    new URL('../../packages/openai/node_modules/.cache/bench/', import.meta.url),
  );
  mkdirSync(folder, { recursive: true });
  const bundle = await bundleAdapter(folder);
  const child = join(folder, 'import-child.mjs');
  writeFileSync(
    child,
    [
      "import { performance } from 'node:perf_hooks';",
      'const start = performance.now();',
      "await import('openai');",
      'const loaded = performance.now();',
      `await import(${JSON.stringify(bundle)});`,
      'const wrapped = performance.now();',
      'console.log(JSON.stringify({ openai: loaded - start, adapter: wrapped - loaded }));',
    ].join('\n'),
  );
  const openai: number[] = [];
  const adapter: number[] = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    const result = spawnSync(process.execPath, [child], { encoding: 'utf8' });
    const figures = JSON.parse(result.stdout) as { openai: number; adapter: number };
    openai.push(figures.openai);
    adapter.push(figures.adapter);
  }
  const cost = median(adapter);
  return [
    {
      name: 'import @tollgate/openai after openai',
      value: `${cost.toFixed(1)} ms`,
      target: '<= 30 ms',
      meets: cost <= 30,
      note: `median of ${IMPORT_RUNS} fresh processes (bundled as a build would; openai alone: ${median(openai).toFixed(1)} ms)`,
    },
  ];
}

async function tokenizerLoad(): Promise<BenchRow[]> {
  const child = fileURLToPath(
    new URL('../../packages/openai/node_modules/.cache/bench/load-child.mjs', import.meta.url),
  );
  writeFileSync(
    child,
    [
      "import { performance } from 'node:perf_hooks';",
      'const start = performance.now();',
      "const { countTokens } = await import('gpt-tokenizer/encoding/o200k_base');",
      'const loaded = performance.now();',
      "const text = 'The quick brown fox jumps over the lazy dog. '.repeat(500);",
      'const counted = performance.now(); countTokens(text); const done = performance.now();',
      'console.log(JSON.stringify({ load: loaded - start, count: done - counted, bytes: text.length }));',
    ].join('\n'),
  );
  const loads: number[] = [];
  const counts: number[] = [];
  for (let run = 0; run < 5; run++) {
    const figures = JSON.parse(
      spawnSync(process.execPath, [child], { encoding: 'utf8' }).stdout,
    ) as {
      load: number;
      count: number;
    };
    loads.push(figures.load);
    counts.push(figures.count);
  }
  return [
    {
      name: 'gpt-tokenizer o200k_base: first load (lazy, only when an exact count is needed)',
      value: `${median(loads).toFixed(0)} ms`,
      note: `median of 5 fresh processes; first count of 22.5 kB English: ${median(counts).toFixed(1)} ms`,
    },
  ];
}

export default async function benchOpenai(): Promise<BenchSection> {
  const { rows: latencyRows, notes } = await latency();
  return {
    title: '@tollgate/openai',
    rows: [
      ...latencyRows,
      ...(await tightness()),
      ...(await importCost()),
      ...(await tokenizerLoad()),
    ],
    notes: [
      ...notes,
      "Estimators: 'bytes' holds on UTF-8 bytes (no tokenizer; never under, by construction); 'tokenizer' counts with gpt-tokenizer; 'auto' (the default) uses bytes and counts exactly only when the byte hold does not fit the budget.",
    ],
  };
}
