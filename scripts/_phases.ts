import OpenAI from 'openai';
import { startMockProvider, countTextTokens } from '../packages/mock-provider/src/index.ts';
import { withBudget } from '../packages/openai/src/index.ts';
import { ENGLISH } from './bench/_corpus.ts';
const mock = await startMockProvider();
let marks: [string, number][] = [];
const g = globalThis as unknown as { __m: (name: string) => void };
g.__m = (name: string) => marks.push([name, performance.now()]);
const timingFetch = async (url: string, init: RequestInit) => { g.__m('fetch'); const r = await globalThis.fetch(url, init); g.__m('fetched'); return r; };
const options = { apiKey: 'bench', baseURL: mock.openaiBaseURL, maxRetries: 0, fetch: timingFetch };
const rawClient = new OpenAI(options);
const client = withBudget(new OpenAI(options), { limitUsd: 1_000_000 });
const sentence = `${ENGLISH.join(' ')} `;
const prompt = sentence.repeat(Math.round(1000 / (await countTextTokens(sentence))));
const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: prompt }], max_completion_tokens: 16 };
const gaps = new Map<string, number[]>();
const W = Number(process.env.W ?? 2000);
const tot: number[] = [];
const rawGaps = new Map<string, number[]>();
const rawTot: number[] = [];
for (let i = 0; i < Number(process.env.N ?? 3000); i++) {
  marks = [['create', performance.now()]];
  await rawClient.chat.completions.create(body);
  g.__m('done');
  if (i >= W) {
    rawTot.push(marks.at(-1)![1] - marks[0]![1]);
    for (let k = 1; k < marks.length; k++) {
      const key = `${marks[k - 1]?.[0]}→${marks[k]?.[0]}`;
      const list = rawGaps.get(key) ?? [];
      list.push((marks[k]?.[1] ?? 0) - (marks[k - 1]?.[1] ?? 0));
      rawGaps.set(key, list);
    }
  }
  marks = [['create', performance.now()]];
  await client.chat.completions.create(body);
  g.__m('done');
  if (i < W) continue;
  tot.push(marks.at(-1)![1] - marks[0]![1]);
  for (let k = 1; k < marks.length; k++) {
    const key = `${marks[k - 1]?.[0]}→${marks[k]?.[0]}`;
    const list = gaps.get(key) ?? [];
    list.push((marks[k]?.[1] ?? 0) - (marks[k - 1]?.[1] ?? 0));
    gaps.set(key, list);
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] as number;
for (const [k, v] of rawGaps) console.log('raw', k.padEnd(26), (med(v) * 1000).toFixed(1), 'µs');
console.log('raw total', (med(rawTot) * 1000).toFixed(0));
for (const [k, v] of gaps) console.log(k.padEnd(26), (med(v) * 1000).toFixed(1), 'µs', v.length);
console.log('total', (med(tot) * 1000).toFixed(0));
await mock.close();
