import { createBudget } from '../../packages/core/src/index.ts';
import { MeteredCall } from '../../packages/core/src/adapter/metered-call.ts';
import { watchStream } from '../../packages/core/src/adapter/watch-stream.ts';

const body = JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'hello '.repeat(12) } }], usage: { prompt_tokens: 1007, completion_tokens: 16, total_tokens: 1023 } });
const charge = { costUsd: '0.0026', details: { model: 'gpt-4o' } };
const budget = createBudget({ id: 'p', limitUsd: 1_000_000 });
const settings = { budget, route: () => ({ kind: 'metered' as const, plan: () => ({ holdUsd: '0.01', model: 'gpt-4o', observer: { json: () => charge, event: () => true, end: () => charge } }) }), unmetered: 'refuse' as const };
const N = 20000;
async function time(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 2000; i++) await fn();
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await fn();
  console.log(name, (Number(process.hrtime.bigint() - t) / N / 1000).toFixed(1), 'µs');
}
const headers = { 'content-type': 'application/json' };
for (let r = 0; r < 3; r++) {
await time('raw Response json()', async () => { await new Response(body, { headers }).json(); });
await time('reserve+settle', async () => { const res = await budget.reserve('0.01'); await res.settle('0.0026', { model: 'gpt-4o' }); });
await time('MeteredCall begin+observe+json', async () => { const c = new MeteredCall(settings); await c.begin({ path: '/chat/completions', body: {} }); const r = c.observe(new Response(body, { headers })); await r.json(); });
const sse = 'data: {"id":"x","choices":[{"index":0,"delta":{"content":"hi"}}]}\n\n'.repeat(16) + 'data: [DONE]\n\n';
const bytes = new TextEncoder().encode(sse);
await time('raw stream read', async () => { const s = new Response(bytes).body!; for await (const _ of s); });
await time('watched stream read', async () => { const s = watchStream(new Response(bytes).body!, { json: () => charge, event: () => true, end: () => charge }, { end: async () => {}, abandoned: () => {} }); for await (const _ of s); });
}
