import { createBudget } from '@tollgate/core';
import { withBudget } from '@tollgate/openai';
import { createPricing } from '@tollgate/pricing';
import OpenAI, { AzureOpenAI } from 'openai';

const team = createBudget({ id: 'team', limitUsd: '50' });

// Priced at DeepSeek's, xAI's, OpenRouter's, Azure's rates: detected from the client.
const deepseek = withBudget(new OpenAI({ baseURL: 'https://api.deepseek.com' }), { budget: team });
const grok = withBudget(new OpenAI({ baseURL: 'https://api.x.ai/v1' }), { budget: team });
const router = withBudget(new OpenAI({ baseURL: 'https://openrouter.ai/api/v1' }), {
  budget: team,
  priceDriftShare: 0.1, // price-drift when usage.cost strays more than 10% from the table
});
const azure = withBudget(new AzureOpenAI({ apiVersion: '2024-10-21' }), { budget: team });

// Behind a gateway that hides the provider's host: say whose prices apply.
const gateway = withBudget(new OpenAI({ baseURL: 'https://llm.acme.internal/v1' }), {
  budget: team,
  provider: 'groq',
});

// A self-hosted model (vLLM, Ollama, ...): priced in one line, here at zero.
const local = withBudget(new OpenAI({ baseURL: 'http://localhost:8000/v1' }), {
  budget: team,
  pricing: createPricing({
    overrides: [
      {
        provider: 'openai',
        id: 'llama-3.1-8b-local',
        like: 'gpt-4o-mini',
        prices: [{ standard: { input: '0', output: '0' } }],
      },
    ],
  }),
});

team.on('price-drift', (drift) => console.log(drift.model, drift.tableUsd, drift.reportedUsd));
console.log(deepseek.budget.id, grok.budget.id, router.budget.id, azure.budget.id);
console.log(gateway.budget.id, local.budget.id);
