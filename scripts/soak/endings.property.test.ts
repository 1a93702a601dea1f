/**
 * Property: whatever mix of endings a run of calls meets (success, cut body, a cut with a
 * retry left (which the SDK does not take), abort or timeout before and after the headers, abandoned stream, unread
 * `asResponse()`, error event...), on whatever budgets, on every store: each admitted call
 * ended exactly once, nothing is held, spend equals the ledger, and every concurrency slot
 * is free again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { withBudget as withAnthropicBudget } from '@tollgate/anthropic';
import { type Budget, type BudgetStore, createBudget, memoryStore } from '@tollgate/core';
import { checkEndings, recordEndings, waitForEndings } from '@tollgate/core/testing';
import { AbortsAfterHeaders, type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { withBudget as withOpenAIBudget } from '@tollgate/openai';
import { redisStore } from '@tollgate/redis';
import { sqliteStore } from '@tollgate/sqlite';
import fc from 'fast-check';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../packages/redis/src/test-support/redis-server.ts';
import { type EndingClients, endings, runEnding } from './endings.ts';
import { seededRandom } from './random.ts';

/** Short, so the calls nobody finishes reach their deadline quickly. */
const ttlMs = 800;
/** How long the slot check waits for calls that need every slot at once. */
const slotWaitMs = 10_000;

let redis: RedisServerHandle;
let directory: string;
let provider: MockProvider;
beforeAll(async () => {
  redis = await startRedisServer();
  directory = mkdtempSync(join(tmpdir(), 'tollgate-endings-'));
  provider = await startMockProvider();
});
afterAll(async () => {
  await provider?.close();
  await redis?.dispose();
  rmSync(directory, { recursive: true, force: true });
});

const stores: Record<string, () => BudgetStore> = {
  memory: () => memoryStore({ ledgerLimit: Number.POSITIVE_INFINITY }),
  sqlite: () =>
    sqliteStore({ path: join(directory, 'endings.sqlite'), ledgerLimit: Number.POSITIVE_INFINITY }),
  redis: () => redisStore({ url: redis.url, ledgerMaxLength: 1_000_000 }),
};

/** A run: random budgets, a client concurrency limit and the endings its calls meet. */
const runs = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  /** Limits in hundred-thousandths of a dollar: some runs refuse calls, some do not. */
  rootLimit: fc.integer({ min: 50, max: 3_000 }),
  leafLimits: fc.tuple(fc.integer({ min: 10, max: 3_000 }), fc.integer({ min: 10, max: 3_000 })),
  maxConcurrency: fc.integer({ min: 1, max: 3 }),
  endings: fc.array(fc.constantFrom(...endings), { minLength: 1, maxLength: 6 }),
});

let runIndex = 0;

describe.each(Object.keys(stores))('every ending ends once on the %s store', (kind) => {
  it('nothing held, spend equals the ledger, one end per admitted call, slots free', async () => {
    const store = (stores[kind] as () => BudgetStore)();
    try {
      await fc.assert(
        fc.asyncProperty(runs, async (run) => {
          runIndex += 1;
          provider.reset();
          const usd = (units: number) => (units / 100_000).toFixed(5);
          const root = createBudget({
            id: `endings-${kind}-${runIndex}`,
            limitUsd: usd(run.rootLimit),
            store,
            ttlMs,
          });
          const leaves = run.leafLimits.map((limit, index) =>
            root.child({ id: `${root.id}-leaf${index}`, limitUsd: usd(limit) }),
          );
          const events = recordEndings([root]);
          const aborts = new AbortsAfterHeaders();
          const clients = leaves.map((leaf) => clientsFor(leaf, run.maxConcurrency, aborts));
          const random = seededRandom(run.seed);
          await Promise.allSettled(
            run.endings.map((ending, index) =>
              runEnding({
                ending,
                marker: `endings-${runIndex}-${index}-end`,
                random,
                clients: random.pick(clients),
                provider,
                aborts,
              }),
            ),
          );
          await waitForEndings(events, ttlMs * 4);
          await root.flush();
          const findings = await checkEndings(events, [root, ...leaves], store);
          expect(findings.violations, `seed ${run.seed}`).toEqual([]);
          for (const client of clients) await everySlotIsFree(client, run.maxConcurrency);
        }),
        { numRuns: 5 },
      );
    } finally {
      await store.close();
    }
  }, 120_000);
});

function clientsFor(
  budget: Budget,
  maxConcurrency: number,
  aborts: AbortsAfterHeaders,
): EndingClients {
  const common = { apiKey: 'sk-test', maxRetries: 2, fetch: aborts.fetch };
  return {
    openai: withOpenAIBudget(new OpenAI({ ...common, baseURL: provider.openaiBaseURL }), {
      budget,
      maxConcurrency,
    }),
    anthropic: withAnthropicBudget(
      new Anthropic({ ...common, baseURL: provider.anthropicBaseURL }),
      { budget, maxConcurrency },
    ),
  };
}

/**
 * Opens as many streams at once as the client allows, each keeping its slot until read: if
 * any slot had leaked, one of them would wait forever. A refused call needs a slot too.
 */
async function everySlotIsFree(clients: EndingClients, maxConcurrency: number): Promise<void> {
  const opened = Array.from({ length: maxConcurrency }, () =>
    clients.openai.chat.completions
      .create({
        model: 'gpt-4.1-nano',
        messages: [{ role: 'user', content: 'slot check' }],
        max_completion_tokens: 4,
        stream: true,
      })
      .catch(() => undefined),
  );
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<'leaked'>((resolve) => {
    timer = setTimeout(() => resolve('leaked'), slotWaitMs);
  });
  const streams = await Promise.race([Promise.all(opened), waited]);
  clearTimeout(timer);
  expect(streams, 'a concurrency slot was never freed').not.toBe('leaked');
  for (const stream of streams === 'leaked' ? [] : streams)
    if (stream !== undefined) for await (const _chunk of stream);
}
