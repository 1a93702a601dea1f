import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Budget, createBudget, reserveQuietly } from './budget.js';
import type { BudgetOptions } from './budget-options.js';
import { BudgetExceededError } from './errors.js';
import type { Reservation } from './reservation.js';
import { manualClock } from './testing/manual-clock.js';

/** A $1 budget in wait mode, with the given options on top. */
function waitingBudget(id: string, options: Partial<BudgetOptions> = {}): Budget {
  return createBudget({ id, limitUsd: '1', onLimit: 'wait', ...options });
}

/** Resolves once `predicate` holds, looking after each turn of the event loop. */
async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 5));
}

function track<T>(promise: Promise<T>): { promise: Promise<T>; done: () => boolean } {
  let finished = false;
  const settled = promise.finally(() => {
    finished = true;
  });
  settled.catch(() => undefined);
  return { promise, done: () => finished };
}

describe('wait mode', () => {
  it('keeps one line per exhausted budget: a full child never holds up its sibling', async () => {
    const clock = manualClock();
    const family = createBudget({ id: 'family', limitUsd: '10', onLimit: 'wait', clock });
    const full = family.child({ id: 'full', limitUsd: '1' });
    const roomy = family.child({ id: 'roomy', limitUsd: '1' });
    const holding = await full.reserve('1');
    const waiting = track(full.reserve('0.5'));
    const behind = track(full.reserve('0.1'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The sibling passes at once although two calls wait on `full`.
    const sibling = await roomy.reserve('0.5');
    expect(sibling.amountUsd).toBe('0.5');
    expect(waiting.done()).toBe(false);
    expect(behind.done()).toBe(false);
    // A call that needs the exhausted budget queues behind those already waiting on it.
    await holding.settle('0.4');
    const [first, second] = await Promise.all([waiting.promise, behind.promise]);
    expect([first.amountUsd, second.amountUsd]).toEqual(['0.5', '0.1']);
  });

  it('queues behind a waiting ancestor when the ancestor is what is exhausted', async () => {
    const family = waitingBudget('tight');
    const left = family.child({ id: 'left', limitUsd: '1' });
    const right = family.child({ id: 'right', limitUsd: '1' });
    const holding = await left.reserve('0.9');
    const waiting = track(right.reserve('0.5'));
    const order: string[] = [];
    void waiting.promise.then(() => order.push('right'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Fits on its own (0.9 + 0.1), but `tight` already has a call waiting: it goes after it.
    const newcomer = right.reserve('0.1').then((reservation) => {
      order.push('newcomer');
      return reservation;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    await holding.release();
    await Promise.all([waiting.promise, newcomer]);
    expect(order).toEqual(['right', 'newcomer']);
  });

  it('reads the deadline from the budget clock', async () => {
    const clock = manualClock();
    const budget = waitingBudget('clocked', { waitTimeoutMs: 60_000, clock });
    await budget.reserve('1');
    const waiting = track(budget.reserve('0.5'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(waiting.done()).toBe(false);
    clock.advance(60_001);
    const error = await waiting.promise.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect((error as BudgetExceededError).waitedMs).toBe(60_001);
  });

  it('waits once per call: every reserve given the same waitingSince shares one deadline', async () => {
    const clock = manualClock();
    const budget = waitingBudget('once', { waitTimeoutMs: 10_000, clock });
    await budget.reserve('1');
    const waitingSince = clock.now();
    const cheapBound = track(reserveQuietly(budget, '0.8', { waitingSince }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    clock.advance(10_000);
    await expect(cheapBound.promise).rejects.toMatchObject({ waitedMs: 10_000 });
    // The tighter hold of the same call does not start a new wait, and says how long the call waited.
    const tighter = await budget
      .reserve('0.5', { waitingSince })
      .catch((caught: unknown) => caught);
    expect(tighter).toMatchObject({ code: 'BUDGET_EXCEEDED', heldOnly: true, waitedMs: 10_000 });
    expect((tighter as Error).message).toMatch(/after waiting 10000 ms/);
    // A waitTimeoutMs of 0 never waits, so its refusals say nothing of waiting.
    const none = await budget
      .reserve('0.5', { waitingSince: clock.now(), waitTimeoutMs: 0 })
      .catch((caught: unknown) => caught);
    expect(none).toMatchObject({ heldOnly: true, waitedMs: undefined });
  });

  it('rejects at once when the signal of a call queued behind another aborts', async () => {
    const budget = waitingBudget('abort', { waitTimeoutMs: 600_000 });
    const holding = await budget.reserve('1');
    const ahead = track(budget.reserve('0.5'));
    const controller = new AbortController();
    const queued = track(budget.reserve('0.5', { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(new Error('caller gave up'));
    await expect(queued.promise).rejects.toThrow('caller gave up');
    expect(ahead.done()).toBe(false);
    // An already aborted signal rejects before anything is tried.
    const aborted = AbortSignal.abort(new Error('too late'));
    await expect(budget.reserve('0.1', { signal: aborted })).rejects.toThrow('too late');
    // In reject mode too: nothing is held for a call already given up on.
    const rejecting = createBudget({ id: 'abort-reject', limitUsd: 1 });
    await expect(rejecting.reserve('0.1', { signal: aborted })).rejects.toThrow('too late');
    expect((await rejecting.status()).reservedUsd).toBe('0');
    await holding.release();
    const reservation: Reservation = await ahead.promise;
    expect(reservation.amountUsd).toBe('0.5');
  });

  it('lets a call past its deadline try once out of turn before it gives up', async () => {
    const clock = manualClock();
    const budget = waitingBudget('late', { clock });
    await budget.reserve('0.7');
    const controller = new AbortController();
    const ahead = track(
      budget.reserve('0.5', { waitTimeoutMs: 600_000, signal: controller.signal }),
    );
    const small = track(budget.reserve('0.2', { waitTimeoutMs: 1000 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(small.done()).toBe(false);
    clock.advance(1000);
    await until(small.done);
    expect((await small.promise).amountUsd).toBe('0.2');
    expect(ahead.done()).toBe(false);
    const tooBig = track(budget.reserve('0.5', { waitTimeoutMs: 1000 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    clock.advance(1000);
    await expect(tooBig.promise).rejects.toMatchObject({ heldOnly: true, waitedMs: 1000 });
    controller.abort(new Error('done'));
    await expect(ahead.promise).rejects.toThrow('done');
  });
  it('queues calls short only of money held in flight, first in first out', async () => {
    const budget = waitingBudget('wait', { waitTimeoutMs: 5000 });
    const first = await budget.reserve('0.8');
    const order: string[] = [];
    const second = budget.reserve('0.5').then((reservation) => {
      order.push('second');
      return reservation;
    });
    const third = budget.reserve('0.1').then((reservation) => {
      order.push('third');
      return reservation;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    await first.settle('0.4');
    const [secondReservation, thirdReservation] = await Promise.all([second, third]);
    expect(order).toEqual(['second', 'third']);
    expect(await budget.status()).toMatchObject({ spentUsd: '0.4', reservedUsd: '0.6' });
    await secondReservation.release();
    await thirdReservation.release();
  });

  it('refuses at once when settled spend alone leaves no room', async () => {
    const budget = waitingBudget('spent');
    await (await budget.reserve('0.9')).settle('0.9');
    const error = await budget.reserve('0.2').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'BUDGET_EXCEEDED', heldOnly: false, waitedMs: undefined });
    expect((error as Error).message).not.toMatch(/waiting/);
  });

  it('gives up after waitTimeoutMs and honours an abort signal', async () => {
    const budget = waitingBudget('timeout', { waitTimeoutMs: 30 });
    await budget.reserve('1');
    const error = await budget.reserve('0.5').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect((error as BudgetExceededError).waitedMs).toBeGreaterThanOrEqual(30);
    expect((error as Error).message).toMatch(/after waiting \d+ ms/);
    const controller = new AbortController();
    const waiting = budget.reserve('0.5', { waitTimeoutMs: 5000, signal: controller.signal });
    controller.abort(new Error('caller gave up'));
    await expect(waiting).rejects.toThrow('caller gave up');
    await expect(budget.reserve('0.5', { onLimit: 'reject' })).rejects.toMatchObject({
      heldOnly: true,
    });
  });
});

describe('wait mode (property)', () => {
  it('admits every waiting call that fits once holds end, in any family, and leaves nothing held', async () => {
    const cents = (count: number) => (count / 100).toFixed(2);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), {
          minLength: 1,
          maxLength: 12,
        }),
        async (childLimits, holdSpecs, waitSpecs) => {
          const root = waitingBudget(`root-${Math.random()}`, {
            limitUsd: '0.15',
            waitTimeoutMs: 600_000,
          });
          const children = childLimits.map((limit, index) =>
            root.child({ id: `child-${index}`, limitUsd: cents(limit) }),
          );
          const pick = (index: number) => children[index % children.length] as Budget;
          const holds: Reservation[] = [];
          for (const [index, amount] of holdSpecs) {
            const hold = await pick(index)
              .reserve(cents(amount), { onLimit: 'reject' })
              .catch(() => undefined);
            if (hold !== undefined) holds.push(hold);
          }
          // Each waiting call gives its hold back as soon as it has it, so money keeps flowing.
          const waiting = waitSpecs.map(([index, amount]) =>
            pick(index)
              .reserve(cents(amount))
              .then(async (reservation) => {
                await reservation.release();
                return 'admitted';
              })
              .catch((error: BudgetExceededError) => (error.heldOnly ? 'timed out' : 'never fits')),
          );
          for (const hold of holds) await hold.release();
          const outcomes = await Promise.all(waiting);
          waitSpecs.forEach(([index, amount], call) => {
            const fits =
              amount <= 15 && amount <= (childLimits[index % childLimits.length] as number);
            expect(outcomes[call]).toBe(fits ? 'admitted' : 'never fits');
          });
          for (const budget of [root, ...children]) {
            expect((await budget.status()).reservedUsd).toBe('0');
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
