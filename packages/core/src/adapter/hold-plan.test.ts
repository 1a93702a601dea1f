import {
  announceUnboundedOutput as publicAnnounce,
  holdPlan as publicHoldPlan,
  holdPlanNow as publicHoldPlanNow,
} from '@tollgate/core/adapter';
import { describe, expect, it, vi } from 'vitest';
import { createBudget } from '../budget.js';
import { BudgetExceededError, describeValue, InvalidOptionsError } from '../errors.js';
import { scriptedStore } from '../test-support/scripted-store.js';
import {
  announceUnboundedOutput,
  chargeTheHold,
  type HoldablePlan,
  holdPlan,
  holdPlanNow,
  passUnmetered,
  slotLine,
} from './hold-plan.js';
import { releaseHold, settleCharge } from './settle-charge.js';

interface Plan extends HoldablePlan<Plan> {
  label: string;
}

describe('holdPlan', () => {
  it('holds the plan, or tries its tighter plan once when the cheap bound is refused', async () => {
    const budget = createBudget({ id: 'hold-plan', limitUsd: '0.05' });
    const refused: unknown[] = [];
    budget.on('refused', (event) => refused.push(event));
    const plain = await holdPlan<Plan>(budget, { holdUsd: '0.01', model: 'm', label: 'plain' });
    expect(plain.reservation.amountUsd).toBe('0.01');
    const tight = (holdUsd: string): Plan => ({
      holdUsd: '1',
      model: 'm',
      label: 'cheap',
      metadata: { team: 'a' },
      tighten: () => ({ holdUsd, model: 'm', label: 'tight' }),
    });
    const tighter = await holdPlan(budget, tight('0.02'));
    expect(tighter.plan.label).toBe('tight');
    expect(refused).toEqual([]);
    await expect(holdPlan(budget, tight('0.5'))).rejects.toMatchObject({
      code: 'BUDGET_EXCEEDED',
      requestedUsd: '0.5',
    });
    expect(refused).toHaveLength(1);
  });

  it('holdPlanNow answers at once on a store in memory: the hold, or the refusal thrown', async () => {
    const budget = createBudget({ id: 'hold-now', limitUsd: '0.05' });
    const refused: unknown[] = [];
    budget.on('refused', (event) => refused.push(event));
    // The first hold defines the budget in the store; from then on it answers at once.
    await holdPlanNow<Plan>(budget, { holdUsd: '0.01', model: 'm', label: 'first' });
    const held = holdPlanNow<Plan>(budget, { holdUsd: '0.01', model: 'm', label: 'plain' });
    expect(held).not.toBeInstanceOf(Promise);
    expect((held as Awaited<typeof held>).reservation.amountUsd).toBe('0.01');
    expect(() => holdPlanNow<Plan>(budget, { holdUsd: '1', model: 'm', label: 'big' })).toThrow(
      BudgetExceededError,
    );
    expect(refused).toHaveLength(1);
    // A refused cheap bound is quiet, and the tighter plan is tried (it may need a turn).
    const tighter = holdPlanNow<Plan>(budget, {
      holdUsd: '1',
      model: 'm',
      label: 'cheap',
      tighten: async () => ({ holdUsd: '0.02', model: 'm', label: 'tight' }),
    });
    expect((await tighter).plan.label).toBe('tight');
    expect(refused).toHaveLength(1);
    expect((await budget.status()).reservedUsd).toBe('0.04');
  });

  it('holdPlanNow returns a promise on a store that answers later, tightening the same way', async () => {
    const budget = createBudget({ id: 'hold-later', limitUsd: '0.05', store: scriptedStore() });
    const held = holdPlanNow<Plan>(budget, { holdUsd: '0.01', model: 'm', label: 'plain' });
    expect(held).toBeInstanceOf(Promise);
    expect((await held).plan.label).toBe('plain');
    const tight = (holdUsd: string): Plan => ({
      holdUsd: '1',
      model: 'm',
      label: 'cheap',
      tighten: () => ({ holdUsd, model: 'm', label: 'tight' }),
    });
    expect((await holdPlanNow(budget, tight('0.02'))).plan.label).toBe('tight');
    await expect(holdPlanNow(budget, tight('0.5'))).rejects.toBeInstanceOf(BudgetExceededError);
    const broken = vi.fn();
    // Bad input is thrown at once, whatever the store.
    expect(() =>
      holdPlanNow<Plan>(budget, { holdUsd: 'lots', model: 'm', label: 'x', tighten: broken }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(broken).not.toHaveBeenCalled();
  });

  it('rethrows what is not a refusal without tightening', async () => {
    const budget = createBudget({ id: 'hold-plan-bad', limitUsd: 1 });
    const tighten = vi.fn();
    await expect(
      holdPlan<Plan>(budget, { holdUsd: 'lots', model: 'm', label: 'x', tighten }),
    ).rejects.toMatchObject({ code: 'INVALID_AMOUNT' });
    expect(tighten).not.toHaveBeenCalled();
  });
});

describe('the endings', () => {
  it('charges the hold when usage was never seen', async () => {
    const budget = createBudget({ id: 'hold-charge', limitUsd: 1 });
    const held = await holdPlan<Plan>(budget, { holdUsd: '0.3', model: 'm', label: 'x' });
    const charge = chargeTheHold(held);
    expect(charge).toEqual({
      costUsd: '0.3',
      details: { model: 'm', partial: true, usage: 'unreadable' },
    });
    await settleCharge(held.reservation, charge);
    expect((await budget.status()).spentUsd).toBe('0.3');
  });

  it('warns, never throws, when a settle or a release cannot land', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const store = scriptedStore();
    const budget = createBudget({ id: 'hold-warn', limitUsd: 1, store });
    const badCharge = await budget.reserve('0.2');
    await settleCharge(badCharge, { costUsd: 'NaN', details: { model: 'm' } });
    expect(warning).toHaveBeenCalledWith(
      expect.stringContaining('charged its hold: InvalidAmountError'),
      expect.objectContaining({ code: 'TOLLGATE_SETTLE_ERROR' }),
    );
    // Never left held to the TTL: charged its hold, marked so.
    expect(await budget.ledger()).toMatchObject([
      { actualUsd: '0.2', details: { model: 'm', partial: true, usage: 'unreadable' } },
    ]);
    const badDetails = await budget.reserve('0.2');
    await settleCharge(badDetails, { costUsd: '0.1', details: { model: 42 } as never });
    expect(await budget.ledger()).toMatchObject([
      { actualUsd: '0.2', details: { partial: true, usage: 'unreadable' } },
      { actualUsd: '0.2' },
    ]);
    const reservation = await budget.reserve('0.2');
    store.settle = async () => {
      throw new InvalidOptionsError('the store cannot record this', []);
    };
    await settleCharge(reservation, { costUsd: '0.1', details: {} });
    expect(warning).toHaveBeenCalledWith(expect.stringContaining('could not settle'), {
      code: 'TOLLGATE_SETTLE_ERROR',
    });
    store.release = async () => {
      throw new InvalidOptionsError('the store cannot record this', []);
    };
    await releaseHold(reservation);
    expect(warning).toHaveBeenCalledWith(expect.stringContaining('could not release'), {
      code: 'TOLLGATE_RELEASE_ERROR',
    });
    // Neither landed (the store refused the charge, then its hold), and the caller was a call
    // already answered: flush() says so.
    await expect(budget.flush()).rejects.toMatchObject({
      code: 'SETTLEMENT_LOST',
      lost: [
        { kind: 'settle', reservationId: reservation.id, actualUsd: '0.2', attempts: 1 },
        { kind: 'release', reservationId: reservation.id, actualUsd: '0', attempts: 1 },
      ],
    });
    warning.mockRestore();
  });

  it('reports a settle or release that cannot land as lost, with no warning when someone listens', async () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const store = scriptedStore();
    const root = createBudget({ id: 'hold-lost-root', limitUsd: 1, store });
    const budget = root.child({ id: 'hold-lost', limitUsd: 1 });
    const lost: unknown[] = [];
    root.on('settlement-lost', (event) => lost.push(event));
    const reservation = await budget.reserve('0.2');
    store.settle = () => {
      throw new InvalidOptionsError('the store cannot record this', []);
    };
    await settleCharge(reservation, { costUsd: '0.1', details: {} });
    expect(lost).toEqual([
      expect.objectContaining({
        type: 'settlement-lost',
        budgetId: 'hold-lost',
        reservationId: reservation.id,
        // Refused as bad input, the charge was tried again at the hold, which failed too.
        actualUsd: '0.2',
        attempts: 1,
        error: expect.any(InvalidOptionsError),
      }),
    ]);
    expect(warning).not.toHaveBeenCalled();
    await expect(budget.flush()).rejects.toMatchObject({ total: 1 });
    warning.mockRestore();
  });

  it('announces an unbounded output only when the plan had no maximum', () => {
    const budget = createBudget({ id: 'hold-unbounded', limitUsd: 1 });
    const events: unknown[] = [];
    budget.on('unbounded-output', (event) => events.push(event));
    announceUnboundedOutput(budget, { holdUsd: '1', model: 'm' });
    announceUnboundedOutput(budget, { holdUsd: '1', model: 'm', unboundedOutputTokens: 10 });
    expect(events).toEqual([
      expect.objectContaining({ model: 'm', assumedOutputTokens: 10, budgetId: 'hold-unbounded' }),
    ]);
  });
});

