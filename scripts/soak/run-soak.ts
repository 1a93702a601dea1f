/**
 * Fault injection: thousands of calls through both adapters with random faults, random
 * concurrency and random three-level budget chains, on one store, then a check of every
 * invariant Tollgate promises. Used by `pnpm soak` and, reduced, by `pnpm test`.
 */
import Anthropic from '@anthropic-ai/sdk';
import { withBudget as withAnthropicBudget } from '@tollgate/anthropic';
import {
  type Budget,
  type BudgetEvent,
  type BudgetStore,
  createBudget,
  formatUsd,
  isSettlement,
  money,
  sumMoney,
  TollgateError,
} from '@tollgate/core';
import type { MockProvider, ScriptedResponse } from '@tollgate/mock-provider';
import { withBudget as withOpenAIBudget } from '@tollgate/openai';
import OpenAI from 'openai';
import { type Random, seededRandom } from './random.ts';

/** The kinds of fault a call may meet. */
export const faults = [
  'none',
  '429',
  '500',
  '529',
  'drop',
  'error-event',
  'slow',
  'timeout',
] as const;
export type Fault = (typeof faults)[number];
type Shape = 'create' | 'stream' | 'stream-break' | 'stream-abort';

/** Options of one soak run. */
export interface SoakOptions {
  store: BudgetStore;
  storeName: string;
  provider: MockProvider;
  /** How many calls. */
  calls: number;
  /** Replays a run. @default a random seed, printed in the report */
  seed?: number;
  /** The most calls started together. @default 40 */
  maxConcurrency?: number;
  /** How long one call may take before the run counts it as hung. @default 30000 */
  hangMs?: number;
}

/** What a run did and every invariant it found broken (none, when Tollgate keeps its promises). */
export interface SoakReport {
  store: string;
  seed: number;
  calls: number;
  budgets: number;
  admitted: number;
  refused: number;
  failed: number;
  settled: number;
  released: number;
  partial: number;
  faults: Record<Fault, number>;
  spentUsd: string;
  durationMs: number;
  violations: string[];
}

const canary = `sk-canary-${Math.random().toString(36).slice(2)}-do-not-leak`;
const openaiModels = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-nano'];
const anthropicModels = ['claude-haiku-4-5', 'claude-sonnet-4-6'];

/** Runs the soak on one store and checks the invariants. */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = seededRandom(seed);
  const started = Date.now();
  const { roots, budgets, leaves } = buildChains(
    options.store,
    random,
    `${options.storeName}-${seed}`,
    options.calls,
  );
  const events: BudgetEvent[] = [];
  for (const root of roots)
    for (const name of ['reserved', 'settled', 'released', 'refused'] as const)
      root.on(name, (event) => events.push(event));
  const clients = leaves.map((leaf) => ({
    openai: withOpenAIBudget(
      new OpenAI({ apiKey: canary, baseURL: options.provider.openaiBaseURL, maxRetries: 2 }),
      { budget: leaf },
    ),
    anthropic: withAnthropicBudget(
      new Anthropic({ apiKey: canary, baseURL: options.provider.anthropicBaseURL, maxRetries: 2 }),
      { budget: leaf },
    ),
  }));
  const report: SoakReport = {
    store: options.storeName,
    seed,
    calls: options.calls,
    budgets: budgets.length,
    admitted: 0,
    refused: 0,
    failed: 0,
    settled: 0,
    released: 0,
    partial: 0,
    faults: Object.fromEntries(faults.map((fault) => [fault, 0])) as Record<Fault, number>,
    spentUsd: '0',
    durationMs: 0,
    violations: [],
  };
  const errors: unknown[] = [];
  const refusedMarkers: string[] = [];
  let next = 0;
  while (next < options.calls) {
    const batch = Math.min(random.int(1, options.maxConcurrency ?? 40), options.calls - next);
    const calls = Array.from({ length: batch }, (_, offset) => {
      const index = next + offset;
      const fault = random.pick(faults);
      report.faults[fault] += 1;
      const client = random.pick(clients);
      return guard(
        oneCall(index, fault, random, client, options.provider),
        options.hangMs ?? 30_000,
        index,
      ).then(
        () => undefined,
        (error: unknown) => {
          errors.push(error);
          if (TollgateError.isInstance(error) && error.code === 'BUDGET_EXCEEDED') {
            report.refused += 1;
            refusedMarkers.push(marker(index));
          } else if (error instanceof HangError) report.violations.push(error.message);
          else report.failed += 1;
        },
      );
    });
    next += batch;
    await Promise.all(calls);
  }
  await Promise.all(roots.map((root) => root.flush()));
  await checkInvariants(
    report,
    events,
    budgets,
    options.store,
    options.provider,
    refusedMarkers,
    errors,
  );
  report.durationMs = Date.now() - started;
  return report;
}

