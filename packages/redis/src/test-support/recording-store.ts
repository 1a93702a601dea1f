import type { BudgetStore, ReserveCommand } from '@tollgate/core';

/** A store that passes every command to `inner` and keeps each reserve command it was given. */
export function recordingStore(inner: BudgetStore): BudgetStore & { reserves: ReserveCommand[] } {
  const reserves: ReserveCommand[] = [];
  return {
    reserves,
    kind: inner.kind,
    define: (definition, now) => inner.define(definition, now),
    reserve: (command) => {
      reserves.push(command);
      return inner.reserve(command);
    },
    settle: (command) => inner.settle(command),
    release: (command) => inner.release(command),
    status: (link, now) => inner.status(link, now),
    expire: (now) => inner.expire(now),
    list: () => inner.list(),
    find: (id) => inner.find(id),
    adjust: (command) => inner.adjust(command),
    purge: (query) => inner.purge(query),
    ledger: (query) => inner.ledger(query),
    close: () => inner.close(),
  };
}
