import { type AlertDeliveryError, InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import { AlertDelivery } from './alert-delivery.js';
import {
  type AlertEvent,
  type AlertKind,
  alertKinds,
  type BudgetAlert,
  slackMessage,
  toAlert,
} from './budget-alert.js';
import { listen } from './listen.js';
import { redactUrl } from './redact-url.js';
import { type BudgetSources, resolveBudgets } from './resolve-budgets.js';

/** Options of `webhookAlerts`. */
export interface WebhookAlertsOptions {
  /** Where alerts are POSTed as JSON, e.g. a Slack incoming webhook. Its path and query are kept secret. */
  url: string | URL;
  /**
   * Turns an alert into the JSON body.
   * @default `slackMessage`: Slack-compatible `{ text }`
   */
  formatter?: (alert: BudgetAlert) => unknown;
  /**
   * Attempts after the first when the endpoint fails (5xx, 408, 429, no answer, network).
   * @default 3
   */
  retries?: number;
  /** The wait before the first retry; it doubles each time. @default 1000 */
  backoffMs?: number;
  /** The longest wait between retries. @default 30000 */
  maxBackoffMs?: number;
  /**
   * How long one attempt may take, reading the answer's body included. Bounded even when the
   * `fetch` given ignores the abort signal: the attempt counts as failed and is retried.
   * @default 10000
   */
  timeoutMs?: number;
  /** Which alerts to send. @default every kind: threshold, exceeded, settlement-pending, settlement-lost, store-unavailable */
  alerts?: readonly AlertKind[];
  /**
   * How long outage alerts (`settlement-pending`, `settlement-lost`, `store-unavailable`) stay quiet for a
   * budget after one is sent. Threshold and exceeded alerts are sent once per budget,
   * threshold and window, whatever this is.
   * @default 600000 (ten minutes)
   */
  outageQuietMs?: number;
  /** At most this many alerts wait to be sent; more are dropped (and reported). @default 100 */
  maxQueued?: number;
  /**
   * Told about every alert that could not be delivered. Never given the URL.
   * @default a process warning (code `TOLLGATE_ALERT_FAILED`)
   */
  onError?: (error: AlertDeliveryError) => void;
  /** The `fetch` alerts are sent with. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** The clock for alert times and quiet periods (ms since epoch). @default Date.now */
  now?: () => number;
}

/** A running alert sink. */
export interface WebhookAlerts {
  /** Stops listening. Alerts already raised are still delivered. */
  stop(): void;
  /** Resolves when every alert raised so far has been delivered or given up on. */
  flush(): Promise<void>;
}

// Remembered alert keys past this are forgotten oldest first (a long-lived process with
// windowed budgets makes new keys every window).
const maxRemembered = 10_000;

/**
 * Posts budget alerts to a webhook: a threshold crossed, a limit reached, a settlement the
 * store could not take, a store that cannot be reached. Each is sent at most once per
 * budget, threshold and window (outages: once per quiet period), with retries and backoff,
 * from the background: a call never waits for an alert.
 */
export function webhookAlerts(
  budgets: BudgetSources,
  options: WebhookAlertsOptions,
): WebhookAlerts {
  const targets = resolveBudgets(budgets, 'webhookAlerts');
  const settings = parseOptions(options);
  const delivery = new AlertDelivery(settings);
  const sent = new Map<string, number>();
  const raise = (event: AlertEvent) => {
    const now = settings.now();
    const key = alertKey(event);
    const last = sent.get(key);
    if (last !== undefined && (isOutage(event) ? now - last < settings.outageQuietMs : true))
      return;
    sent.delete(key);
    sent.set(key, now);
    if (sent.size > maxRemembered) sent.delete(sent.keys().next().value as string);
    delivery.send(toAlert(event, new Date(now)));
  };
  const handlers = Object.fromEntries(settings.alerts.map((kind) => [kind, raise]));
  const unsubscribe = listen(targets, handlers);
  return { stop: unsubscribe, flush: () => delivery.flush() };
}

function isOutage(event: AlertEvent): boolean {
  return event.type !== 'threshold' && event.type !== 'exceeded';
}

function alertKey(event: AlertEvent): string {
  switch (event.type) {
    case 'threshold':
      return JSON.stringify([
        event.type,
        event.budgetId,
        event.threshold,
        event.windowStart ?? null,
      ]);
    case 'exceeded':
      return JSON.stringify([event.type, event.budgetId, event.windowStart ?? null]);
    default:
      return JSON.stringify([event.type, event.budgetId]);
  }
}

interface Settings {
  url: URL;
  target: string;
  formatter: (alert: BudgetAlert) => unknown;
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
  maxQueued: number;
  alerts: readonly AlertKind[];
  outageQuietMs: number;
  onError: (error: AlertDeliveryError) => void;
  fetch: typeof globalThis.fetch;
  now: () => number;
}

function invalid(path: string, expected: string, received: string): InvalidOptionsError {
  return new InvalidOptionsError(
    `webhookAlerts: ${path} must be ${expected}, received ${received}`,
    [{ path, message: `expected ${expected}` }],
  );
}

/** The URL, checked without ever echoing it: it holds the webhook's secret. */
function parseUrl(value: unknown): URL {
  const expected = 'an http(s) URL';
  if (typeof value !== 'string' && !(value instanceof URL)) {
    throw invalid('url', expected, describeValue(value));
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('url', expected, 'a string that is not a URL (not shown: it may hold a secret)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid('url', expected, `a ${url.protocol} URL`);
  }
  return url;
}

function count(
  options: Record<string, unknown>,
  path: string,
  fallback: number,
  min: number,
): number {
  const value = options[path];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalid(path, `an integer of at least ${min}`, describeValue(value));
  }
  return value;
}

function optionalFunction<T>(options: Record<string, unknown>, path: string, fallback: T): T {
  const value = options[path];
  if (value === undefined) return fallback;
  if (typeof value !== 'function') throw invalid(path, 'a function', describeValue(value));
  return value as T;
}

const known = new Set([
  'url',
  'formatter',
  'retries',
  'backoffMs',
  'maxBackoffMs',
  'timeoutMs',
  'alerts',
  'outageQuietMs',
  'maxQueued',
  'onError',
  'fetch',
  'now',
]);

function parseOptions(options: unknown): Settings {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'an object with a url', describeValue(options));
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      throw new InvalidOptionsError(
        `webhookAlerts: unknown option "${key}"; expected one of ${[...known].join(', ')}`,
        [{ path: key, message: 'unknown option' }],
      );
    }
  }
  const url = parseUrl(record.url);
  const target = redactUrl(url);
  return {
    url,
    target,
    formatter: optionalFunction(record, 'formatter', slackMessage),
    retries: count(record, 'retries', 3, 0),
    backoffMs: count(record, 'backoffMs', 1_000, 0),
    maxBackoffMs: count(record, 'maxBackoffMs', 30_000, 0),
    timeoutMs: count(record, 'timeoutMs', 10_000, 1),
    maxQueued: count(record, 'maxQueued', 100, 1),
    alerts: parseKinds(record.alerts),
    outageQuietMs: count(record, 'outageQuietMs', 600_000, 0),
    onError: optionalFunction(record, 'onError', warn),
    fetch: optionalFunction(record, 'fetch', globalThis.fetch),
    now: optionalFunction(record, 'now', Date.now),
  };
}

function parseKinds(value: unknown): readonly AlertKind[] {
  if (value === undefined) return alertKinds;
  const expected = `a list of ${alertKinds.map((kind) => `"${kind}"`).join(', ')}`;
  if (!Array.isArray(value)) throw invalid('alerts', expected, describeValue(value));
  for (const [index, kind] of value.entries()) {
    if (!alertKinds.includes(kind)) {
      throw invalid(`alerts.${index}`, `one of ${alertKinds.join(', ')}`, describeValue(kind));
    }
  }
  return [...new Set(value as AlertKind[])];
}

function warn(error: AlertDeliveryError): void {
  process.emitWarning(error.message, { code: 'TOLLGATE_ALERT_FAILED' });
}
