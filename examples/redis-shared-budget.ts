/**
 * A budget shared by several processes through Redis. Three worker processes connect with
 * `redisStore({ url })` and spend on one budget at the same time; every reserve is one Lua
 * script over the budget chain, so together they never take it past its limit. The parent
 * then reads the shared ledger: the exact total, who spent what, and the limit held.
 * The same works across machines: they only need to share the Redis.
 *
 * Run: pnpm example redis-shared-budget                  (starts a private redis-server on a free port)
 *      REDIS_URL=redis://host:6379 pnpm example redis-shared-budget   (uses yours; its keys are removed after)
 * (This file is also the worker: the parent runs it again as `... redis-shared-budget.ts worker`.)
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { BudgetExceededError, createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import { redisStore } from '@tollgate/redis';
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import { startRedisServer } from './support/redis-server.js';
import { reportSharedSpend } from './support/report-shared-spend.js';
import { runWorkersTogether } from './support/worker-process.js';

// Every process defines the budget the same way: the first creates it, the others attach.
const BUDGET = { id: 'team-alpha', limitUsd: '0.02' };
const WORKERS = 3;
const CALLS_PER_WORKER = 6;

const [role, ...args] = process.argv.slice(2);
if (role === 'worker') await worker(args[0] ?? '', args[1] ?? '', args[2] ?? '', args[3] ?? '');
else await main();

/** One process of the team: makes its calls on the shared budget, then exits. */
async function worker(url: string, prefix: string, baseURL: string, name: string): Promise<void> {
  const store = redisStore({ url, prefix });
  try {
    const budget = createBudget({ ...BUDGET, store });
    const openai = withBudget(new OpenAI({ baseURL, apiKey: 'offline' }), {
      budget,
      metadata: { worker: name }, // recorded on each of this process's ledger entries
    });
    // Attach to the budget, then wait for the parent's go so all workers start together.
    await budget.status();
    console.log('ready');
    await once(process.stdin, 'data');
    for (let n = 1; n <= CALLS_PER_WORKER; n += 1) {
      try {
        await openai.chat.completions.create({
          model: 'gpt-4o',
          messages: [{ role: 'user', content: `${name}: summarise document ${n}.` }],
          max_completion_tokens: 200,
        });
        console.log(`   ${name} (pid ${process.pid}) call ${n}: ok`);
      } catch (error) {
        if (!(error instanceof BudgetExceededError)) throw error;
        console.log(
          `   ${name} (pid ${process.pid}) call ${n}: refused, $${error.requestedUsd} would not fit (spent $${error.spentUsd}, held $${error.reservedUsd})`,
        );
      }
    }
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  // Your Redis if REDIS_URL is set, else a private one. A prefix of this run's own keeps the
  // example's keys apart from anything else in a shared Redis.
  const local = process.env.REDIS_URL ? undefined : await startRedisServer();
  const url = process.env.REDIS_URL ?? local?.url ?? '';
  const prefix = `tollgate-example:${process.pid}:`;
  // One provider for everyone, 30 ms per answer so calls from different processes overlap.
  const mock = await startMockProvider({ latencyMs: 30, defaultOutputTokens: 150 });
  const store = redisStore({ url, prefix });
  try {
    const budget = createBudget({ ...BUDGET, store });
    console.log(
      `Budget "${budget.id}" ($${budget.limitUsd}) in ${local ? 'a private redis-server at ' : ''}${url}, keys ${prefix}*`,
    );
    console.log(
      `${WORKERS} processes make ${CALLS_PER_WORKER} gpt-4o calls each on it, at the same time:`,
    );

    await runWorkersTogether(
      fileURLToPath(import.meta.url),
      Array.from({ length: WORKERS }, (_, i) => [
        url,
        prefix,
        mock.openaiBaseURL,
        `worker-${i + 1}`,
      ]),
    );

    // Everything the workers spent is in Redis: the ledger and the budget's figures.
    const ok = await reportSharedSpend(budget, {
      where: 'the shared Redis',
      workers: WORKERS,
      callsAsked: CALLS_PER_WORKER * WORKERS,
      requestsSent: mock.requests.length,
    });
    if (!ok) process.exitCode = 1;
  } finally {
    await store.close();
    await mock.close();
    if (local) await local.stop();
    else await deleteKeys(url, prefix);
  }
}

/** Removes this run's keys from a Redis the example did not start. */
async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 })) {
      const batch = keys as string[];
      if (batch.length > 0) await redis.del(...batch);
    }
  } finally {
    await redis.quit();
  }
}
