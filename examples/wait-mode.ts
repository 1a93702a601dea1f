/**
 * Wait mode: with `onLimit: 'wait'`, a call that does not fit only because other calls in
 * flight hold the money queues (first in, first out) until they settle, instead of being
 * refused. Holds are worst cases; settlements give back the difference, so the queue moves.
 * Shows six concurrent calls on a budget that holds three at a time, a call refused after
 * `waitTimeoutMs`, and a call refused at once because it could never fit.
 *
 * Run: pnpm example wait-mode
 */
import { BudgetExceededError, createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

// Each answer takes 200 ms and is 50 tokens long: far less than the 300 the hold assumes.
const mock = await startMockProvider({ latencyMs: 200, defaultOutputTokens: 50 });
const client = new OpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' });
// Times are printed from the first hold on.
let start: number | undefined;
const at = () => `+${Date.now() - (start ?? Date.now())} ms`.padStart(8);

function ask(openai: OpenAI, task: string, maxTokens = 300) {
  return openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: task }],
    max_completion_tokens: maxTokens,
  });
}

try {
  // 1. Six calls at once on a budget whose limit covers three worst cases.
  const budget = createBudget({ id: 'wait-mode', limitUsd: '0.01', onLimit: 'wait' });
  const openai = withBudget(client, { budget });
  let holding = 0;
  budget.on('reserved', (event) => {
    if (start === undefined) {
      start = Date.now();
      setTimeout(async () => {
        const s = await budget.status();
        console.log(
          `${at()}  status: held $${s.reservedUsd} by ${holding} calls, left $${s.remainingUsd}; the other calls wait in line`,
        );
      }, 100);
    }
    holding += 1;
    console.log(`${at()}  held $${event.amountUsd} for a call (${holding} in flight)`);
  });
  budget.on('settled', ({ entry }) => {
    holding -= 1;
    console.log(`${at()}  settled at $${entry.actualUsd}: the rest of its hold is free again`);
  });

  console.log(
    `1. Six calls at once on "${budget.id}" (limit $${budget.limitUsd}, onLimit 'wait'):`,
  );
  const calls = [1, 2, 3, 4, 5, 6].map(async (n) => {
    await ask(openai, `Task ${n}: summarise chapter ${n}.`);
    return `call ${n} at ${at().trim()}`;
  });
  console.log(`   answered: ${(await Promise.all(calls)).join(', ')}`);
  const total = await budget.status();
  console.log(`   all six done: spent $${total.spentUsd} of $${total.limitUsd}, nothing refused\n`);

  // 2. Waiting is bounded: with waitTimeoutMs 300, a call still short after 300 ms is refused.
  const short = createBudget({
    id: 'wait-mode/short',
    limitUsd: '0.005',
    onLimit: 'wait',
    waitTimeoutMs: 300,
  });
  const impatient = withBudget(client, { budget: short });
  console.log(
    `2. "${short.id}" (limit $${short.limitUsd}, waitTimeoutMs 300) while one slow call holds most of it:`,
  );
  mock.script({ respond: { latencyMs: 1000 } }); // the next request takes a second
  const slow = ask(impatient, 'A slow task.');
  try {
    await ask(impatient, 'A task that has to wait.');
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    console.log(
      `   refused after waiting ${error.waitedMs} ms (held only by calls in flight: ${error.heldOnly})`,
    );
  }

  // 3. A call that could never fit, even with nothing in flight, is refused at once.
  try {
    await ask(impatient, 'A task far too big for this budget.', 1000);
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    console.log(
      `3. A $${error.requestedUsd} hold on a $${error.limitUsd} budget is refused without waiting: ${error.message}`,
    );
  }
  await slow;
  const after = await short.status();
  console.log(
    `   the slow call finished: "${short.id}" spent $${after.spentUsd}, held $${after.reservedUsd}`,
  );
} finally {
  await mock.close();
}
