/**
 * OpenAI basics: wrap the official `openai` client in a budget, make calls, and read back
 * what they cost. Shows a call charged its exact cost from the returned usage, a call that
 * would break the limit refused before anything is sent, and a paid endpoint Tollgate cannot
 * meter (images) refused too.
 *
 * Run:  pnpm example openai-basics
 * Live: TOLLGATE_LIVE=1 OPENAI_API_KEY=sk-... pnpm example openai-basics   (spends < $0.001)
 */
import { createBudget, isUsageTokens, totalInputTokens, totalOutputTokens } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { BudgetExceededError, UnmeteredEndpointError, withBudget } from '@tollgate/openai';
import OpenAI from 'openai';

const live = process.env.TOLLGATE_LIVE === '1';
// Offline by default: a loopback server that speaks the OpenAI API, with real usage figures.
const mock = live ? undefined : await startMockProvider();

try {
  const budget = createBudget({ id: 'openai-basics', limitUsd: '0.005' });
  const openai = withBudget(
    new OpenAI(mock ? { baseURL: mock.openaiBaseURL, apiKey: 'offline' } : {}),
    { budget },
  );
  console.log(
    `Budget "${budget.id}": limit $${budget.limitUsd}, against ${mock ? mock.url : 'api.openai.com'}\n`,
  );

  // Every settled call reports what was held for it and what it actually cost.
  budget.on('settled', ({ entry }) => {
    const tokens = entry.details.tokens;
    const counts = isUsageTokens(tokens)
      ? `${totalInputTokens(tokens)} input (${tokens.input.cacheRead} from cache) + ${totalOutputTokens(tokens)} output tokens`
      : 'unknown tokens';
    console.log(
      `  charged $${entry.actualUsd} for ${counts} of ${entry.details.model} (held $${entry.reservedUsd} while in flight; prices ${entry.details.pricingVersion})`,
    );
  });

  // 1. An ordinary call: held on its bound (prompt + max_completion_tokens), charged exactly.
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Name three uses of a toll gate, in one line.' }],
    max_completion_tokens: 60,
  });
  console.log(
    `1. gpt-4o-mini answered: "${completion.choices[0]?.message.content?.slice(0, 60)}..."`,
  );

  // 2. The Responses API is metered the same way.
  const response = await openai.responses.create({
    model: 'gpt-4o-mini',
    input: 'Say hello in French.',
    max_output_tokens: 20,
  });
  console.log(`2. Responses API answered: "${response.output_text.slice(0, 60)}"`);

  // 3. A call whose worst case does not fit what is left is refused before it is sent.
  const sentBefore = mock?.requests.length;
  try {
    await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Write a long essay on toll roads.' }],
      max_completion_tokens: 4000, // up to $0.04 of output at gpt-4o's $10 per million
    });
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    console.log(`3. Refused (${error.code}): ${error.message}`);
    if (mock)
      console.log(
        `   Requests the provider received for it: ${mock.requests.length - (sentBefore ?? 0)}`,
      );
  }

  // 4. Image generation is paid but not metered by Tollgate: refused unless `unmetered: 'allow'`.
  try {
    await openai.images.generate({ model: 'gpt-image-1', prompt: 'a toll gate at dawn' });
  } catch (error) {
    if (!(error instanceof UnmeteredEndpointError)) throw error;
    console.log(
      `4. Refused (${error.code}) ${error.endpoint}: not metered, so not allowed under an enforcing budget`,
    );
  }

  const status = await openai.budget.status();
  console.log(
    `\nSpent $${status.spentUsd} of $${status.limitUsd} in ${status.calls} calls; held $${status.reservedUsd}; left $${status.remainingUsd}`,
  );
} finally {
  await mock?.close();
}