function buildChains(
  store: BudgetStore,
  random: Random,
  prefix: string,
  calls: number,
): { roots: Budget[]; budgets: Budget[]; leaves: Budget[] } {
  // Limits grow with the run so that refusals stay a share of the calls, not all of them.
  const scale = Math.max(1, calls / 450);
  const limit = (min: number, max: number) => ((random.int(min, max) * scale) / 1000).toFixed(3);
  const roots: Budget[] = [];
  const budgets: Budget[] = [];
  const leaves: Budget[] = [];
  for (let rootIndex = 0; rootIndex < 2; rootIndex += 1) {
    const root = createBudget({
      id: `${prefix}-r${rootIndex}`,
      limitUsd: limit(20, 60),
      store,
      ttlMs: 120_000,
    });
    roots.push(root);
    budgets.push(root);
    for (let midIndex = 0; midIndex < 2; midIndex += 1) {
      const mid = root.child({
        id: `${root.id}-m${midIndex}`,
        limitUsd: limit(10, 40),
      });
      budgets.push(mid);
      for (let leafIndex = 0; leafIndex < 2; leafIndex += 1) {
        const leaf = mid.child({
          id: `${mid.id}-l${leafIndex}`,
          limitUsd: limit(4, 25),
        });
        budgets.push(leaf);
        leaves.push(leaf);
      }
    }
  }
  return { roots, budgets, leaves };
}

const marker = (index: number) => `soak-call-${index}-end`;

function script(provider: MockProvider, index: number, fault: Fault, random: Random): void {
  const respond: ScriptedResponse | undefined = (() => {
    switch (fault) {
      case '429':
      case '500':
      case '529':
        return { status: Number(fault), retryAfterSeconds: 0.001 };
      case 'drop':
        return { dropAfterChunks: random.int(1, 4) };
      case 'error-event':
        return { errorEventAfterChunks: random.int(1, 4) };
      case 'slow':
        return { chunkDelayMs: 3, latencyMs: 20 };
      case 'timeout':
        return { latencyMs: 400 };
      default:
        return undefined;
    }
  })();
  if (respond === undefined) return;
  // Retryable faults hit 1 to 3 attempts: with maxRetries 2 the call succeeds or fails for good.
  const times = fault === '429' || fault === '500' || fault === '529' ? random.int(1, 3) : 1;
  const needle = marker(index);
  provider.script({
    match: (request) => JSON.stringify(request.body).includes(needle),
    times,
    respond,
  });
}

type Clients = {
  openai: ReturnType<typeof withOpenAIBudget<OpenAI>>;
  anthropic: ReturnType<typeof withAnthropicBudget<Anthropic>>;
};

async function oneCall(
  index: number,
  fault: Fault,
  random: Random,
  clients: Clients,
  provider: MockProvider,
): Promise<void> {
  const shapes: Shape[] =
    fault === 'error-event'
      ? ['stream', 'stream-break']
      : ['create', 'stream', 'stream-break', 'stream-abort'];
  const shape = random.pick(shapes);
  const maxTokens = random.int(4, 48);
  const content = `Soak ${'lorem ipsum '.repeat(random.int(1, 30))} ${marker(index)}`;
  script(provider, index, fault, random);
  const controller = new AbortController();
  const requestOptions = {
    signal: controller.signal,
    ...(fault === 'timeout' ? { timeout: 150, maxRetries: 1 } : {}),
  };
  const streamed = shape !== 'create';
  if (random.next() < 0.5) {
    const model = random.pick(openaiModels);
    const body = {
      model,
      messages: [{ role: 'user' as const, content }],
      max_completion_tokens: maxTokens,
    };
    if (!streamed) {
      await clients.openai.chat.completions.create(body, requestOptions);
      return;
    }
    const stream = await clients.openai.chat.completions.create(
      { ...body, stream: true },
      requestOptions,
    );
    await consume(stream, shape, controller);
    return;
  }
  const model = random.pick(anthropicModels);
  const body = { model, max_tokens: maxTokens, messages: [{ role: 'user' as const, content }] };
  if (!streamed) {
    await clients.anthropic.messages.create(body, requestOptions);
    return;
  }
  const stream = await clients.anthropic.messages.create({ ...body, stream: true }, requestOptions);
  await consume(stream, shape, controller);
}

