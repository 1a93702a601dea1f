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
  /** The budget the alert is about. */
  budgetId: string;
  /** When the alert was raised (ISO 8601). */
  at: string;
  /** One line for people, e.g. `Budget "plan-7" passed 80% of its $10 limit ($8.01 spent).` */
  message: string;
}

/** What a formatter receives: the alert's facts and a ready message. Money is decimal strings of USD. */
export type BudgetAlert =
  | (AlertBase & {
      /** Spend crossed one of the budget's configured fractions of its limit. */
      kind: 'threshold';
      /** The fraction crossed, e.g. 0.8. */
      threshold: number;
      /** Settled spend after the call that crossed it. */
      spentUsd: string;
      /** The budget's limit. */
      limitUsd: string;
      /** Start of the window the spend belongs to (ms since epoch), `null` without a window. */
      windowStart: number | null;
    })
  | (AlertBase & {
      /** Spend reached or passed the limit: later calls on the budget are refused. */
      kind: 'exceeded';
      /** Settled spend. */
      spentUsd: string;
      /** The budget's limit. */
      limitUsd: string;
      /** How far spend went past the limit (`'0'` when it landed exactly on it). */
      overrunUsd: string;
      /** Start of the window the spend belongs to (ms since epoch), `null` without a window. */
      windowStart: number | null;
    })
  | (AlertBase & {
      /** A settlement could not reach the store and is kept in memory for retrying. */
      kind: 'settlement-pending';
      /** How many times the store has been tried so far. */
      attempt: number;
    })
  | (AlertBase & {
      /** A settlement or release was given up after retrying, or refused by a closed store. */
      kind: 'settlement-lost';
      /** The reservation whose settlement or release was given up: look for it in the ledger. */
      reservationId: string;
      /** What the lost settlement charged (`'0'` for a release). */
      actualUsd: string;
      /** Attempts made, the first included. */
      attempts: number;
    })
  | (AlertBase & {
      /** The store could not be reached for a reservation. */
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
        reservationId: event.reservationId,
        actualUsd: event.actualUsd,
        attempts: event.attempts,
        message:
          event.actualUsd === '0'
            ? `${name}: the release of reservation ${event.reservationId} was given up after ${event.attempts} attempts; its hold stays until it expires.`
            : `${name}: the $${event.actualUsd} settlement of reservation ${event.reservationId} was given up after ${event.attempts} attempts and not confirmed; the store may still apply it, so look for that reservation in the ledger before charging it by hand.`,
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
export function slackMessage(alert: BudgetAlert): {
  /** The message: the alert kind's icon, then the alert's one-line `message`. */
  text: string;
} {
  return { text: `${icons[alert.kind]} Tollgate: ${alert.message}` };
}
