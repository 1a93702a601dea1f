import { AlertDeliveryError } from '@tollgate/core';
import type { BudgetAlert } from './budget-alert.js';

/** How alerts are sent. */
export interface DeliverySettings {
  url: URL;
  /** The URL as logs and errors may show it. */
  target: string;
  formatter: (alert: BudgetAlert) => unknown;
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
  maxQueued: number;
  fetch: typeof globalThis.fetch;
  onError: (error: AlertDeliveryError) => void;
}

type Outcome =
  | { delivered: true }
  | { delivered: false; retry: boolean; reason: string; status?: number };

/**
 * Sends alerts one at a time, in order, each with retries and exponential backoff. A
 * delivery never throws: what cannot be sent goes to `onError`. Timers are unref'd, so
 * waiting alerts never keep a process alive (`flush()` waits for them).
 */
export class AlertDelivery {
  readonly #settings: DeliverySettings;
  readonly #queue: BudgetAlert[] = [];
  #running: Promise<void> | undefined;

  constructor(settings: DeliverySettings) {
    this.#settings = settings;
  }

  send(alert: BudgetAlert): void {
    if (this.#queue.length >= this.#settings.maxQueued) {
      this.#fail(alert, 0, `${this.#settings.maxQueued} alerts were already waiting`, undefined);
      return;
    }
    this.#queue.push(alert);
    this.#running ??= this.#drain().finally(() => {
      this.#running = undefined;
    });
  }

  /** Resolves when every alert sent so far has been delivered or given up on. */
  async flush(): Promise<void> {
    while (this.#running !== undefined) await this.#running;
  }

  async #drain(): Promise<void> {
    for (let alert = this.#queue.shift(); alert !== undefined; alert = this.#queue.shift()) {
      await this.#deliver(alert);
    }
  }

  async #deliver(alert: BudgetAlert): Promise<void> {
    let body: string;
    try {
      body = JSON.stringify(this.#settings.formatter(alert));
    } catch (error) {
      this.#fail(alert, 0, `the formatter threw: ${String(error)}`, undefined);
      return;
    }
    const { retries, backoffMs, maxBackoffMs } = this.#settings;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.#attempt(body);
      if (outcome.delivered) return;
      if (!outcome.retry || attempt > retries) {
        this.#fail(alert, attempt, outcome.reason, outcome.status);
        return;
      }
      await sleep(Math.min(backoffMs * 2 ** (attempt - 1), maxBackoffMs));
    }
  }

  /**
   * One attempt, bounded by `timeoutMs` whatever the `fetch` does: the signal asks it to
   * stop, and the race stops waiting for a `fetch` (or a body read) that ignores it, so a
   * stuck attempt counts as a failed one and never holds up later alerts or `flush()`.
   */
  async #attempt(body: string): Promise<Outcome> {
    const controller = new AbortController();
    const { timeoutMs } = this.#settings;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ delivered: false, retry: true, reason: `no answer within ${timeoutMs} ms` });
      }, timeoutMs);
      timer.unref();
    });
    try {
      return await Promise.race([this.#exchange(body, controller.signal), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Posts the body and reads the answer; never throws. */
  async #exchange(body: string, signal: AbortSignal): Promise<Outcome> {
    try {
      const response = await this.#settings.fetch(this.#settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal,
      });
      // The body is not needed; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { delivered: true };
      const status = response.status;
      // A client error other than a timeout or rate limit will not improve by retrying.
      const retry = status >= 500 || status === 408 || status === 429;
      return { delivered: false, retry, reason: `HTTP ${status}`, status };
    } catch (error) {
      // Only the error's kind: a message could quote the URL.
      const reason = signal.aborted
        ? `no answer within ${this.#settings.timeoutMs} ms`
        : `the request failed (${errorKind(error)})`;
      return { delivered: false, retry: true, reason };
    }
  }

  #fail(alert: BudgetAlert, attempts: number, reason: string, status: number | undefined): void {
    const error = new AlertDeliveryError(
      `Tollgate could not deliver a "${alert.kind}" alert for budget "${alert.budgetId}" to ${this.#settings.target} after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`,
      {
        alertKind: alert.kind,
        budgetId: alert.budgetId,
        attempts,
        ...(status === undefined ? {} : { status }),
      },
    );
    try {
      this.#settings.onError(error);
    } catch {
      // An error handler that throws has nowhere left to report to.
    }
  }
}

function errorKind(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.name : typeof error;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms).unref();
  });
}
