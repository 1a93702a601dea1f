/**
 * OpenTelemetry and alerts: `instrument()` a budget, serve its metrics on a Prometheus
 * endpoint, make a few calls through the OpenAI and Anthropic SDKs, and print what a scrape
 * returns: exact cost by model, tokens, the budget's gauges and a refusal by code. A
 * `webhookAlerts` sink posts Slack-style alerts to a local receiver as thresholds are crossed.
 *
 * Run:  pnpm example otel-prometheus
 * Import packages/otel/dashboards/tollgate.json into Grafana to chart the same metrics.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { withBudget as withAnthropicBudget } from '@tollgate/anthropic';
import { BudgetExceededError, createBudget } from '@tollgate/core';
import { startMockProvider } from '@tollgate/mock-provider';
import { withBudget as withOpenAIBudget } from '@tollgate/openai';
import { instrument, webhookAlerts } from '@tollgate/otel';
import OpenAI from 'openai';

const mock = await startMockProvider();
// The exporter's request handler behind a server on a free loopback port (its own server
// would take the fixed port 9464). In production: new PrometheusExporter({ port: 9464 }).
const exporter = new PrometheusExporter({ preventServerStart: true });
const meterProvider = new MeterProvider({ readers: [exporter] });
const metricsServer = createServer((request, response) =>
  exporter.getMetricsRequestHandler(request, response),
);
// A stand-in for a Slack incoming webhook: prints the text of each alert it receives.
const alertReceiver = createServer(async (request, response) => {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  console.log(`  webhook received: ${(JSON.parse(body) as { text: string }).text}`);
  response.end('ok');
});
const listen = async (server: typeof metricsServer) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

try {
  const metricsUrl = `${await listen(metricsServer)}/metrics`;
  const webhookUrl = `${await listen(alertReceiver)}/services/T000/B000/secret`;
  const budget = createBudget({ id: 'team-ai', limitUsd: '0.0006', thresholds: [0.25, 0.5] });
  const stop = instrument(budget, { meterProvider });
  const alerts = webhookAlerts(budget, { url: webhookUrl });
  const openai = withOpenAIBudget(new OpenAI({ baseURL: mock.openaiBaseURL, apiKey: 'offline' }), {
    budget,
  });
  const anthropic = withAnthropicBudget(
    new Anthropic({ baseURL: mock.anthropicBaseURL, apiKey: 'offline' }),
    { budget },
  );
  console.log(`Budget "${budget.id}" (limit $${budget.limitUsd}), metrics on ${metricsUrl}\n`);

  const ask = 'Name three uses of a toll gate.';
  await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    messages: [{ role: 'user', content: ask }],
    max_tokens: 40,
  });
  for (const model of ['gpt-4o-mini', 'gpt-4o-mini', 'gpt-4o']) {
    await openai.chat.completions.create({
      model,
      messages: [{ role: 'user', content: ask }],
      max_completion_tokens: 40,
    });
  }
  try {
    await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Write a long essay on toll roads.' }],
      max_completion_tokens: 4000,
    });
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
    console.log(`  refused before sending: $${error.requestedUsd} asked, $${error.limitUsd} limit`);
  }
  await alerts.flush();

  const scrape = await (await fetch(metricsUrl)).text();
  const shown = scrape
    .split('\n')
    .filter((line) => /^tollgate_(cost|budget|refusals)|^gen_ai_client_token_usage_sum/.test(line))
    .map((line) => line.replace(/,?otel_scope_name="[^"]*"/, ''));
  console.log(`\nGET ${metricsUrl} (selected lines of ${scrape.split('\n').length}):\n`);
  for (const line of shown) console.log(`  ${line}`);
  const status = await budget.status();
  console.log(`\nbudget.status(): spent $${status.spentUsd}, left $${status.remainingUsd}`);
  stop();
  alerts.stop();
} finally {
  await meterProvider.shutdown();
  await new Promise((resolve) => metricsServer.close(resolve));
  await new Promise((resolve) => alertReceiver.close(resolve));
  await mock.close();
}
