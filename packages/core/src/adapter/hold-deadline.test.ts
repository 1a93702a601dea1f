import { expect, it } from 'vitest';
import { createBudget } from '../budget.js';
import { usageTokens } from '../call-usage.js';
import { manualClock } from '../testing/manual-clock.js';
import { MeteredCall } from './metered-call.js';
import type { ResponseObserver, UsagePricer } from './types.js';

const observed = { usage: { tokens: usageTokens(), model: 'm' } };
const observer: ResponseObserver = { json: () => observed, event: () => true, end: () => observed };
const price: UsagePricer = () => ({
  costUsd: '0.01',
  provider: 'test',
  model: 'm',
  pricingVersion: 'test',
});

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
        price,
        tighten: () => ({ holdUsd: '0.5', model: 'm', observer, price }),
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
