import { createBudget } from '@tollgate/core';
import { redisStore } from '@tollgate/redis';

const store = redisStore({ url: 'redis://127.0.0.1:6379', prefix: 'myapp:' });
const org = createBudget({ id: 'org', limitUsd: '500', window: 'month', store });
console.log(await org.status()); // ... use the budget; at shutdown:
await store.close();
