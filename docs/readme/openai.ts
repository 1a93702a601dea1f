import { BudgetExceededError, createBudget, withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

const session = createBudget({ id: 'session-42', limitUsd: '10' });
const openai = withBudget(new OpenAI(), { budget: session }); // still an OpenAI

try {
  await openai.chat.completions.create({
    model: 'gpt-5.6-luna',
    messages: [{ role: 'user', content: 'Hello' }],
    max_completion_tokens: 200,
  });
} catch (error) {
  if (error instanceof BudgetExceededError) console.log(error.budgetId, error.requestedUsd);
}
console.log(await openai.budget.status()); // { spentUsd, reservedUsd, remainingUsd, calls, ... }

const perPlan = openai.withBudget(session.child({ id: 'plan-7', limitUsd: 2 })); // same connection pool
const privateOne = withBudget(new OpenAI(), { limitUsd: 5 }); // a private budget
console.log((await perPlan.budget.status()).id, (await privateOne.budget.status()).limitUsd);
