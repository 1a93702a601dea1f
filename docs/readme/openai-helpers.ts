import { tollgateErrorOf, withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

const client = withBudget(new OpenAI(), { limitUsd: '0.001' });
try {
  await client.chat.completions
    .stream({
      model: 'gpt-5.6-luna',
      messages: [{ role: 'user', content: 'Write a long story.' }],
      max_completion_tokens: 10_000,
    })
    .finalChatCompletion();
} catch (error) {
  if (tollgateErrorOf(error)?.code === 'BUDGET_EXCEEDED') console.log('refused, nothing sent');
}
