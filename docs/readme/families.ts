import { budgetFamily, createBudget } from '@tollgate/core';

const plan = createBudget({ id: 'customer/acme', limitUsd: '50', window: 'month' });
const users = budgetFamily({
  parent: plan,
  name: 'users',
  template: { limitUsd: '1', window: 'day' },
});

const alice = await users.for('alice'); // customer/acme/users:alice, created on first use
const carol = await users.for('carol', { limitUsd: '5' }); // one key on a larger allowance
await (await alice.reserve('0.25')).settle('0.2'); // counts against alice and the plan
console.log(alice.id, (await alice.status()).spentUsd, (await carol.status()).limitUsd);
