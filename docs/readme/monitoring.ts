import { createBudget } from '@tollgate/core';
import { instrument, webhookAlerts } from '@tollgate/otel';

const session = createBudget({ id: 'session-42', limitUsd: '10' });
const stop = instrument(session); // the providers your app registered, or { meterProvider, tracerProvider }
const alerts = webhookAlerts(session, { url: 'https://hooks.slack.com/services/T0/B0/secret' });

process.once('beforeExit', () => {
  stop();
  alerts.stop();
});
