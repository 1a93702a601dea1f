import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { manualClock } from '../testing/manual-clock.js';
import { MeteredCall } from './metered-call.js';
import type { ResponseObserver } from './types.js';

const observer: ResponseObserver = {
  json: () => ({ costUsd: '0.01', details: { model: 'm' } }),
  event: () => true,
  end: () => ({ costUsd: '0.01', details: { model: 'm' } }),
};

it('waits once per call in wait mode, though it tries a cheap bound and then a tighter one', async () => {
  const clock = manualClock();
  const budget = createBudget({
    id: 'one-deadline',
    limitUsd: '1',
    onLimit: 'wait',
    waitTimeoutMs: 10_000,
    clock,
  });
  await budget.reserve('0.7');
  const call = new MeteredCall({
    budget,
    unmetered: 'refuse',
    route: () => ({
      kind: 'metered',
      plan: () => ({
        holdUsd: '0.8',
        model: 'm',
        observer,
        tighten: () => ({ holdUsd: '0.5', model: 'm', observer }),
      }),
    }),
  });
  let finished = false;
  const begun = call.begin({}).finally(() => {
    finished = true;
  });
  begun.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(finished).toBe(false);
  // One waitTimeoutMs later the cheap bound gives up, and the tighter hold does not wait again.
  clock.advance(10_000);
  await expect(begun).rejects.toMatchObject({
    code: 'BUDGET_EXCEEDED',
    requestedUsd: '0.5',
    waitedMs: 10_000,
  });
});
