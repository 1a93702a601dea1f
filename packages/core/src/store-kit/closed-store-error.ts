import { StoreInvalidError } from '../errors.js';

/**
 * The error every command on a store fails with once its `close()` was called. A closed
 * store never comes back, so it is `StoreInvalidError` (`STORE_INVALID`), not the
 * transient `StoreUnavailableError`: reported as an outage, a budget with
 * `onStoreError: 'allow'` would let every call through unheld, and its settlements would be
 * retried until they were given up as lost.
 *
 * @param kind - the store's `kind`, for the message (`memory`, `sqlite`, `redis`).
 * @param where - where the store keeps its budgets (a path, a redacted URL), if it says.
 */
export function closedStoreError(kind: string, where?: string): StoreInvalidError {
  const at = where === undefined ? '' : ` at ${where}`;
  return new StoreInvalidError(
    `The ${kind} budget store${at} is closed: store.close() was called, and a closed store cannot be used again. Expected an open store; close a store only after the last call on its budgets has settled (await budget.flush()), or open a new one.`,
  );
}
