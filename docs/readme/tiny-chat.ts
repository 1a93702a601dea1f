import { BudgetExceededError, createBudget } from '@tollgate/core';
import { withBudget } from './tiny-chat-adapter.js';
import { TinyChat } from './tiny-chat-client.js';

const client = new TinyChat(process.env.OPENAI_BASE_URL ?? '', process.env.OPENAI_API_KEY ?? '');
const chat = withBudget(client, createBudget({ id: 'tiny-chat', limitUsd: '0.01' }));

const reply = await chat.complete({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  max_completion_tokens: 50,
});
console.log(reply.usage, await chat.budget.status()); // spentUsd: the exact cost of that usage

// No output maximum: gpt-4o's 16,384 output tokens are held, more than the $0.01 budget.
const request = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }] };
const refused = await chat.complete(request).catch((error: unknown) => error);
console.log(refused instanceof BudgetExceededError, (await chat.budget.status()).calls); // true 1
