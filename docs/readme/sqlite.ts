import { createBudget } from '@tollgate/core';
import { sqliteStore } from '@tollgate/sqlite';

const store = sqliteStore({ path: './budgets.db' });
const daily = createBudget({ id: 'team-a/day', limitUsd: '25', window: 'day', store });
console.log(await daily.status()); // ... use the budget; at shutdown:
await store.close();
