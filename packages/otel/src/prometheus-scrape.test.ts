import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { createBudget } from '@tollgate/core';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { withBudget } from '@tollgate/openai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrument } from './instrument.js';

let mock: MockProvider;
let server: Server;
let meterProvider: MeterProvider;
let scrapeUrl: string;

beforeAll(async () => {
  mock = await startMockProvider();
  // The exporter's own server cannot take port 0; its request handler behind ours can.
  const exporter = new PrometheusExporter({ preventServerStart: true });
  meterProvider = new MeterProvider({ readers: [exporter] });
  server = createServer((request, response) =>
    exporter.getMetricsRequestHandler(request, response),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  scrapeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await meterProvider.shutdown();
  await mock.close();
});

/** The value of the sample line `name{...labels}` in a Prometheus text scrape. */
function sample(scrape: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of scrape.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (!Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
      continue;
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('a Prometheus scrape over loopback HTTP', () => {
  it('shows cost, tokens, refusals and the budget gauges', async () => {
    const budget = createBudget({ id: 'scraped', limitUsd: '0.01' });
    const client = withBudget(new OpenAI({ apiKey: 'test', baseURL: mock.openaiBaseURL }), {
      budget,
    });
    const stop = instrument(budget, { meterProvider });
    const messages = [{ role: 'user' as const, content: 'Hello' }];
    await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
      max_completion_tokens: 30,
    });
    await client.chat.completions.create({ model: 'gpt-4o', messages, max_completion_tokens: 30 });
    await expect(
      client.chat.completions.create({ model: 'gpt-4o', messages, max_completion_tokens: 5000 }),
    ).rejects.toThrow(/refused|budget/i);
    const response = await fetch(scrapeUrl);
    expect(response.status).toBe(200);
    const scrape = await response.text();
    const status = await budget.status();
    const entries = await budget.ledger();
    const costOf = (model: string) =>
      entries
        .filter((entry) => entry.details.requestModel === model)
        .reduce((sum, entry) => sum + Number(entry.actualUsd), 0);
    const byBudget = { tollgate_budget_id: 'scraped' };
    expect(sample(scrape, 'tollgate_cost_total', { gen_ai_request_model: 'gpt-4o-mini' })).toBe(
      costOf('gpt-4o-mini'),
    );
    expect(sample(scrape, 'tollgate_cost_total', { gen_ai_request_model: 'gpt-4o' })).toBe(
      costOf('gpt-4o'),
    );
    expect(sample(scrape, 'tollgate_budget_spent', byBudget)).toBe(Number(status.spentUsd));
    expect(sample(scrape, 'tollgate_budget_limit', byBudget)).toBe(0.01);
    expect(sample(scrape, 'tollgate_budget_remaining', byBudget)).toBe(Number(status.remainingUsd));
    expect(
      sample(scrape, 'tollgate_refusals_total', { ...byBudget, tollgate_code: 'BUDGET_EXCEEDED' }),
    ).toBe(1);
    expect(
      sample(scrape, 'gen_ai_client_token_usage_count', {
        gen_ai_token_type: 'output',
        gen_ai_request_model: 'gpt-4o',
      }),
    ).toBe(1);
    // Every metric and label the Grafana dashboard queries is in the scrape.
    const dashboard = await readFile(
      new URL('../dashboards/tollgate.json', import.meta.url),
      'utf8',
    );
    const queried = new Set(dashboard.match(/\b(?:tollgate|gen_ai)_[a-z_]+/g));
    expect(queried.size).toBeGreaterThan(10);
    for (const name of queried) expect(scrape, name).toContain(name);
    stop();
  });
});
