import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { createBudget } from '@tollgate/core';
import { withBudget } from '@tollgate/openai';
import { instrument, webhookAlerts } from '@tollgate/otel';
import OpenAI from 'openai';

const session = createBudget({ id: 'session-42', limitUsd: '10' });
const openai = withBudget(new OpenAI(), { budget: session });

// After your OpenTelemetry SDK is set up (the NodeSDK, or providers of your own):
const meterProvider = new MeterProvider();
const stop = instrument(session, { meterProvider }); // or instrument(openai), instrument([a, b])
await openai.chat.completions.create({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  max_completion_tokens: 50,
});
stop(); // stops reporting: listeners removed, callbacks unregistered

const alerts = webhookAlerts(session, {
  url: process.env.SLACK_WEBHOOK_URL ?? 'http://127.0.0.1:9/no-webhook-configured',
});
// ... at shutdown: alerts already raised still go out, then the sink stops listening.
await alerts.flush();
alerts.stop();
console.log(await session.status());
