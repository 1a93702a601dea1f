/**
 * Custom prices for a fine-tuned model. A fine-tuned id such as
 * `ft:gpt-4o-mini-2024-07-18:acme::abc123` is in no price table, so Tollgate refuses to
 * call it rather than let it through unpriced. Give it its own prices with
 * `createPricing({ overrides })` and pass that as the adapter's `pricing` option; holds and
 * charges then use them, and every charge names the table version `...+override`.
 *
 * Run: pnpm example fine-tuned-prices
 */
import { createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { UnknownModelError, withBudget } from '@tollgate/openai';
import { createPricing } from '@tollgate/pricing';
import OpenAI from 'openai';

const FINE_TUNED = 'ft:gpt-4o-mini-2024-07-18:acme::abc123';

// The loopback provider reports half of the long system prompt as a prompt-cache hit.
const mock = await startMockProvider();
mock.script({ respond: { usage: { prompt_tokens_details: { cached_tokens: 512 } } } });
const client = new OpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' });
const budget = createBudget({ id: 'support-bot', limitUsd: '1' });
const messages = [
  {
    role: 'system' as const,
    content: 'You answer questions about Acme orders. Be brief, cite the order number. '.repeat(80),
  },
  { role: 'user' as const, content: 'Where is order 1042?' },
];

try {
  // 1. With the bundled tables the fine-tuned id has no price: refused, nothing sent.
  try {
    await withBudget(client, { budget }).chat.completions.create({
      model: FINE_TUNED,
      messages,
      max_completion_tokens: 100,
    });
  } catch (error) {
    if (!(error instanceof UnknownModelError)) throw error;
    console.log(`1. Without a price (${error.code}): ${error.message}`);
    console.log(`   requests sent: ${mock.requests.length}\n`);
  }

  // 2. Its own prices (USD per million tokens), everything else copied from its base model.
  const pricing = createPricing({
    overrides: [
      {
        provider: 'openai',
        id: FINE_TUNED,
        like: 'gpt-4o-mini',
        prices: [
          {
            standard: { input: '0.3', cachedInput: '0.15', output: '1.2' },
            source: 'OpenAI fine-tuning price list',
          },
        ],
      },
    ],
  });
  const model = pricing.resolve('openai', FINE_TUNED);
  console.log(
    `2. Priced: ${model.id} (context ${model.contextWindow}, max output ${model.maxOutputTokens}, from gpt-4o-mini)`,
  );

  const openai = withBudget(client, { budget, pricing });
  const completion = await openai.chat.completions.create({
    model: FINE_TUNED,
    messages,
    max_completion_tokens: 100,
  });
  const [entry] = await budget.ledger({ limit: 1 });
  console.log(
    `   answered; held $${entry?.reservedUsd}, charged $${entry?.actualUsd} at table ${entry?.details.pricingVersion}`,
  );

  // The same usage priced line by line, and what the base model would have cost.
  const cost = pricing.computeCost({
    provider: 'openai',
    model: FINE_TUNED,
    usage: completion.usage,
  });
  for (const line of cost.lines) {
    console.log(
      `     ${line.kind.padEnd(10)} ${String(line.tokens).padStart(5)} tokens x $${line.rateUsd}/M = $${line.usd}`,
    );
  }
  const base = pricing.computeCost({
    provider: 'openai',
    model: 'gpt-4o-mini',
    usage: completion.usage,
  });
  console.log(`   total $${cost.totalUsd}; the same call on base gpt-4o-mini: $${base.totalUsd}`);

  const status = await budget.status();
  console.log(
    `\n"${status.id}": spent $${status.spentUsd} of $${status.limitUsd} in ${status.calls} call; left $${status.remainingUsd}`,
  );
} finally {
  await mock.close();
}
