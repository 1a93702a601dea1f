/**
 * An AI SDK tool-loop agent on a per-session budget with a child budget per plan. The
 * agent (`ToolLoopAgent` from `ai`, the real `@ai-sdk/openai` provider) looks up orders
 * with a tool; every model step is held against its plan and the session above it before
 * its request, and charged its exact cost after. The research plan's loop is halted by
 * its own limit mid-way; the summary plan runs on the same session, and the session's
 * ledger shows both.
 *
 * Run: pnpm example ai-sdk-agent
 */
import { createOpenAI } from '@ai-sdk/openai';
import { BudgetExceededError, createBudget, withBudget } from '@tollgate/ai-sdk';
import { startMockProvider } from '@tollgate/mock-provider';
import { stepCountIs, ToolLoopAgent, tool } from 'ai';
import { z } from 'zod';

const mock = await startMockProvider();
// The loopback model keeps asking for the tool: only the budget ends the research loop.
mock.script({
  match: (request) => JSON.stringify(request.body).includes('lookup_order'),
  times: Infinity,
  respond: { toolCall: { name: 'lookup_order', arguments: { orderId: 'A-1042' } } },
});

try {
  const openai = createOpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' });
  const session = createBudget({ id: 'session-7', limitUsd: '0.02' });
  const research = session.child({ id: 'session-7/research', limitUsd: '0.0025' });
  const summary = session.child({ id: 'session-7/summary', limitUsd: '0.01' });

  // One model, derived per plan: same provider settings, another budget.
  const model = withBudget(openai('gpt-4.1-mini'), { budget: session });
  const lookupOrder = tool({
    description: 'Look up an order by id',
    inputSchema: z.object({ orderId: z.string() }),
    execute: async ({ orderId }) => ({ orderId, status: 'shipped', carrier: 'DHL' }),
  });

  const researcher = new ToolLoopAgent({
    model: model.withBudget(research),
    instructions: 'Find out where the order is.',
    tools: { lookup_order: lookupOrder },
    stopWhen: stepCountIs(50),
    maxOutputTokens: 300,
    onStepFinish: (step) => {
      console.log(`   step ${step.stepNumber + 1}: ${step.toolCalls.length} tool call(s)`);
    },
  });

  console.log(
    `Session "${session.id}" $${session.limitUsd}; plans: research $${research.limitUsd}, summary $${summary.limitUsd}\n`,
  );
  console.log('1. The research agent loops on its tool until its plan cannot cover a step:');
  try {
    await researcher.generate({ prompt: 'Where is order A-1042?' });
  } catch (error) {
    // generateText and agent.generate() throw the refusal as it is; streamText reports it
    // through onError and an error part of fullStream.
    if (!(error instanceof BudgetExceededError)) throw error;
    console.log(
      `   refused before step ${mock.requests.length + 1} was sent: ${error.budgetId} has spent $${error.spentUsd} of $${error.limitUsd}, the step needed $${error.requestedUsd}`,
    );
  }

  console.log('\n2. The summary plan still has room on the same session:');
  const writer = new ToolLoopAgent({ model: model.withBudget(summary), maxOutputTokens: 200 });
  const { text } = await writer.generate({ prompt: 'Summarise: order A-1042 shipped with DHL.' });
  console.log(`   "${text.slice(0, 60)}..."`);

  const status = await session.status();
  console.log(
    `\nSession: spent $${status.spentUsd} in ${status.calls} model steps, held $${status.reservedUsd}, left $${status.remainingUsd}`,
  );
  for (const plan of [research, summary]) {
    const planStatus = await plan.status();
    console.log(`   ${plan.id}: $${planStatus.spentUsd} in ${planStatus.calls} steps`);
  }
  console.log(`Requests the provider saw: ${mock.requests.length} (one per admitted step)`);
} finally {
  await mock.close();
}
