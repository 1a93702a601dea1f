import { describe, expect, it, vi } from 'vitest';
import { createBudget } from './budget.js';
import { InvalidOptionsError, SettlementLostError, StoreUnavailableError } from './errors.js';
import type { BudgetEvent, SettlementLostEvent } from './events.js';
import { memoryStore } from './memory-store.js';
import type { ChainLink } from './store.js';
import { scriptedStore } from './test-support/scripted-store.js';
import { manualClock } from './testing/manual-clock.js';
import { runWorker } from './testing/worker-process.js';

const flushWorker = new URL('./fixtures/flush-worker.ts', import.meta.url);
const handlerWorker = new URL('./fixtures/handler-error-worker.ts', import.meta.url);

describe('flush', () => {
  it('keeps a script alive until a settlement on a locked store lands', async () => {
    const output = JSON.parse(await runWorker(flushWorker, ['recovers']));
    expect(output.flushed).toMatchObject({ spentUsd: '0.25', reservedUsd: '0', calls: 1 });
  });

  it('keeps a script alive until the retry deadline, then names what was lost', async () => {
    const output = JSON.parse(await runWorker(flushWorker, ['never']));
    expect(output.code).toBe('SETTLEMENT_LOST');
    expect(output.lost).toEqual([
      {
        kind: 'settle',
        reservationId: output.reservation,
        actualUsd: '0.25',
        attempts: expect.any(Number),
      },
    ]);
    expect(output.lost[0].attempts).toBeGreaterThan(1);
  });

  it('gives a retry up at retryTimeoutMs on the budget clock, reports it once, and lands the rest', async () => {
    const clock = manualClock();
    const store = scriptedStore();
    const budget = createBudget({
      id: 'deadline',
      limitUsd: 1,
      store,
      clock,
      retryTimeoutMs: 1000,
    });
    const events: BudgetEvent[] = [];
    budget.on('settlement-lost', (event) => events.push(event));
    const lost = await budget.reserve('0.5');
    const kept = await budget.reserve('0.2');
    store.down = true;
    await lost.settle('0.4');
    expect(await kept.release()).toBe(false);
    clock.advance(1001);
    const error = await budget.flush().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SettlementLostError);
    const lostError = error as SettlementLostError;
    expect(lostError.total).toBe(2);
    expect(lostError.lost.map((item) => [item.kind, item.reservationId, item.actualUsd])).toEqual([
      ['settle', lost.id, '0.4'],
      ['release', kept.id, '0'],
    ]);
    expect(lostError.message).toMatch(/2 settlement\(s\) or release\(s\).*settle of .* \(\$0\.4\)/);
    expect(lostError.lost[0]?.error).toBeInstanceOf(StoreUnavailableError);
    expect(events.map((event) => event.type)).toEqual(['settlement-lost', 'settlement-lost']);
    // Reported once: the next flush has nothing to say.
    await expect(budget.flush()).resolves.toBeUndefined();
    store.down = false;
    expect(await budget.status()).toMatchObject({ spentUsd: '0', reservedUsd: '0.7' });
  });

  it('reports a settle or release refused by a closed store once, however often it is tried again', async () => {
    const store = memoryStore();
    const budget = createBudget({ id: 'closed-retried', limitUsd: 1, store });
    const events: SettlementLostEvent[] = [];
    budget.on('settlement-lost', (event) => events.push(event));
    const settled = await budget.reserve('0.5');
    const released = await budget.reserve('0.2');
    await store.close();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(settled.settle('0.4')).rejects.toMatchObject({ code: 'STORE_INVALID' });
      await expect(released.release()).rejects.toMatchObject({ code: 'STORE_INVALID' });
    }
    // A corrected amount is another command: it is reported too.
    await expect(settled.settle('0.3')).rejects.toMatchObject({ code: 'STORE_INVALID' });
    expect(events.map((event) => [event.type, event.reservationId, event.actualUsd])).toEqual([
      ['settlement-lost', settled.id, '0.4'],
      ['settlement-lost', released.id, '0'],
      ['settlement-lost', settled.id, '0.3'],
    ]);
    const error = (await budget.flush().catch((caught: unknown) => caught)) as SettlementLostError;
    expect(error).toBeInstanceOf(SettlementLostError);
    expect(error.total).toBe(3);
    expect(error.lost.map((item) => [item.kind, item.actualUsd])).toEqual([
      ['settle', '0.4'],
      ['release', '0'],
      ['settle', '0.3'],
    ]);
    // Tried again after the flush that reported it: still not reported twice.
    await expect(settled.settle('0.4')).rejects.toMatchObject({ code: 'STORE_INVALID' });
    await expect(budget.flush()).resolves.toBeUndefined();
    expect(events).toHaveLength(3);
  });

  it('stops retrying a release quietly once its hold has expired in the store anyway', async () => {
    const clock = manualClock();
    const store = scriptedStore();
    const budget = createBudget({ id: 'moot', limitUsd: 1, store, clock, ttlMs: 60_000 });
    const events: BudgetEvent[] = [];
    budget.on('settlement-lost', (event) => events.push(event));
    const held = await budget.reserve('0.5');
    store.down = true;
    expect(await held.release()).toBe(false);
    clock.advance(60_000);
    await expect(budget.flush()).resolves.toBeUndefined();
    expect(events).toEqual([]);
    store.down = false;
    expect(await budget.status()).toMatchObject({ reservedUsd: '0' });
  });

  it('keeps at most the most recent 1000 lost commands for flush, and counts them all', async () => {
    const clock = manualClock();
    const store = scriptedStore();
    const budget = createBudget({ id: 'many', limitUsd: 2000, store, clock, retryTimeoutMs: 1 });
    const holds = await Promise.all(Array.from({ length: 1002 }, () => budget.reserve('1')));
    store.down = true;
    await Promise.all(holds.map((hold) => hold.settle('1')));
    clock.advance(5);
    const error = (await budget.flush().catch((caught: unknown) => caught)) as SettlementLostError;
    expect(error.total).toBe(1002);
    expect(error.lost).toHaveLength(1000);
    expect(error.lost[0]?.reservationId).toBe(holds[2]?.id);
    expect(error.message).toMatch(/, and 992 more$/);
  });

  it('gives a retry up when the clock stops answering numbers', async () => {
    let broken = false;
    const clock = { now: () => (broken ? Number.NaN : Date.UTC(2026, 0, 5)) };
    const store = scriptedStore();
    const budget = createBudget({ id: 'broken-clock', limitUsd: 1, store, clock });
    const reservation = await budget.reserve('0.5');
    store.down = true;
    await reservation.settle('0.1');
    broken = true;
    await expect(budget.flush()).rejects.toMatchObject({ code: 'SETTLEMENT_LOST', total: 1 });
  });

  it('never retries a store error that retrying cannot fix', async () => {
    const store = scriptedStore();
    const budget = createBudget({ id: 'permanent', limitUsd: 1, store });
    const pending: BudgetEvent[] = [];
    budget.on('settlement-pending', (event) => pending.push(event));
    const reservation = await budget.reserve('0.5');
    const refusal = new InvalidOptionsError('the store cannot record this', []);
    store.settle = async () => {
      throw refusal;
    };
    await expect(reservation.settle('0.3')).rejects.toBe(refusal);
    expect(reservation.state).toBe('held');
    expect(pending).toEqual([]);
    await expect(budget.flush()).resolves.toBeUndefined();
    store.release = async () => {
      throw refusal;
    };
    await expect(reservation.release()).rejects.toBe(refusal);
    expect(reservation.state).toBe('held');
    // A retry that meets such an error stops at once and is reported as lost.
    store.settle = store.inner.settle.bind(store.inner);
    let calls = 0;
    store.settle = async () => {
      calls += 1;
      if (calls === 1) throw new Error('connection reset');
      throw refusal;
    };
    await reservation.settle('0.3');
    const error = (await budget.flush().catch((caught: unknown) => caught)) as SettlementLostError;
    expect(error.lost).toMatchObject([{ kind: 'settle', attempts: 2, error: refusal }]);
    expect(calls).toBe(2);
  });
});

