/**
 * Plan and session budgets: one daily session budget with a child budget per plan of an
 * agent. Every call is charged to its plan and to the session above it, all or nothing.
 * Shows a plan refused by its own limit while the session still has room, then a plan with
 * room refused because the session above it has run out, and threshold events on the way.
 *
 * Run: pnpm example plan-and-session-budgets
 */
import Anthropic from '@anthropic-ai/sdk';
import { withBudget as withAnthropicBudget } from '@tollgate/anthropic';
import { type Budget, BudgetExceededError, createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

// The loopback provider answers with long replies, so a few calls use up the limits.
const mock = await startMockProvider();
mock.script({ match: { provider: 'openai' }, times: Infinity, respond: { outputTokens: 300 } });
mock.script({ match: { provider: 'anthropic' }, times: Infinity, respond: { outputTokens: 500 } });

try {
  const session = createBudget({ id: 'session-42', limitUsd: '0.03', window: 'day' });
  const drafting = session.child({ id: 'session-42/drafting', limitUsd: '0.01' });
  const research = session.child({ id: 'session-42/research', limitUsd: '0.025' });

  // Listeners on the session hear the events of every plan below it too.
  session.on('threshold', (event) => {
    console.log(
      `   ! ${event.budgetId} crossed ${event.threshold * 100}% of $${event.limitUsd} (spent $${event.spentUsd})`,
    );
  });

  // One client per SDK, and a derived client per plan: same connection pool, other budget.
  const openai = withBudget(new OpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' }), {
    budget: session,
  });
  const anthropic = withAnthropicBudget(
    new Anthropic({ baseURL: mock.anthropicBaseURL, apiKey: 'offline' }),
    { budget: session },
  );
  const drafter = openai.withBudget(drafting);
  const researcher = anthropic.withBudget(research);

  /** Makes calls until one is refused; prints each. */
  async function workUntilRefused(plan: Budget, call: () => Promise<unknown>): Promise<void> {
    for (let n = 1; n <= 6; n += 1) {
      try {
        await call();
        const status = await plan.status();
        console.log(`   call ${n}: ok, ${plan.id} has spent $${status.spentUsd}`);
      } catch (error) {
        if (!(error instanceof BudgetExceededError)) throw error;
        const by =
          error.budgetId === plan.id ? 'its own limit' : `the budget above it, "${error.budgetId}"`;
        console.log(
          `   call ${n}: refused by ${by}: it asked to hold $${error.requestedUsd}, ${error.budgetId} has spent $${error.spentUsd} of $${error.limitUsd}`,
        );
        return;
      }
    }
  }

  console.log(
    `Session "${session.id}" $${session.limitUsd}/day; plans: drafting $${drafting.limitUsd}, research $${research.limitUsd}\n`,
  );

  console.log('1. The drafting plan writes with gpt-4o (max 400 output tokens a call):');
  await workUntilRefused(drafting, () =>
    drafter.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Draft the next section of the report.' }],
      max_completion_tokens: 400,
    }),
  );

  console.log(
    '\n2. The research plan reads with claude-sonnet-4-6 (max 600 output tokens a call):',
  );
  await workUntilRefused(research, () =>
    researcher.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 600,
      messages: [{ role: 'user', content: 'Summarise the next source.' }],
    }),
  );

  console.log('\nWhere the money went:');
  for (const budget of [session, drafting, research]) {
    const s = await budget.status();
    console.log(
      `   ${s.id.padEnd(20)} limit $${s.limitUsd.padEnd(6)} spent $${s.spentUsd.padEnd(10)} held $${s.reservedUsd}  left $${s.remainingUsd.padEnd(10)} ${s.calls} calls`,
    );
  }
  const day = await session.status();
  console.log(
    `\nThe session's spend resets at ${day.resetsAt}. Requests sent: ${mock.requests.length} (refused calls send none).`,
  );
} finally {
  await mock.close();
}
