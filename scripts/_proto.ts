// Prototype: hold before fetch, charge from the SDK's own json(), exact pricing, settle.
import OpenAI from 'openai';
import { createBudget } from '../packages/core/src/index.ts';
import { computeCost, estimateCost } from '../packages/pricing/src/index.ts';
import { countTextTokens, startMockProvider } from '../packages/mock-provider/src/index.ts';
import { withBudget } from '../packages/openai/src/index.ts';
import { ENGLISH } from '../scripts/bench/_corpus.ts';

const mock = await startMockProvider();
const options = { apiKey: 'bench', baseURL: mock.openaiBaseURL, maxRetries: 0 };
const raw = new OpenAI(options);
const wrapped = withBudget(new OpenAI(options), { limitUsd: 1_000_000 });
const budget = createBudget({ id: 'p', limitUsd: 1_000_000 });
const protoFetch: typeof fetch = async (url, init) => {
  const text = init?.body as string;
  const request = JSON.parse(text) as { model: string; max_completion_tokens?: number; stream?: boolean };
  const hold = estimateCost({ provider: 'openai', model: request.model, inputTokens: text.length, maxOutputTokens: request.max_completion_tokens ?? 16384 });
  const reservation = await budget.reserve(hold.totalUsd);
  const response = await fetch(url, init);
  if (request.stream) {
    // not handled in prototype
    void reservation.settle(hold.totalUsd);
    return response;
  }
  const original = response.json.bind(response);
  response.json = async () => {
    const value = (await original()) as { model: string; usage: unknown };
    const cost = computeCost({ provider: 'openai', model: value.model, usage: value.usage as never });
    await reservation.settle(cost.totalUsd);
    return value;
  };
  return response;
};
const proto = new OpenAI({ ...options, fetch: protoFetch });
const noBudget: typeof fetch = async (url, init) => {
  const text = init?.body as string;
  const request = JSON.parse(text) as { model: string; max_completion_tokens?: number };
  const hold = estimateCost({ provider: 'openai', model: request.model, inputTokens: text.length, maxOutputTokens: request.max_completion_tokens ?? 16384 });
  const response = await fetch(url, init);
  const original = response.json.bind(response);
  response.json = async () => {
    const value = (await original()) as { model: string; usage: unknown };
    const cost = computeCost({ provider: 'openai', model: value.model, usage: value.usage as never });
    if (cost.totalUsd === hold.totalUsd) throw new Error('x');
    return value;
  };
  return response;
};
const jsonOnly: typeof fetch = async (url, init) => {
  const response = await fetch(url, init);
  const original = response.json.bind(response);
  response.json = async () => {
    const value = (await original()) as { model: string; usage: unknown };
    return value;
  };
  return response;
};
const tr: number[] = [], ts: number[] = [];
const budgetOnly: typeof fetch = async (url, init) => {
  const t0 = performance.now();
  const reservation = await budget.reserve('0.01');
  tr.push(performance.now() - t0);
  const response = await fetch(url, init);
  const original = response.json.bind(response);
  response.json = async () => {
    const value = (await original()) as { model: string; usage: unknown };
    const t1 = performance.now();
    await reservation.settle('0.0026');
    ts.push(performance.now() - t1);
    return value;
  };
  return response;
};
const c_noBudget = new OpenAI({ ...options, fetch: noBudget });
const c_jsonOnly = new OpenAI({ ...options, fetch: jsonOnly });
const c_budgetOnly = new OpenAI({ ...options, fetch: budgetOnly });

const passFetch = new OpenAI({ ...options, fetch: (u, i) => fetch(u, i) });
const sentence = `${ENGLISH.join(' ')} `;
const prompt = sentence.repeat(Math.round(1000 / (await countTextTokens(sentence))));
const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: prompt }], max_completion_tokens: 16 };
async function once(client: OpenAI) {
  const t = performance.now();
  await client.chat.completions.create(body);
  return performance.now() - t;
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
const clients = { raw, wrapped, proto, passFetch, c_noBudget, c_jsonOnly, c_budgetOnly } as Record<string, OpenAI>;
const names = Object.keys(clients);
const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
const N = Number(process.env.N ?? 500), W = Number(process.env.W ?? 100);
for (let i = 0; i < N; i++) {
  const order = i % 2 ? names : [...names].reverse();
  for (const n of order) { const t = await once(clients[n]!); if (i >= W) times[n]!.push(t); }
}
const r = med(times.raw!);
for (const n of names) console.log(n.padEnd(10), (med(times[n]!) / r).toFixed(3), `+${((med(times[n]!) - r) * 1000).toFixed(0)}µs`, `med ${(med(times[n]!) * 1000).toFixed(0)}µs`);
console.log('reserve', med(tr.slice(W))*1000, 'settle', med(ts.slice(W))*1000);
console.log('spent', budget.status?.().spentUsd ?? '');
await mock.close();