it('slotLine lets at most its concurrency through, in order', async () => {
  const acquire = slotLine(1);
  const first = await acquire();
  let second = false;
  const waiting = acquire().then((release) => {
    second = true;
    return release;
  });
  await new Promise((resolve) => setImmediate(resolve));
  expect(second).toBe(false);
  first();
  (await waiting)();
  expect(second).toBe(true);
});

it('passUnmetered lets an unmetered call through only when allowed or not enforcing', () => {
  const enforcing = createBudget({ id: 'unmetered-on', limitUsd: 1 });
  const shadow = createBudget({ id: 'unmetered-off', limitUsd: 1, enforce: false });
  expect(() => passUnmetered(enforcing, 'POST /x', 'allow')).not.toThrow();
  expect(() => passUnmetered(shadow, 'POST /x', 'refuse')).not.toThrow();
  expect(() => passUnmetered(enforcing, 'POST /x', 'refuse')).toThrow(
    expect.objectContaining({ code: 'UNMETERED_ENDPOINT', endpoint: 'POST /x' }),
  );
});

describe('misuse of the kit functions', () => {
  const budget = createBudget({ id: 'kit-misuse', limitUsd: '1' });
  const plan: Plan = { holdUsd: '0.1', model: 'm', label: 'plain' };

  it('holdPlanNow and holdPlan refuse what is not a budget, a plan or a signal, naming themselves', async () => {
    const wrong = [
      [
        {},
        plan,
        undefined,
        /^Invalid holdPlanNow arguments: budget: expected a Budget.*received an object$/,
      ],
      [budget, null, undefined, /plan: expected a plan \({ holdUsd, model }\), received null$/],
      [budget, 42, undefined, /plan: expected a plan .*received 42 \(number\)$/],
      [budget, plan, 'sig', /signal: expected an AbortSignal, received "sig"$/],
      [new Proxy(budget, {}), plan, undefined, /budget: .*(Proxy|copy)/],
    ] as const;
    for (const [given, planned, signal, named] of wrong) {
      const hold = () => holdPlanNow(given as never, planned as never, signal as never);
      expect(hold).toThrow(InvalidOptionsError);
      expect(hold).toThrow(named);
      await expect(holdPlan(given as never, planned as never, signal as never)).rejects.toThrow(
        /^Invalid holdPlan arguments: /,
      );
    }
    expect((await budget.status()).reservedUsd).toBe('0');
  });

  it("refuses a plan's tighten that is no function at the hold, even one never needed (public API)", async () => {
    const roomy = createBudget({ id: 'kit-misuse-tighten-42', limitUsd: '10' });
    const small = createBudget({ id: 'kit-misuse-tighten-42-small', limitUsd: '0.01' });
    for (const tighten of [42, 'later', null, {}]) {
      const bad = { holdUsd: '1', model: 'm', tighten } as unknown as HoldablePlan<never>;
      const named = `plan.tighten: expected a function returning a tighter plan, received ${describeValue(tighten)}`;
      for (const given of [roomy, small]) {
        const now = () => publicHoldPlanNow(given, bad);
        expect(now).toThrow(InvalidOptionsError);
        expect(now).toThrow(`Invalid holdPlanNow arguments: ${named}`);
        await expect(publicHoldPlan(given, bad)).rejects.toThrow(
          `Invalid holdPlan arguments: ${named}`,
        );
      }
    }
    expect((await roomy.status()).reservedUsd).toBe('0');
    expect((await small.status()).reservedUsd).toBe('0');
    // A tighten left out, or a function, holds as before.
    expect((await publicHoldPlan(roomy, { holdUsd: '1', model: 'm' })).plan.holdUsd).toBe('1');
  });

  it("refuses a plan's bad model or unboundedOutputTokens, and a tighter plan's, holding nothing (public API)", async () => {
    const roomy = createBudget({ id: 'kit-misuse-plan-fields', limitUsd: '10' });
    const wrong: [Record<string, unknown>, string][] = [
      [{ model: 42 }, 'plan.model: expected a non-empty model id, received 42 (number)'],
      [{ model: '' }, 'plan.model: expected a non-empty model id, received ""'],
      [
        { unboundedOutputTokens: 'lots' },
        'plan.unboundedOutputTokens: expected a whole number of tokens from 0, received "lots"',
      ],
      [
        { unboundedOutputTokens: -5 },
        'plan.unboundedOutputTokens: expected a whole number of tokens from 0, received -5 (number)',
      ],
    ];
    for (const [fields, named] of wrong) {
      const bad = { holdUsd: '1', model: 'm', ...fields } as unknown as HoldablePlan<never>;
      expect(() => publicHoldPlanNow(roomy, bad)).toThrow(named);
      await expect(publicHoldPlan(roomy, bad)).rejects.toThrow(InvalidOptionsError);
    }
    const small = createBudget({ id: 'kit-misuse-tighter-fields', limitUsd: '0.01' });
    for (const [fields, named] of wrong) {
      const tighter = { holdUsd: '0.001', model: 'm', ...fields };
      const plan = {
        holdUsd: '1',
        model: 'm',
        tighten: () => tighter,
      } as unknown as HoldablePlan<never>;
      await expect(publicHoldPlan(small, plan)).rejects.toThrow(
        `Invalid plan: ${named.replace('plan.', 'tighten().')}`,
      );
    }
    expect((await roomy.status()).reservedUsd).toBe('0');
    expect((await small.status()).reservedUsd).toBe('0');
  });

  it('announceUnboundedOutput refuses a token count that is none, emitting nothing (public API)', () => {
    const seen: unknown[] = [];
    budget.on('unbounded-output', (event) => seen.push(event));
    for (const tokens of ['lots', -5, {}, 1.5, Number.NaN]) {
      const plan = { holdUsd: '1', model: 'm', unboundedOutputTokens: tokens as number };
      expect(() => publicAnnounce(budget, plan)).toThrow(InvalidOptionsError);
      expect(() => publicAnnounce(budget, plan)).toThrow(
        `Invalid announceUnboundedOutput arguments: plan.unboundedOutputTokens: expected a whole number of tokens from 0, received ${describeValue(tokens)}`,
      );
    }
    expect(seen).toEqual([]);
    publicAnnounce(budget, { holdUsd: '1', model: 'm', unboundedOutputTokens: 4096 });
    expect(seen).toMatchObject([{ assumedOutputTokens: 4096 }]);
  });

  it('refuses a tighter plan that is no plan, holding nothing', async () => {
    const small = createBudget({ id: 'kit-misuse-tighten', limitUsd: '0.01' });
    const tightening: Plan = { ...plan, holdUsd: '1', tighten: () => null as unknown as Plan };
    await expect(holdPlan(small, tightening)).rejects.toThrow(
      /tighten: expected tighten\(\) to return a plan .*received null/,
    );
    expect((await small.status()).reservedUsd).toBe('0');
  });

  it('settleCharge refuses at once what is not a reservation or a charge, and the hold stays to be ended', async () => {
    const held = await holdPlan(budget, plan);
    const charge = chargeTheHold(held);
    expect(() => settleCharge(null as never, charge)).toThrow(
      /^Invalid settleCharge arguments: reservation: expected a Reservation .*received null$/,
    );
    expect(() => settleCharge(held.reservation, 'x' as never)).toThrow(
      /charge: expected a Charge \({ costUsd, details }\), received "x"$/,
    );
    const throwing = {
      settle: () => {
        throw new RangeError('store bug');
      },
    };
    expect(() => settleCharge(throwing as never, charge)).toThrow(RangeError);
    await settleCharge(held.reservation, charge);
    expect((await budget.status()).spentUsd).toBe('0.1');
  });
});
