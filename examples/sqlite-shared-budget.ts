/**
 * A budget shared by several processes through SQLite. Three worker processes open the same
 * database file with `sqliteStore({ path })` and spend on one budget at the same time; every
 * reserve is one transaction, so together they never take it past its limit. The parent then
 * reads the shared ledger: the exact total, who spent what, and the limit held.
 *
 * Run: pnpm example sqlite-shared-budget
 * (This file is also the worker: the parent runs it again as `... sqlite-shared-budget.ts worker`.)
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BudgetExceededError, createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import { sqliteStore } from '@tollgate/sqlite';
import OpenAI from 'openai';
import { reportSharedSpend } from './support/report-shared-spend.js';
import { runWorkersTogether } from './support/worker-process.js';

// Every process defines the budget the same way: the first creates it, the others attach.
const BUDGET = { id: 'team-alpha', limitUsd: '0.02' };
const WORKERS = 3;
const CALLS_PER_WORKER = 6;

const [role, ...args] = process.argv.slice(2);
if (role === 'worker') await worker(args[0] ?? '', args[1] ?? '', args[2] ?? '');
else await main();

/** One process of the team: makes its calls on the shared budget, then exits. */
async function worker(path: string, baseURL: string, name: string): Promise<void> {
  const store = sqliteStore({ path });
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
  const directory = mkdtempSync(join(tmpdir(), 'tollgate-example-'));
  const path = join(directory, 'budgets.db');
  // One provider for everyone, 30 ms per answer so calls from different processes overlap.
  const mock = await startMockProvider({ latencyMs: 30, defaultOutputTokens: 150 });
  const store = sqliteStore({ path });
  try {
    const budget = createBudget({ ...BUDGET, store });
    console.log(`Budget "${budget.id}" ($${budget.limitUsd}) in ${path}`);
    console.log(
      `${WORKERS} processes make ${CALLS_PER_WORKER} gpt-4o calls each on it, at the same time:`,
    );

    await runWorkersTogether(
      fileURLToPath(import.meta.url),
      Array.from({ length: WORKERS }, (_, i) => [path, mock.openaiBaseURL, `worker-${i + 1}`]),
    );

    // Everything the workers spent is in the file: the ledger and the budget's figures.
    const ok = await reportSharedSpend(budget, {
      where: 'the shared file',
      workers: WORKERS,
      callsAsked: CALLS_PER_WORKER * WORKERS,
      requestsSent: mock.requests.length,
    });
    if (!ok) process.exitCode = 1;
  } finally {
    await store.close();
    await mock.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
