import type { Meter, ObservableGauge } from '@opentelemetry/api';
import { tollgate } from './attribute-names.js';

/** The gauges of one `instrument()` call, read from `budget.status()` when collected. */
export interface Gauges {
  spent: ObservableGauge;
  reserved: ObservableGauge;
  limit: ObservableGauge;
  remaining: ObservableGauge;
  closed: ObservableGauge;
  pending: ObservableGauge;
  storeAvailable: ObservableGauge;
}

/** Creates the budget gauges on `meter` (see `BudgetMetrics`). */
export function createGauges(meter: Meter): Gauges {
  const usd = (name: string, description: string) =>
    meter.createObservableGauge(name, { unit: 'USD', description });
  return {
    spent: usd(tollgate.spentMetric, 'Settled spend in the current window, in USD.'),
    reserved: usd(tollgate.reservedMetric, 'Held by calls in flight, in USD.'),
    limit: usd(tollgate.limitMetric, 'The budget limit, in USD.'),
    remaining: usd(
      tollgate.remainingMetric,
      'Limit minus spent minus held, never below zero, in USD.',
    ),
    closed: meter.createObservableGauge(tollgate.closedMetric, {
      description:
        '1 when the budget or one above it is closed (every call refused, whatever remaining says), else 0.',
    }),
    pending: meter.createObservableGauge(tollgate.pendingMetric, {
      unit: '{settlement}',
      description: 'Settlements kept in memory because the store could not be reached.',
    }),
    storeAvailable: meter.createObservableGauge(tollgate.storeAvailableMetric, {
      description:
        "1 when this collection read the budget's figures from its store, 0 when it could not: the money gauges then repeat their last figures (cumulative temporality) or are left out (delta).",
    }),
  };
}
