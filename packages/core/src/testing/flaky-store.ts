import { memoryStore } from '../memory-store.js';
import type { BudgetStore } from '../store.js';

/** A memory store that can be taken down: while `down`, every command fails as a lost connection would. */
export type FlakyStore = BudgetStore & {
  /** While true, every command rejects as a lost connection would. @default false */
  down: boolean;
};

/** Creates a store for tests of store outages: set `down = true` and every command rejects. */
export function flakyStore(): FlakyStore {
  const inner = memoryStore();
  const guard =
    <Args extends unknown[], Result>(method: (...args: Args) => Result | Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      if (state.down) throw new Error('connection refused');
      return method(...args);
    };
  const state: FlakyStore = {
    kind: 'flaky',
    down: false,
    define: guard(inner.define.bind(inner)),
    reserve: guard(inner.reserve.bind(inner)),
    settle: guard(inner.settle.bind(inner)),
    release: guard(inner.release.bind(inner)),
    status: guard(inner.status.bind(inner)),
    expire: guard(inner.expire.bind(inner)),
    list: guard(inner.list.bind(inner)),
    ledger: guard(inner.ledger.bind(inner)),
    find: guard(inner.find.bind(inner)),
    adjust: guard(inner.adjust.bind(inner)),
    purge: guard(inner.purge.bind(inner)),
    close: () => inner.close(),
  };
  return state;
}
