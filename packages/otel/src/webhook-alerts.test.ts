import {
  AlertDeliveryError,
  createBudget,
  InvalidOptionsError,
  StoreUnavailableError,
} from '@tollgate/core';
import { flakyStore, manualClock } from '@tollgate/core/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BudgetAlert } from './budget-alert.js';
import { startWebhookServer, type WebhookServer } from './test-support/webhook-server.js';
import { type WebhookAlertsOptions, webhookAlerts } from './webhook-alerts.js';

let server: WebhookServer;
const sinks: { stop(): void; flush(): Promise<void> }[] = [];
beforeEach(async () => {
  server = await startWebhookServer();
});
afterEach(async () => {
  for (const sink of sinks.splice(0)) sink.stop();
  await server.close();
});

let ids = 0;
const nextId = () => `alerts-${++ids}`;

/** A sink on the test server with fast retries; failures are collected instead of warned. */
function sink(
  budgets: Parameters<typeof webhookAlerts>[0],
  options: Partial<WebhookAlertsOptions> = {},
) {
  const failures: AlertDeliveryError[] = [];
  const alerts = webhookAlerts(budgets, {
    url: server.url,
    backoffMs: 1,
    retries: 3,
    onError: (error) => failures.push(error),
    ...options,
  });
  sinks.push(alerts);
  return { alerts, failures };
}

const texts = () => server.bodies.map((body) => (body as { text: string }).text);

