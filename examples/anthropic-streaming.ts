/**
 * Anthropic streaming: a budget around the official `@anthropic-ai/sdk` client while it
 * streams. Shows the hold while a stream is in flight and the exact charge when it ends, a
 * stream the caller stops early charged only what was consumed, and a stream refused before
 * it starts (with `tollgateErrorOf`, since `messages.stream()` wraps errors in its own).
 *
 * Run:  pnpm example anthropic-streaming
 * Live: TOLLGATE_LIVE=1 ANTHROPIC_API_KEY=sk-ant-... pnpm example anthropic-streaming   (spends < $0.005)
 */
import Anthropic from '@anthropic-ai/sdk';
import { tollgateErrorOf, withBudget } from '@tollgate/anthropic';
import { createBudget, isUsageTokens, totalOutputTokens } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';

const live = process.env.TOLLGATE_LIVE === '1';
// Offline by default: the loopback provider streams lorem text with real usage events,
// 10 ms between chunks so the stream takes a moment, like a real one.
const mock = live ? undefined : await startMockProvider({ chunkDelayMs: 10 });
mock?.script({ match: { provider: 'anthropic' }, times: 2, respond: { outputTokens: 40 } });

try {
  const budget = createBudget({ id: 'anthropic-streaming', limitUsd: '0.02' });
  const anthropic = withBudget(
    new Anthropic(mock ? { baseURL: mock.anthropicBaseURL, apiKey: 'offline' } : {}),
    { budget },
  );
  console.log(`Budget "${budget.id}": limit $${budget.limitUsd}\n`);

  // 1. A streamed answer, read event by event. The hold covers the worst case
  //    (prompt bound + max_tokens); once the stream ends it is settled to the real usage.
  console.log('1. messages.stream(), claude-haiku-4-5, max_tokens 400:');
  const stream = anthropic.messages.stream({
    model: 'claude-haiku-4-5',
    max_tokens: 400,
    messages: [{ role: 'user', content: 'Describe a toll gate in two sentences.' }],
  });
  let text = '';
  for await (const event of stream) {
    if (event.type !== 'content_block_delta' || event.delta.type !== 'text_delta') continue;
    if (text === '') {
      const during = await budget.status();
      console.log(`   while streaming: held $${during.reservedUsd}, spent $${during.spentUsd}`);
    }
    text += event.delta.text;
  }
  const message = await stream.finalMessage();
  const after = await budget.status();
  console.log(`   reply: "${text.slice(0, 70)}..."`);
  console.log(
    `   ended (${message.stop_reason}, ${message.usage.input_tokens} in / ${message.usage.output_tokens} out): held $${after.reservedUsd}, spent $${after.spentUsd}\n`,
  );

  // 2. A raw stream the caller stops after five text deltas: charged for the input and the
  //    output received so far, and marked partial in the ledger.
  console.log('2. messages.create({ stream: true }), stopped after 5 deltas:');
  const raw = await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 400,
    stream: true,
    messages: [{ role: 'user', content: 'Count slowly from one to forty.' }],
  });
  let deltas = 0;
  for await (const event of raw) {
    if (event.type === 'content_block_delta' && ++deltas === 5) break;
  }
  const [stopped] = await budget.ledger({ limit: 1 });
  const tokens = stopped?.details.tokens;
  const output = isUsageTokens(tokens) ? totalOutputTokens(tokens) : 'unknown';
  console.log(
    `   charged $${stopped?.actualUsd} of the $${stopped?.reservedUsd} held (${output} output tokens, partial: ${stopped?.details.partial === true})\n`,
  );

  // 3. A stream whose worst case cannot fit is refused before any byte is sent. The
  //    MessageStream wraps it in an AnthropicError; tollgateErrorOf finds the refusal.
  console.log('3. messages.stream(), claude-opus-4-8, max_tokens 8000:');
  try {
    await anthropic.messages
      .stream({
        model: 'claude-opus-4-8',
        max_tokens: 8000,
        messages: [{ role: 'user', content: 'Write the history of toll roads.' }],
      })
      .finalMessage();
  } catch (error) {
    const refusal = tollgateErrorOf(error);
    if (refusal?.code !== 'BUDGET_EXCEEDED') throw error;
    console.log(`   refused: ${refusal.message}`);
  }

  const status = await budget.status();
  console.log(
    `\nSpent $${status.spentUsd} of $${status.limitUsd} in ${status.calls} calls; held $${status.reservedUsd}; left $${status.remainingUsd}`,
  );
  if (mock)
    console.log(
      `The provider received ${mock.requests.length} requests (none for the refused stream).`,
    );
} finally {
  await mock?.close();
}
