import { createBudget } from '@tollgate/core';
import { withBudget } from '@tollgate/openai';
import { sqliteStore } from '@tollgate/sqlite';
import OpenAI from 'openai';

const store = sqliteStore({ path: 'budgets.db' });
const app = createBudget({ id: 'app', limitUsd: '1', window: 'day', store });
const openai = withBudget(new OpenAI(), { budget: app.child({ id: 'user-7', limitUsd: '0.10' }) });

await openai.chat.completions.create({
  model: 'gpt-5.6-luna',
  messages: [{ role: 'user', content: 'Say hello.' }],
  max_completion_tokens: 100,
});
console.log(await openai.budget.status()); // still there after a restart, and in every process
await app.flush(); // settlements retried in the background, if the store was briefly away
await store.close();
