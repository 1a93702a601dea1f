import Anthropic from '@anthropic-ai/sdk';
import { startMockProvider } from '@tollgate/mock-provider';
import OpenAI from 'openai';

const mock = await startMockProvider(); // 127.0.0.1, free port
const openai = new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL, maxRetries: 0 });
const anthropic = new Anthropic({ apiKey: 'test', baseURL: mock.anthropicBaseURL, maxRetries: 0 });

const completion = await openai.chat.completions.create({
  model: 'gpt-5.6-luna',
  messages: [{ role: 'user', content: 'Hi' }],
  max_completion_tokens: 5,
});
console.log(completion.usage); // { prompt_tokens: 7, completion_tokens: 5, total_tokens: 12, … }

const message = await anthropic.messages
  .stream({
    model: 'claude-sonnet-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Hi' }],
  })
  .finalMessage();
console.log(message.usage.output_tokens); // 16 (the default output length)

console.log(mock.requests.length); // 2: the request log, one entry per HTTP attempt
await mock.close(); // cuts open streams; never hangs
