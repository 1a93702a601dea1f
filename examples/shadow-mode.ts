/**
 * Shadow mode: try a new limit without refusing anyone. A budget with `enforce: false`
 * lets every call through but reports each one it would have refused as a `refused` event
 * with `enforced: false`, so you can see what a limit would do before you turn it on.
 * Here a proposed free-tier limit runs in shadow under an organisation budget that enforces.
 *
 * Run: pnpm example shadow-mode
 */
import { BudgetExceededError, createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

const mock = await startMockProvider({ defaultOutputTokens: 200 });

try {
  const org = createBudget({ id: 'acme', limitUsd: '0.03' });
  const freeTier = org.child({ id: 'acme/free-tier', limitUsd: '0.005', enforce: false });
  const openai = withBudget(new OpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' }), {
    budget: freeTier,
  });

  const shadowRefusals: number[] = [];
  let call = 0;
  org.on('refused', ({ enforced, refusal }) => {
    if (!enforced) shadowRefusals.push(call);
    const verdict = enforced ? 'REFUSED' : 'would refuse (shadow, let through)';
    console.log(
      `   ${refusal.budgetId} ${verdict}: hold $${refusal.requestedUsd} on top of $${refusal.spentUsd} spent, limit $${refusal.limitUsd}`,
    );
  });
  org.on('exceeded', (event) => {
    console.log(
      `   ${event.budgetId} is past its limit: spent $${event.spentUsd} of $${event.limitUsd} (over by $${event.overrunUsd})`,
    );
  });

  console.log(
    `"${freeTier.id}" proposes $${freeTier.limitUsd} in shadow (enforce: ${freeTier.enforce}) under "${org.id}" $${org.limitUsd}, which enforces.\n`,
  );
  for (let n = 1; n <= 5; n += 1) {
    call = n;
    const reply = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: `Answer support ticket #${n}.` }],
      max_completion_tokens: 300,
    });
    const status = await freeTier.status();
    console.log(
      `call ${n}: answered (${reply.usage?.completion_tokens} tokens); free tier has spent $${status.spentUsd}`,
    );
  }

  // The organisation's limit is real: a call that would break it is refused and not sent.
  try {
    await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Write a very long answer.' }],
      max_completion_tokens: 4000,
    });
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    console.log(`call 6: refused by "${error.budgetId}", which enforces; nothing was sent`);
  }

  const shadow = await freeTier.status();
  const real = await org.status();
  console.log(
    `\nShadow verdict: "${shadow.id}" spent $${shadow.spentUsd} against a proposed $${shadow.limitUsd} (exceeded: ${shadow.exceeded}).`,
  );
  console.log(
    `"${real.id}" spent $${real.spentUsd} of $${real.limitUsd}; $${real.remainingUsd} left.`,
  );
  console.log(
    `Enforcing $${shadow.limitUsd} would have refused calls ${shadowRefusals.join(', ')}. To enforce it, drop \`enforce: false\`.`,
  );
} finally {
  await mock.close();
}