describe('webhookAlerts', () => {
  it('posts Slack-compatible threshold and exceeded alerts, once per budget, threshold and window', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 12));
    const budget = createBudget({
      id: nextId(),
      limitUsd: 1,
      window: 'day',
      thresholds: [0.5],
      clock,
    });
    const { alerts, failures } = sink(budget);
    await (await budget.reserve('1')).settle('0.6');
    await (await budget.reserve('0.4')).settle('0.4');
    // The same crossing reported again in the same window (a second sink process, a replay): not re-sent.
    budget.emit({
      type: 'threshold',
      budgetId: budget.id,
      threshold: 0.5,
      spentUsd: '0.6',
      limitUsd: '1',
      windowStart: Date.UTC(2026, 0, 5),
    });
    clock.advance(86_400_000);
    await (await budget.reserve('0.6')).settle('0.6');
    await alerts.flush();
    expect(texts()).toEqual([
      `:warning: Tollgate: Budget "${budget.id}" passed 50% of its $1 limit ($0.6 spent).`,
      `:no_entry: Tollgate: Budget "${budget.id}" reached its $1 limit ($1 spent): new calls are refused.`,
      `:warning: Tollgate: Budget "${budget.id}" passed 50% of its $1 limit ($0.6 spent).`,
    ]);
    expect(failures).toEqual([]);
  });

  it('alerts when an administrative change crosses a threshold or the limit', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const { alerts, failures } = sink(budget);
    await (await budget.reserve('0.3')).settle('0.3');
    await budget.setLimit('0.3', { reason: 'cut to the spend' });
    await alerts.flush();
    expect(texts()).toEqual([
      `:warning: Tollgate: Budget "${budget.id}" passed 50% of its $0.3 limit ($0.3 spent).`,
      `:no_entry: Tollgate: Budget "${budget.id}" reached its $0.3 limit ($0.3 spent): new calls are refused.`,
    ]);
    expect(failures).toEqual([]);
  });

  it('retries a failing endpoint with backoff until it recovers', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const { alerts, failures } = sink(budget);
    server.script(500, 503, 429);
    await (await budget.reserve('0.6')).settle('0.6');
    await alerts.flush();
    expect(server.bodies).toHaveLength(4);
    expect(new Set(texts()).size).toBe(1);
    expect(failures).toEqual([]);
  });

  it('gives up on an attempt that times out, and delivers on the retry', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const { alerts, failures } = sink(budget, { timeoutMs: 200 });
    server.script('hang');
    await (await budget.reserve('0.6')).settle('0.6');
    await alerts.flush();
    // The first attempt hung; a retry was answered (on a very busy machine an answer can
    // itself take longer than the timeout, so more retries are allowed, never a failure).
    expect(server.bodies.length).toBeGreaterThanOrEqual(2);
    expect(new Set(texts()).size).toBe(1);
    expect(failures).toEqual([]);
  });

  it('never makes a call wait for the webhook', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const { alerts } = sink(budget, { timeoutMs: 60_000 });
    server.script('hang');
    const entry = await (await budget.reserve('0.6')).settle('0.6');
    expect(entry?.actualUsd).toBe('0.6');
    await server.received(1);
    // The call has long returned; the alert is still waiting for its answer.
    let flushed = false;
    void alerts.flush().then(() => {
      flushed = true;
    });
    await Promise.resolve();
    expect(flushed).toBe(false);
  });

  it('reports an alert it could not deliver without ever showing the URL secret', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const { alerts, failures } = sink(budget, { retries: 2 });
    server.script(500, 500, 500);
    await (await budget.reserve('0.6')).settle('0.6');
    await alerts.flush();
    expect(server.bodies).toHaveLength(3);
    const [failure] = failures;
    expect(failure).toBeInstanceOf(AlertDeliveryError);
    expect(failure).toMatchObject({
      code: 'ALERT_DELIVERY_FAILED',
      alertKind: 'threshold',
      budgetId: budget.id,
      attempts: 3,
      status: 500,
    });
    expect(failure?.message).toMatch(/to http:\/\/127\.0\.0\.1:\d+\/… after 3 attempts: HTTP 500$/);
    const everything = `${failure?.message} ${failure?.stack} ${JSON.stringify(failure)}`;
    expect(everything).not.toContain(server.secret);
  });

  it('does not retry a client error, and names a network failure by its kind', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const { alerts, failures } = sink(budget);
    server.script(400);
    await (await budget.reserve('0.6')).settle('0.6');
    await alerts.flush();
    expect(failures[0]).toMatchObject({ attempts: 1, status: 400 });
    const closed = server.url;
    await server.close();
    const other = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const offline = sink(other, { url: closed, retries: 1 });
    await (await other.reserve('0.6')).settle('0.6');
    await offline.alerts.flush();
    expect(offline.failures[0]?.message).toMatch(/the request failed \(ECONNREFUSED\)$/);
    expect(offline.failures[0]?.message).not.toContain(server.secret);
    server = await startWebhookServer();
  });

  it('alerts once per quiet period while the store is down', async () => {
    let now = Date.UTC(2026, 0, 5);
    const store = flakyStore();
    const budget = createBudget({ id: nextId(), limitUsd: 1, store });
    const { alerts } = sink(budget, { now: () => now, outageQuietMs: 60_000 });
    const held = await budget.reserve('0.2');
    store.down = true;
    for (let call = 0; call < 3; call += 1) {
      await expect(budget.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    }
    await held.settle('0.1');
    now += 60_000;
    await expect(budget.reserve('0.1')).rejects.toBeInstanceOf(StoreUnavailableError);
    store.down = false;
    await budget.flush();
    await alerts.flush();
    expect(texts()).toEqual([
      `:rotating_light: Tollgate: Budget "${budget.id}": the store cannot be reached; calls are refused.`,
      `:hourglass: Tollgate: Budget "${budget.id}": the store could not record a settlement; Tollgate keeps it in memory and retries.`,
      `:rotating_light: Tollgate: Budget "${budget.id}": the store cannot be reached; calls are refused.`,
    ]);
  });

  it('alerts when a settlement is given up, naming its reservation to look for in the ledger', async () => {
    const store = flakyStore();
    const clock = manualClock();
    const budget = createBudget({ id: nextId(), limitUsd: 1, store, clock, retryTimeoutMs: 1_000 });
    const { alerts } = sink(budget, { alerts: ['settlement-lost'] });
    const held = await budget.reserve('0.2');
    store.down = true;
    await held.settle('0.1');
    clock.advance(1_001);
    await expect(budget.flush()).rejects.toThrow();
    store.down = false;
    await alerts.flush();
    expect(texts()).toEqual([
      `:x: Tollgate: Budget "${budget.id}": the $0.1 settlement of reservation ${held.id} was given up after 2 attempts and not confirmed; the store may still apply it, so look for that reservation in the ledger before charging it by hand.`,
    ]);
  });

  it('says when calls go ahead unheld, and sends only the alerts asked for', async () => {
    const store = flakyStore();
    const budget = createBudget({
      id: nextId(),
      limitUsd: 1,
      store,
      onStoreError: 'allow',
      thresholds: [0.5],
    });
    const { alerts } = sink(budget, { alerts: ['store-unavailable', 'store-unavailable'] });
    store.down = true;
    await budget.reserve('0.1');
    store.down = false;
    await (await budget.reserve('0.6')).settle('0.6');
    await alerts.flush();
    expect(texts()).toEqual([
      `:rotating_light: Tollgate: Budget "${budget.id}": the store cannot be reached; calls go ahead without a hold.`,
    ]);
  });

  it('sends what a formatter makes, and reports a formatter that throws', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5, 0.8] });
    const seen: BudgetAlert[] = [];
    const { alerts, failures } = sink(budget, {
      formatter: (alert) => {
        seen.push(alert);
        if (alert.kind === 'exceeded') throw new Error('no template');
        return { summary: alert.message, budget: alert.budgetId };
      },
    });
    await (await budget.reserve('1')).settle('1');
    await alerts.flush();
    expect(seen.map((alert) => alert.kind)).toEqual(['threshold', 'threshold', 'exceeded']);
    expect(seen[0]).toMatchObject({
      threshold: 0.5,
      spentUsd: '1',
      limitUsd: '1',
      windowStart: null,
    });
    expect(server.bodies).toEqual([
      { summary: expect.stringContaining('passed 50%'), budget: budget.id },
      { summary: expect.stringContaining('passed 80%'), budget: budget.id },
    ]);
    expect(failures.map((failure) => [failure.attempts, failure.message])).toEqual([
      [0, expect.stringMatching(/the formatter threw: Error: no template$/)],
    ]);
  });

  it('drops alerts past maxQueued and says so', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.25, 0.5, 0.75] });
    const { alerts, failures } = sink(budget, { maxQueued: 1, timeoutMs: 60_000 });
    server.script('hang');
    await (await budget.reserve('1')).settle('1');
    expect(failures.map((failure) => failure.alertKind)).toEqual(['threshold', 'exceeded']);
    expect(failures[0]?.message).toContain('1 alerts were already waiting');
    await server.received(1);
    alerts.stop();
  });

  it('warns by default, and keeps going when an error handler throws', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
      const quiet = webhookAlerts(budget, { url: server.url, retries: 0 });
      sinks.push(quiet);
      server.script(500);
      await (await budget.reserve('0.6')).settle('0.6');
      await quiet.flush();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 500'), {
        code: 'TOLLGATE_ALERT_FAILED',
      });
      const other = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
      const { alerts } = sink(other, {
        retries: 0,
        onError: () => {
          throw new Error('handler broke');
        },
      });
      server.script(500);
      await (await other.reserve('0.6')).settle('0.6');
      await alerts.flush();
      expect(server.bodies).toHaveLength(2);
    } finally {
      warn.mockRestore();
    }
  });

  it('stops listening, and delivers what was already raised', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.25, 0.5] });
    const { alerts } = sink(budget);
    await (await budget.reserve('0.3')).settle('0.3');
    alerts.stop();
    await (await budget.reserve('0.3')).settle('0.3');
    await alerts.flush();
    expect(server.bodies).toHaveLength(1);
  });

  it('rejects bad options with a typed error that never repeats the URL', () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    const secretUrl = 'hooks.example.com/services/very-secret';
    const cases: [unknown, RegExp][] = [
      [undefined, /options must be an object with a url, received undefined/],
      [{}, /url must be an http\(s\) URL, received undefined/],
      [{ url: secretUrl }, /received a string that is not a URL \(not shown/],
      [{ url: 'ftp://example.com/x' }, /received a ftp: URL/],
      [{ url: server.url, retries: -1 }, /retries must be an integer of at least 0, received -1/],
      [{ url: server.url, timeoutMs: 0 }, /timeoutMs must be an integer of at least 1/],
      [{ url: server.url, alerts: 'threshold' }, /alerts must be a list of/],
      [{ url: server.url, alerts: ['thresholds'] }, /alerts\.0 must be one of threshold/],
      [{ url: server.url, formatter: 'slack' }, /formatter must be a function/],
      [{ url: server.url, hooks: [] }, /unknown option "hooks"/],
    ];
    for (const [options, message] of cases) {
      const call = () => webhookAlerts(budget, options as never);
      expect(call).toThrow(InvalidOptionsError);
      expect(call).toThrow(message);
      try {
        call();
      } catch (error) {
        expect((error as Error).message).not.toContain('very-secret');
        expect((error as Error).message).not.toContain(server.secret);
      }
    }
    expect(() => webhookAlerts('budget' as never, { url: server.url })).toThrow(
      /webhookAlerts: expected a budget/,
    );
  });

  it('names a failure by its kind, and needs no readable answer body', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const answers: (() => Promise<Response>)[] = [
      () => Promise.reject(new TypeError('bad header')),
      () => Promise.reject('a string'),
      async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.error(new Error('body lost'));
            },
          }),
          { status: 200 },
        ),
    ];
    const { alerts, failures } = sink(budget, {
      retries: 1,
      fetch: () => (answers.shift() as () => Promise<Response>)(),
    });
    await (await budget.reserve('0.6')).settle('0.6');
    budget.emit({
      type: 'exceeded',
      budgetId: budget.id,
      spentUsd: '1',
      limitUsd: '1',
      overrunUsd: '0',
    });
    await alerts.flush();
    expect(failures.map((failure) => failure.message)).toEqual([
      expect.stringMatching(/after 2 attempts: the request failed \(string\)$/),
    ]);
    expect(answers).toEqual([]);
  });

  describe('an attempt whose fetch ignores the abort signal', () => {
    /** A fetch that is stuck for the first `stuck` calls (as `hang` says), then posts to the test server. */
    function stuckFetch(stuck: number, hang: () => Promise<Response>) {
      let calls = 0;
      const fetch: typeof globalThis.fetch = (url, init) => {
        calls += 1;
        // The signal is dropped, as by a proxy wrapper that does not pass it on.
        if (calls <= stuck) return hang();
        const { signal: _dropped, ...rest } = init ?? {};
        return globalThis.fetch(url, rest);
      };
      return { fetch, calls: () => calls };
    }
    const exceeded = (budgetId: string) => ({
      type: 'exceeded' as const,
      budgetId,
      spentUsd: '1',
      limitUsd: '1',
      overrunUsd: '0',
    });

    it.each([
      ['never settles', () => new Promise<Response>(() => {})],
      [
        'answers but its body never ends',
        async () => new Response(new ReadableStream({ start() {} }), { status: 200 }),
      ],
    ])(
      'fails after timeoutMs when the fetch %s, retries, and still delivers later alerts',
      async (_, hang) => {
        const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
        const stuck = stuckFetch(2, hang);
        const { alerts, failures } = sink(budget, {
          timeoutMs: 50,
          retries: 1,
          fetch: stuck.fetch,
        });
        const started = performance.now();
        await (await budget.reserve('0.6')).settle('0.6');
        budget.emit(exceeded(budget.id));
        await alerts.flush();
        // Two stuck attempts of 50 ms and a backoff of 1 ms: well under a second.
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(stuck.calls()).toBe(3);
        expect(failures.map((failure) => failure.message)).toEqual([
          expect.stringMatching(/"threshold" alert .* after 2 attempts: no answer within 50 ms$/),
        ]);
        expect(texts()).toEqual([expect.stringContaining('reached its $1 limit')]);
      },
    );

    it('fails one attempt and delivers on the retry', async () => {
      const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
      const stuck = stuckFetch(1, () => new Promise<Response>(() => {}));
      const { alerts, failures } = sink(budget, { timeoutMs: 50, retries: 1, fetch: stuck.fetch });
      await (await budget.reserve('0.6')).settle('0.6');
      await alerts.flush();
      expect(failures).toEqual([]);
      expect(stuck.calls()).toBe(2);
      expect(texts()).toEqual([expect.stringContaining('passed 50%')]);
    });
  });

  it('forgets the oldest alerts past ten thousand, so a long-lived process stays bounded', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1 });
    let sent = 0;
    const { alerts } = sink(budget, {
      maxQueued: 20_000,
      fetch: async () => {
        sent += 1;
        return new Response(null, { status: 200 });
      },
    });
    const crossing = (windowStart: number) =>
      budget.emit({
        type: 'threshold',
        budgetId: budget.id,
        threshold: 0.5,
        spentUsd: '0.5',
        limitUsd: '1',
        windowStart,
      });
    for (let window = 0; window <= 10_000; window += 1) crossing(window);
    crossing(10_000);
    crossing(0);
    await alerts.flush();
    expect(sent).toBe(10_002);
  });

  it('accepts a URL object', async () => {
    const budget = createBudget({ id: nextId(), limitUsd: 1, thresholds: [0.5] });
    const { alerts } = sink(budget, { url: new URL(server.url) });
    await (await budget.reserve('0.6')).settle('0.6');
    await alerts.flush();
    expect(server.bodies).toHaveLength(1);
  });
});
