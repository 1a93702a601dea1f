import { computeCost, estimateCost } from '@tollgate/pricing';

// `usage` as the provider returned it, e.g. an Anthropic message's `message.usage`:
const usage = { input_tokens: 1200, output_tokens: 300, cache_read_input_tokens: 5000 };
console.log(computeCost({ provider: 'anthropic', model: 'claude-sonnet-5', usage }));
// { totalUsd: '0.0096', model, provider, pricingVersion: '2026-11-28', lines: [{ kind, tokens, rateUsd, unit, usd }], ... }

console.log(
  estimateCost({
    provider: 'openai',
    model: 'gpt-5.6-luna',
    inputTokens: 1200,
    maxOutputTokens: 300,
  }),
); // the most this request could cost, whatever the response reports
