import type { PendingCommand } from '@tollgate/core/store-kit';
import type { BatchedCommand } from './lua-scripts.js';
import type { StoreConnection } from './store-connection.js';

/** A reserve, settle or release as its script takes it. */
export interface ScriptCall {
  /** Which script. */
  name: BatchedCommand;
  /** Its keys, all in one tree. */
  keys: string[];
  /** Its arguments. */
  args: string[];
}

/**
 * Sends the commands one tree was given in a tick: a command alone runs its own script;
 * several go in one `batch` script (one round trip, one `EVALSHA`), each applied exactly as
 * on its own, its error its own. Settles every command's promise.
 */
export function sendScriptBatch(
  connection: StoreConnection,
  batch: PendingCommand<ScriptCall, unknown>[],
): void {
  const [only] = batch;
  if (batch.length === 1 && only !== undefined) {
    const { name, keys, args } = only.work;
    connection.run(name, keys, args).then(only.resolve, only.reject);
    return;
  }
  runBatch(connection, batch).catch((error: unknown) => {
    for (const pending of batch) pending.reject(error);
  });
}

async function runBatch(
  connection: StoreConnection,
  batch: PendingCommand<ScriptCall, unknown>[],
): Promise<void> {
  const keys: string[] = [];
  const header: string[] = [String(batch.length)];
  const args: string[] = [];
  for (const { work } of batch) {
    header.push(work.name, String(work.keys.length), String(work.args.length));
    keys.push(...work.keys);
    args.push(...work.args);
  }
  const replies = (await connection.run('batch', keys, [...header, ...args])) as [0 | 1, unknown][];
  batch.forEach((pending, index) => {
    const [ok, reply] = replies[index] ?? [0, 'no reply from the batch script'];
    if (ok === 1) pending.resolve(reply);
    else pending.reject(connection.unavailable(new Error(String(reply))));
  });
}
