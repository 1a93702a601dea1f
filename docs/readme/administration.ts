import { BudgetClosedError, createBudget } from '@tollgate/core';

const session = createBudget({ id: 'session-42', limitUsd: '10', window: 'day' });
const plan = session.child({ id: 'plan-7', limitUsd: '2' });
await (await plan.reserve('1.5')).settle('1.2');

await plan.setLimit('5', { reason: 'upgrade', actor: 'ana' }); // raise or lower
await plan.topUp('2', { reason: 'invoice 118' }); // the limit is now 7
await plan.credit('0.40', { reason: 'refund' }); // spend 1.2 -> 0.8 on plan-7 only
await plan.reset({ reason: 'new sprint' }); // this window's spend -> 0
await plan.close({ reason: 'session over' }); // calls in flight still settle

const refused = await plan.reserve('0.01').catch((error: unknown) => error);
console.log(refused instanceof BudgetClosedError, (await plan.status()).closedAt !== undefined);
for (const entry of await plan.ledger({ kind: 'adjustment' })) {
  console.log(entry.action, entry.amountUsd, entry.limitUsd, entry.spentUsd, entry.reason);
}
// close 0 7 0 session over / reset 0.8 7 0 new sprint / credit 0.4 7 0.8 refund / ...
