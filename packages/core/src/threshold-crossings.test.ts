import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget } from './budget.js';
import type { ExceededEvent, ThresholdEvent } from './events.js';
import { money } from './money.js';

type Crossing = ThresholdEvent | ExceededEvent;

/** A budget in shadow mode (it refuses nothing), with every crossing it reports. */
function listened(limitUsd: string, thresholds: number[]) {
  const budget = createBudget({ id: 'watched', limitUsd, thresholds, enforce: false });
  const heard: Crossing[] = [];
  budget.on('threshold', (event) => heard.push(event));
  budget.on('exceeded', (event) => heard.push(event));
  return { budget, heard };
}

describe('threshold and exceeded events', () => {
  it('fire exceeded once when a call in flight settles on a budget frozen at a limit of 0', async () => {
    const budget = createBudget({ id: 'frozen', limitUsd: '1' });
    const heard: Crossing[] = [];
    budget.on('threshold', (event) => heard.push(event));
    budget.on('exceeded', (event) => heard.push(event));
    const first = await budget.reserve('0.5');
    const second = await budget.reserve('0.2');
    await budget.setLimit('0', { reason: 'freeze' });
    await first.settle('0.5');
    await second.settle('0.2');
    // Spend passed the limit of 0 once: the second settlement crosses nothing new.
    expect(heard).toEqual([
      {
        type: 'exceeded',
        budgetId: 'frozen',
        spentUsd: '0.5',
        limitUsd: '0',
        overrunUsd: '0.5',
        windowStart: null,
      },
    ]);
  });

  it('fire exceeded in shadow mode with a limit of 0, and no thresholds (no fraction of 0 is crossed)', async () => {
    const { budget, heard } = listened('0', [0.5, 1]);
    await (await budget.reserve('0')).settle('0');
    expect(heard).toEqual([]);
    await (await budget.reserve('0.01')).settle('0.01');
    await (await budget.reserve('0.01')).settle('0.01');
    expect(heard.map((event) => [event.type, event.spentUsd])).toEqual([['exceeded', '0.01']]);
  });

  it('fire each crossing exactly once, on the settlement that makes it, for any limit including 0 (property)', async () => {
    const amount = fc
      .integer({ min: 0, max: 3_000_000 })
      .map((micro) =>
        money(`${Math.floor(micro / 1e6)}.${String(micro % 1e6).padStart(6, '0')}`).toFixed(),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant('0'), amount),
        fc.uniqueArray(
          fc.integer({ min: 1, max: 1000 }).map((per) => per / 1000),
          {
            maxLength: 4,
          },
        ),
        fc.array(amount, { maxLength: 8 }),
        async (limitUsd, thresholds, charges) => {
          const { budget, heard } = listened(limitUsd, thresholds);
          const limit = money(limitUsd);
          let spent = money(0);
          for (const charge of charges) {
            const before = heard.length;
            const previous = spent;
            spent = spent.plus(charge);
            await (await budget.reserve(charge)).settle(charge);
            // What this settlement reported happened between the spend before and after it.
            for (const event of heard.slice(before)) {
              expect(event.spentUsd).toBe(spent.toFixed());
              const mark = event.type === 'threshold' ? limit.times(event.threshold) : limit;
              expect(previous.lte(mark) && spent.gte(mark)).toBe(true);
            }
          }
          const exceeded = heard.filter((event) => event.type === 'exceeded');
          const passed = limit.eq(0) ? spent.gt(0) : spent.gte(limit);
          expect(exceeded.length).toBe(passed ? 1 : 0);
          const crossed = heard.flatMap((event) =>
            event.type === 'threshold' ? [event.threshold] : [],
          );
          const expected = limit.eq(0)
            ? []
            : thresholds.filter((threshold) => spent.gte(limit.times(threshold)));
          expect([...crossed].sort()).toEqual([...expected].sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});
