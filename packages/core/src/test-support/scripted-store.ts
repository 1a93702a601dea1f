import { memoryStore } from '../memory-store.js';
import type { BudgetStore } from '../store.js';

type Method = Exclude<keyof BudgetStore, 'kind' | 'close'>;

/**
 * A memory store that fails on demand, as a network store would: `down` fails every
 * method; `failNext[method]` fails that many calls of one method; `applyThenFail` makes a
 * reserve land and its answer be lost (a timeout after the server applied it).
 */
export interface ScriptedStore extends BudgetStore {
  down: boolean;
  failNext: Partial<Record<Method, number>>;
  applyThenFail: boolean;
  /** Calls each method received. */
  readonly calls: Record<Method, number>;
  /** The store under the script, for figures the budget cannot see. */
  readonly inner: BudgetStore;
}

export function scriptedStore(error = () => new Error('connection refused')): ScriptedStore {
  const inner = memoryStore();
  const calls = {
    define: 0,
    reserve: 0,
    settle: 0,
    release: 0,
    status: 0,
    expire: 0,
    list: 0,
    ledger: 0,
    find: 0,
    adjust: 0,
    purge: 0,
  };
  const guard =
    <A extends unknown[], R>(name: Method, method: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      calls[name] += 1;
      const failures = store.failNext[name] ?? 0;
      if (store.down || failures > 0) {
        store.failNext[name] = Math.max(failures - 1, 0);
        throw error();
      }
      return method(...args);
    };
  const store: ScriptedStore = {
    kind: 'scripted',
    down: false,
    failNext: {},
    applyThenFail: false,
    calls,
    inner,
    define: guard('define', inner.define.bind(inner)),
    reserve: guard('reserve', async (command) => {
      const outcome = await inner.reserve(command);
      if (store.applyThenFail) throw error();
      return outcome;
    }),
    settle: guard('settle', inner.settle.bind(inner)),
    release: guard('release', inner.release.bind(inner)),
    status: guard('status', inner.status.bind(inner)),
    expire: guard('expire', inner.expire.bind(inner)),
    list: guard('list', inner.list.bind(inner)),
    ledger: guard('ledger', inner.ledger.bind(inner)),
    find: guard('find', inner.find.bind(inner)),
    adjust: guard('adjust', inner.adjust.bind(inner)),
    purge: guard('purge', inner.purge.bind(inner)),
    close: () => inner.close(),
  };
  return store;
}
