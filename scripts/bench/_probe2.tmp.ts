import { SseScanner } from '../../packages/core/src/adapter/sse-scanner.ts';
const sse = 'data: {"id":"x","choices":[{"index":0,"delta":{"content":"hi"}}]}\n\n'.repeat(16) + 'data: [DONE]\n\n';
const bytes = new TextEncoder().encode(sse);
const N = 20000;
async function time(name: string, fn: () => Promise<unknown> | unknown) {
  for (let i = 0; i < 2000; i++) await fn();
  const t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await fn();
  console.log(name, (Number(process.hrtime.bigint() - t) / N / 1000).toFixed(1), 'µs');
}
function passthrough(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({ async pull(c) { const r = await reader.read(); if (r.done) c.close(); else c.enqueue(r.value); } });
}
for (let r = 0; r < 2; r++) {
  await time('raw', async () => { for await (const _ of new Response(bytes).body!); });
  await time('pull passthrough', async () => { for await (const _ of passthrough(new Response(bytes).body!)); });
  await time('scanner only (sync)', () => { const s = new SseScanner(() => true, () => {}); s.push(bytes); s.flush(); });
  await time('scanner + JSON.parse per event', () => { const s = new SseScanner((e) => { if (e.data !== '[DONE]') JSON.parse(e.data); return true; }, () => {}); s.push(bytes); s.flush(); });
}
