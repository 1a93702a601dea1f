import Anthropic from '@anthropic-ai/sdk';
import { withBudget as withAnthropicBudget } from '@tollgate/anthropic';
import { BudgetExceededError, createBudget } from '@tollgate/core';
import { withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

const app = createBudget({ id: 'app', limitUsd: '1', window: 'day' }); // $1 a day for everything
const session = app.child({ id: 'session-42', limitUsd: '0.05' }); // one user's session inside it

const openai = withBudget(new OpenAI(), { budget: session });
const claude = withAnthropicBudget(new Anthropic(), { budget: session });

const completion = await openai.chat.completions.create({
  model: 'gpt-5.6-luna',
  messages: [{ role: 'user', content: 'Name three prime numbers.' }],
  max_completion_tokens: 300,
});
console.log(completion.choices[0]?.message.content);

const message = await claude.messages.create({
  model: 'claude-sonnet-5',
  max_tokens: 300,
  messages: [{ role: 'user', content: 'Name three even numbers.' }],
});
console.log(message.content[0]?.type === 'text' ? message.content[0].text : message.stop_reason);

try {
  // 20,000 output tokens at claude-sonnet-5's $15 per million could cost $0.30: over $0.05.
  await claude.messages.create({
    model: 'claude-sonnet-5',
    max_tokens: 20_000,
    messages: [{ role: 'user', content: 'Write a long story.' }],
  });
} catch (error) {
  if (!(error instanceof BudgetExceededError)) throw error;
  console.log(`refused by ${error.budgetId}: up to $${error.requestedUsd} asked, nothing sent`);
}

console.log(await session.status());
// { id: 'session-42', limitUsd: '0.05', spentUsd: '0.0002944', reservedUsd: '0',
//   remainingUsd: '0.0497056', calls: 2, exceeded: false }
console.log((await app.status()).resetsAt); // the end of today (UTC), when the app's spend resets
console.log((await openai.budget.status()).spentUsd); // the same session, through the client
