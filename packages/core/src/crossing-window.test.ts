import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import type { ExceededEvent, ThresholdEvent } from './events.js';
import { memoryStore } from './memory-store.js';
import type { BudgetStore } from './store.js';
import { manualClock } from './testing/manual-clock.js';

describe('threshold and exceeded events name their window', () => {
  it('carry the start of the window the spend belongs to, and null without a window', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 5, 15));
    const daily = createBudget({
      id: 'daily',
      limitUsd: 1,
      window: 'day',
      clock,
      thresholds: [0.5],
    });
    const forever = createBudget({ id: 'forever', limitUsd: 1, clock, thresholds: [0.5] });
    const heard: (ThresholdEvent | ExceededEvent)[] = [];
    for (const budget of [daily, forever]) {
      budget.on('threshold', (event) => heard.push(event));
      budget.on('exceeded', (event) => heard.push(event));
      await (await budget.reserve('1')).settle('1');
    }
    clock.advance(86_400_000);
    await (await daily.reserve('0.6')).settle('0.6');
    expect(heard.map((event) => [event.type, event.budgetId, event.windowStart])).toEqual([
      ['threshold', 'daily', Date.UTC(2026, 0, 5)],
      ['exceeded', 'daily', Date.UTC(2026, 0, 5)],
      ['threshold', 'forever', null],
      ['exceeded', 'forever', null],
      ['threshold', 'daily', Date.UTC(2026, 0, 6)],
    ]);
  });
});

describe('settlement snapshots', () => {
  it('are asked of the store only while someone listens for threshold or exceeded events', async () => {
    const inner = memoryStore();
    const asked: (boolean | undefined)[] = [];
    const store: BudgetStore = {
      kind: inner.kind,
      define: (definition, now) => inner.define(definition, now),
      reserve: (command) => inner.reserve(command),
      settle: (command) => {
        asked.push(command.snapshots);
        return inner.settle(command);
      },
      release: (command) => inner.release(command),
      status: (link, now) => inner.status(link, now),
      expire: (now) => inner.expire(now),
      list: () => inner.list(),
      ledger: (query) => inner.ledger(query),
      find: (id) => inner.find(id),
      adjust: (command) => inner.adjust(command),
      purge: (query) => inner.purge(query),
      close: () => inner.close(),
    };
    const root = createBudget({ id: 'snap-root', limitUsd: 10, store });
    const leaf = root.child({ id: 'snap-leaf', limitUsd: 10 });
    const settled: string[] = [];
    leaf.on('settled', (event) => settled.push(event.entry.actualUsd));
    await (await leaf.reserve('1')).settle('1');
    const off = root.on('exceeded', () => {});
    await (await leaf.reserve('1')).settle('1');
    off();
    const offThreshold = leaf.on('threshold', () => {});
    await (await leaf.reserve('1')).settle('1');
    offThreshold();
    await (await leaf.reserve('1')).settle('1');
    expect(asked).toEqual([false, true, true, false]);
    expect(settled).toEqual(['1', '1', '1', '1']);
  });
});