async function consume(
  stream: AsyncIterable<unknown>,
  shape: Shape,
  controller: AbortController,
): Promise<void> {
  let seen = 0;
  for await (const _event of stream) {
    seen += 1;
    if (shape === 'stream-break' && seen === 3) break;
    if (shape === 'stream-abort' && seen === 2) controller.abort();
  }
}

class HangError extends Error {}

function guard<T>(promise: Promise<T>, ms: number, index: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HangError(`call ${index} neither resolved nor rejected within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function checkInvariants(
  report: SoakReport,
  events: readonly BudgetEvent[],
  budgets: readonly Budget[],
  store: BudgetStore,
  provider: MockProvider,
  refusedMarkers: readonly string[],
  errors: readonly unknown[],
): Promise<void> {
  const violations = report.violations;
  // Events bubble to every ancestor: count each reservation once, by id.
  const ends = new Map<string, string[]>();
  const reserved = new Set<string>();
  for (const event of events) {
    if (event.type === 'reserved') reserved.add(event.reservationId);
    if (event.type === 'settled' || event.type === 'released') {
      const id = event.type === 'settled' ? event.entry.reservationId : event.reservationId;
      const list = ends.get(id) ?? [];
      if (!list.includes(`${event.type}@${event.budgetId}`))
        list.push(`${event.type}@${event.budgetId}`);
      ends.set(id, list);
    }
  }
  report.admitted = reserved.size;
  for (const id of reserved) {
    const kinds = new Set((ends.get(id) ?? []).map((end) => end.split('@')[0]));
    if (kinds.size !== 1)
      violations.push(
        `reservation ${id} ended ${kinds.size === 0 ? 'never' : 'both settled and released'}`,
      );
    if (kinds.has('settled')) report.settled += 1;
    if (kinds.has('released')) report.released += 1;
  }
  for (const id of ends.keys())
    if (!reserved.has(id)) violations.push(`reservation ${id} ended without being reserved`);
  let total = money(0);
  for (const budget of budgets) {
    const status = await budget.status();
    const entries = (
      await store.ledger({ budgetId: budget.id, limit: 1_000_000, kind: 'settlement' })
    ).filter(isSettlement);
    const sum = formatUsd(sumMoney(entries.map((entry) => money(entry.actualUsd))));
    if (status.reservedUsd !== '0')
      violations.push(`${budget.id} still holds ${status.reservedUsd}`);
    if (status.spentUsd !== sum)
      violations.push(`${budget.id} spent ${status.spentUsd} but its ledger sums to ${sum}`);
    if (money(status.spentUsd).gt(money(status.limitUsd)))
      violations.push(`${budget.id} spent ${status.spentUsd} over its limit ${status.limitUsd}`);
    if (budget.parent === undefined) total = total.plus(money(status.spentUsd));
    report.partial +=
      entries.filter((entry) => entry.details.partial === true).length *
      (budget.parent === undefined ? 1 : 0);
  }
  report.spentUsd = formatUsd(total);
  const sent = provider.requests.map((request) => JSON.stringify(request.body));
  for (const needle of refusedMarkers)
    if (sent.some((body) => body.includes(needle)))
      violations.push(`refused call ${needle} reached the provider`);
  const leaks = [...events, ...errors.map((error) => ({ error }))]
    .map((value) =>
      JSON.stringify(value, (_key, inner: unknown) =>
        inner instanceof Error ? { ...inner, message: inner.message, stack: inner.stack } : inner,
      ),
    )
    .filter((text) => text.includes(canary));
  if (leaks.length > 0) violations.push(`the API key appeared in ${leaks.length} events or errors`);
}
