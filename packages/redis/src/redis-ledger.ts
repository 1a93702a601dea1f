import { isLedgerKind, type LedgerRecord } from '@tollgate/core';
import type { ParsedLedgerQuery } from '@tollgate/core/store-kit';
import { compareStreamIds, entryTime, fromStream } from './redis-replies.js';
import type { StoreConnection } from './store-connection.js';
import type { TreeIndex } from './tree-index.js';

type Found = { entry: LedgerRecord; streamId: string };

/**
 * The ledger, newest first: each tree keeps its own stream, so a read of every budget
 * merges the trees' newest entries by time.
 */
export async function readLedger(
  connection: StoreConnection,
  index: TreeIndex,
  query: ParsedLedgerQuery,
): Promise<LedgerRecord[]> {
  const { limit } = query;
  if (limit === 0) return [];
  let roots: Iterable<string>;
  if (query.budgetId === undefined) {
    roots = await index.roots();
  } else {
    // A purged budget is forgotten (the entries kept for its surviving ancestors are theirs),
    // whichever process purged it: the index is asked, not this process's cache.
    const root = await index.recordedRoot(query.budgetId);
    if (root === undefined) return [];
    roots = [root];
  }
  const found: Found[] = [];
  for (const root of roots) {
    found.push(...(await readStream(connection, `${index.base(root)}ledger`, query, limit)));
  }
  found.sort(
    (a, b) => entryTime(b.entry) - entryTime(a.entry) || compareStreamIds(b.streamId, a.streamId),
  );
  return found.slice(0, limit).map(({ entry }) => entry);
}

/** Entries of one tree's stream, newest first, of the query's budget (all if none) and kind. */
async function readStream(
  connection: StoreConnection,
  key: string,
  query: ParsedLedgerQuery,
  limit: number,
): Promise<Found[]> {
  const { budgetId, kind } = query;
  const found: Found[] = [];
  let end = '+';
  const batch = Math.max(limit, 100);
  for (;;) {
    const rows = await connection.command(() =>
      connection.client.xrevrange(key, end, '-', 'COUNT', batch),
    );
    for (const [streamId, flat] of rows) {
      const entry = fromStream(flat);
      if ((budgetId === undefined || entry.chain.includes(budgetId)) && isLedgerKind(entry, kind)) {
        found.push({ entry, streamId });
        if (found.length >= limit) return found;
      }
    }
    const last = rows.at(-1);
    if (rows.length < batch || last === undefined) return found;
    end = `(${last[0]}`;
  }
}

/** Deletes the stream entries whose chain (ids, leaf first) `keeps` refuses. */
export async function deleteEntries(
  connection: StoreConnection,
  key: string,
  keeps: (chain: readonly string[]) => boolean,
): Promise<void> {
  let start = '-';
  for (;;) {
    const rows = await connection.command(() =>
      connection.client.xrange(key, start, '+', 'COUNT', 1000),
    );
    const doomed = rows.filter(([, flat]) => !keeps(fromStream(flat).chain));
    if (doomed.length > 0) {
      await connection.command(() =>
        connection.client.xdel(key, ...doomed.map(([streamId]) => streamId)),
      );
    }
    const last = rows.at(-1);
    if (rows.length < 1000 || last === undefined) return;
    start = `(${last[0]}`;
  }
}
