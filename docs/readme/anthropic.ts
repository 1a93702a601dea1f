import Anthropic from '@anthropic-ai/sdk';
import { BudgetExceededError, withBudget } from '@tollgate/anthropic';
import { createBudget } from '@tollgate/core';

const session = createBudget({ id: 'session-42', limitUsd: '10' });
const anthropic = withBudget(new Anthropic(), { budget: session }); // keeps the Anthropic type

try {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Hello' }],
  });
  console.log(message.usage);
} catch (error) {
  if (error instanceof BudgetExceededError) console.log(`refused by ${error.budgetId}`);
}
console.log(await anthropic.budget.status());
// { id, limitUsd, spentUsd, reservedUsd, remainingUsd, calls, exceeded }

const perUser = anthropic.withBudget(session.child({ id: 'user-7', limitUsd: 2 })); // same client, other budget
const solo = withBudget(new Anthropic(), { limitUsd: 5 }); // a private budget
console.log((await perUser.budget.status()).id, (await solo.budget.status()).limitUsd);
