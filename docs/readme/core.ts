import { createBudget } from '@tollgate/core';

const session = createBudget({ id: 'session-42', limitUsd: '10', window: 'day' });
const plan = session.child({ id: 'plan-7', limitUsd: '2' }); // spend also counts against the session

const hold = await plan.reserve('0.05'); // throws BudgetExceededError if any budget would go over
await hold.settle('0.0123', { model: 'gpt-5.6-luna' }); // or hold.release() when the call failed
console.log(await plan.status());
// { id, limitUsd, spentUsd, reservedUsd, remainingUsd, calls, exceeded, resetsAt?, closedAt?, closedBy? }