describe('an ambiguous reserve', () => {
  it('is refused, and the hold the store may have applied is released once it answers', async () => {
    const store = scriptedStore(() => new Error('Command timed out'));
    const budget = createBudget({ id: 'ambiguous', limitUsd: 1, store });
    await budget.status();
    store.applyThenFail = true;
    const releases: string[] = [];
    const release = store.release;
    store.release = async (command) => {
      releases.push(command.reservationId);
      return release(command);
    };
    store.failNext.release = 2;
    await expect(budget.reserve('0.4')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    store.applyThenFail = false;
    // The store applied the reserve whose answer was lost: a phantom hold, until released.
    expect(await store.inner.status(rootLink('ambiguous'), 0)).toMatchObject({
      reservedUsd: '0.4',
    });
    await budget.flush();
    expect(releases).toHaveLength(3);
    expect(new Set(releases).size).toBe(1);
    expect(await budget.status()).toMatchObject({ reservedUsd: '0', remainingUsd: '1' });
  });

  it("with onStoreError: 'allow' lets the call through unheld, charges it and frees the phantom hold", async () => {
    const store = scriptedStore(() => new Error('Command timed out'));
    const budget = createBudget({
      id: 'ambiguous-open',
      limitUsd: 1,
      store,
      onStoreError: 'allow',
    });
    await budget.status();
    store.applyThenFail = true;
    const reservation = await budget.reserve('0.4');
    store.applyThenFail = false;
    expect(reservation.backed).toBe(false);
    await reservation.settle('0.1');
    await budget.flush();
    expect(await budget.status()).toMatchObject({ spentUsd: '0.1', reservedUsd: '0' });
  });

  it('leaves nothing to release when the store refused for good', async () => {
    const store = scriptedStore();
    const budget = createBudget({ id: 'typed', limitUsd: 1, store });
    await budget.status();
    const refusal = new InvalidOptionsError('bad command', []);
    store.reserve = async () => {
      throw refusal;
    };
    await expect(budget.reserve('0.1')).rejects.toBe(refusal);
    await budget.flush();
    expect(store.calls.release).toBe(0);
  });
});

describe('event handlers that fail', () => {
  it('never reach the process as unhandled rejections, and are reported once each', async () => {
    const listened = JSON.parse(await runWorker(handlerWorker, ['listened']));
    expect(listened.unhandled).toEqual([]);
    expect(listened.entry).toBe('0.1');
    expect(listened.reports).toEqual(
      expect.arrayContaining([
        { eventType: 'reserved', message: 'Error: sync handler bug' },
        { eventType: 'settled', message: 'Error: async handler bug' },
      ]),
    );
    expect(listened.reports).toHaveLength(2);
    // The reporter's own failures become warnings, not more reports.
    expect(listened.warnings).toEqual([
      { code: 'TOLLGATE_HANDLER_ERROR', message: expect.stringContaining('reporter bug') },
      { code: 'TOLLGATE_HANDLER_ERROR', message: expect.stringContaining('reporter bug') },
    ]);
    const unlistened = JSON.parse(await runWorker(handlerWorker, ['unlistened']));
    expect(unlistened.unhandled).toEqual([]);
    expect(unlistened.reports).toEqual([]);
    expect(unlistened.warnings.map((warning: { message: string }) => warning.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"reserved" handler threw: Error: sync handler bug'),
        expect.stringContaining('"settled" handler threw: Error: async handler bug'),
      ]),
    );
  });

  it('reports to the budget that emitted and its ancestors, and prints errors that cannot print', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const root = createBudget({ id: 'root', limitUsd: 1 });
    const leaf = root.child({ id: 'leaf', limitUsd: 1 });
    const reports: BudgetEvent[] = [];
    leaf.on('handler-error', (event) => reports.push(event));
    root.on('released', () => {
      throw Object.create(null);
    });
    await (await leaf.reserve('0.1')).release();
    expect(reports).toMatchObject([
      { type: 'handler-error', budgetId: 'leaf', eventType: 'released' },
    ]);
    const rootOnly = await root.reserve('0.1');
    await rootOnly.release();
    expect(warning).toHaveBeenCalledWith('A Tollgate "released" handler threw: [object Object]', {
      code: 'TOLLGATE_HANDLER_ERROR',
    });
    warning.mockRestore();
  });
});

function rootLink(id: string): ChainLink {
  return {
    id,
    parentId: null,
    limitUsd: '1',
    window: null,
    enforce: true,
    windowStart: null,
    windowEnd: null,
  };
}
