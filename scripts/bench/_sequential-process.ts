/**
 * Run by the core section in a process of its own: depth-1 sequential reserve+settle on the
 * memory store, with nothing else warmed first. Prints the median rate as JSON.
 */
import { createBudget, memoryStore } from '@tollgate/core';
import { ratePerSecond } from './_measure.ts';

const budget = createBudget({
  id: 'fresh',
  limitUsd: '1000000000',
  store: memoryStore({ ledgerLimit: 0 }),
});
const sequential = async (count: number) => {
  for (let index = 0; index < count; index += 1)
    await (await budget.reserve('0.0123')).settle('0.0101');
};
await sequential(200_000);
process.stdout.write(JSON.stringify({ rate: await ratePerSecond(9, 50_000, sequential) }));
