/**
 * Fault injection: thousands of calls through both adapters with random faults, random
 * concurrency and random three-level budget chains, on one store, then a check of every
 * invariant Tollgate promises. Used by `pnpm soak` and, reduced, by `pnpm test`.
 */
import Anthropic from '@anthropic-ai/sdk';
import { withBudget as withAnthropicBudget } from '@tollgate/anthropic';
import { type Budget, type BudgetStore, createBudget, TollgateError } from '@tollgate/core';
import { checkEndings, recordEndings, waitForEndings } from '@tollgate/core/testing';
import { AbortsAfterHeaders, type MockProvider } from '@tollgate/mock-provider';
import { withBudget as withOpenAIBudget } from '@tollgate/openai';
import OpenAI from 'openai';
import { type Ending, type EndingClients, endings, runEnding } from './endings.ts';
import { type Random, seededRandom } from './random.ts';

/** The kinds of fault a call may meet: every ending of DESIGN.md's list. */
export const faults = endings;
export type Fault = Ending;

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
  /**
   * The reservations' time-to-live. Short, so the calls nobody finishes (abandoned streams,
   * unread responses) reach their deadline within the run; a call still running at its
   * deadline is charged its hold, which keeps every invariant. @default 4000
   */
  ttlMs?: number;
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
    options.ttlMs ?? 4_000,
  );
  const events = recordEndings(roots);
  const aborts = new AbortsAfterHeaders();
  const clients = leaves.map(
    (leaf): EndingClients => ({
      openai: withOpenAIBudget(
        new OpenAI({
          apiKey: canary,
          baseURL: options.provider.openaiBaseURL,
          maxRetries: 2,
          fetch: aborts.fetch,
        }),
        { budget: leaf },
      ),
      anthropic: withAnthropicBudget(
        new Anthropic({
          apiKey: canary,
          baseURL: options.provider.anthropicBaseURL,
          maxRetries: 2,
          fetch: aborts.fetch,
        }),
        { budget: leaf },
      ),
    }),
  );
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
      const call = runEnding({
        ending: fault,
        marker: marker(index),
        random,
        clients: client,
        provider: options.provider,
        aborts,
      });
      return guard(call, options.hangMs ?? 30_000, index).then(
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
  await waitForEndings(events, (options.ttlMs ?? 4_000) * 2);
  await Promise.all(roots.map((root) => root.flush()));
  const findings = await checkEndings(events, budgets, options.store);
  const { violations, ...figures } = findings;
  Object.assign(report, figures);
  report.violations.push(...violations);
  checkNothingLeaked(report, events, options.provider, refusedMarkers, errors);
  report.durationMs = Date.now() - started;
  return report;
}

function buildChains(
  store: BudgetStore,
  random: Random,
  prefix: string,
  calls: number,
  ttlMs: number,
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
      ttlMs,
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

/** Refused calls never reached the provider, and the API key appears in no event or error. */
function checkNothingLeaked(
  report: SoakReport,
  events: readonly unknown[],
  provider: MockProvider,
  refusedMarkers: readonly string[],
  errors: readonly unknown[],
): void {
  const violations = report.violations;
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
