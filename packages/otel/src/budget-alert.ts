import type {
  ExceededEvent,
  SettlementLostEvent,
  SettlementPendingEvent,
  StoreUnavailableEvent,
  ThresholdEvent,
} from '@tollgate/core';

/** The alerts a webhook sink sends. */
export type AlertKind =
  | 'threshold'
  | 'exceeded'
  | 'settlement-pending'
  | 'settlement-lost'
  | 'store-unavailable';

/** Every alert kind, in the order a budget's trouble usually grows. */
export const alertKinds: readonly AlertKind[] = [
  'threshold',
  'exceeded',
  'settlement-pending',
  'settlement-lost',
  'store-unavailable',
];

interface AlertBase {
  budgetId: string;
  /** When the alert was raised (ISO 8601). */
  at: string;
  /** One line for people, e.g. `Budget "plan-7" passed 80% of its $10 limit ($8.01 spent).` */
  message: string;
}

/** What a formatter receives: the alert's facts and a ready message. Money is decimal strings of USD. */
export type BudgetAlert =
  | (AlertBase & {
      kind: 'threshold';
      threshold: number;
      spentUsd: string;
      limitUsd: string;
      windowStart: number | null;
    })
  | (AlertBase & {
      kind: 'exceeded';
      spentUsd: string;
      limitUsd: string;
      overrunUsd: string;
      windowStart: number | null;
    })
  | (AlertBase & { kind: 'settlement-pending'; attempt: number })
  | (AlertBase & {
      kind: 'settlement-lost';
      /** What the lost settlement charged (`'0'` for a release). */
      actualUsd: string;
      attempts: number;
    })
  | (AlertBase & {
      kind: 'store-unavailable';
      /** True when calls go ahead unheld (`onStoreError: 'allow'`), false when they are refused. */
      allowed: boolean;
    });

/** The budget events alerts come from. */
export type AlertEvent =
  | ThresholdEvent
  | ExceededEvent
  | SettlementPendingEvent
  | SettlementLostEvent
  | StoreUnavailableEvent;

const percent = (fraction: number) => `${Math.round(fraction * 10_000) / 100}%`;

/**
 * The alert an event raises. Store errors are never quoted: their messages can carry a
 * connection string.
 */
export function toAlert(event: AlertEvent, at: Date): BudgetAlert {
  const base = { budgetId: event.budgetId, at: at.toISOString() };
  const name = `Budget "${event.budgetId}"`;
  switch (event.type) {
    case 'threshold':
      return {
        ...base,
        kind: 'threshold',
        threshold: event.threshold,
        spentUsd: event.spentUsd,
        limitUsd: event.limitUsd,
        windowStart: event.windowStart ?? null,
        message: `${name} passed ${percent(event.threshold)} of its $${event.limitUsd} limit ($${event.spentUsd} spent).`,
      };
    case 'exceeded':
      return {
        ...base,
        kind: 'exceeded',
        spentUsd: event.spentUsd,
        limitUsd: event.limitUsd,
        overrunUsd: event.overrunUsd,
        windowStart: event.windowStart ?? null,
        message: `${name} reached its $${event.limitUsd} limit ($${event.spentUsd} spent): new calls are refused.`,
      };
    case 'settlement-pending':
      return {
        ...base,
        kind: 'settlement-pending',
        attempt: event.attempt,
        message: `${name}: the store could not record a settlement; Tollgate keeps it in memory and retries.`,
      };
    case 'settlement-lost':
      return {
        ...base,
        kind: 'settlement-lost',
        actualUsd: event.actualUsd,
        attempts: event.attempts,
        message:
          event.actualUsd === '0'
            ? `${name}: a release was given up after ${event.attempts} attempts; its hold stays until it expires.`
            : `${name}: a $${event.actualUsd} settlement was given up after ${event.attempts} attempts; that spend is not recorded.`,
      };
    case 'store-unavailable':
      return {
        ...base,
        kind: 'store-unavailable',
        allowed: event.allowed,
        message: event.allowed
          ? `${name}: the store cannot be reached; calls go ahead without a hold.`
          : `${name}: the store cannot be reached; calls are refused.`,
      };
  }
}

const icons: Record<AlertKind, string> = {
  threshold: ':warning:',
  exceeded: ':no_entry:',
  'settlement-pending': ':hourglass:',
  'settlement-lost': ':x:',
  'store-unavailable': ':rotating_light:',
};

/** The default formatter: a Slack incoming-webhook message (`text`), also read by Mattermost, Rocket.Chat and others. */
export function slackMessage(alert: BudgetAlert): { text: string } {
  return { text: `${icons[alert.kind]} Tollgate: ${alert.message}` };
}
