import {
  type AdjustCommand,
  type AdjustOutcome,
  assertSerialisable,
  type BudgetDefinition,
  type BudgetSnapshot,
  type BudgetStore,
  type ChainLink,
  type ExpiredReservation,
  type LedgerQuery,
  type LedgerRecord,
  type PurgeQuery,
  type ReleaseCommand,
  type ReserveCommand,
  type ReserveOutcome,
  type SettleCommand,
  type SettleOutcome,
} from '@tollgate/core';
import {
  budgetSnapshot,
  chainIds,
  definitionConflict,
  fixedToUsd,
  parseLedgerQuery,
  parsePurgeQuery,
  snapshotInWindow,
  TickBatcher,
} from '@tollgate/core/store-kit';
import { definitionArgs, linkArgs, windowArg } from './chain-args.js';
import { toFixed } from './fixed-money.js';
import { purgeClosed } from './purge-closed.js';
import { readLedger } from './redis-ledger.js';
import {
  type ParsedRedisOptions,
  parseRedisOptions,
  type RedisConnection,
  type RedisStoreOptions,
  type RedisStoreSettings,
} from './redis-options.js';
import {
  type AdjustReply,
  adjustmentNote,
  adjustOutcome,
  type Fields,
  type ReserveReply,
  reserveOutcome,
  type SettleReply,
  settleOutcome,
  storedFigures,
  toSnapshot,
} from './redis-replies.js';
import { type ScriptCall, sendScriptBatch } from './script-batch.js';
import { StoreConnection } from './store-connection.js';
import { TreeIndex } from './tree-index.js';

export type { RedisConnection, RedisStoreOptions, RedisStoreSettings };

/**
 * A budget store in Redis, shared by every process and host that uses the same Redis
 * and prefix. Each reserve, settle and release is one Lua script (defined on the client
 * with ioredis `defineCommand`, run by `EVALSHA`) over the whole chain, so it is atomic; a
 * chain's keys share the root budget's hash tag, so it works on Redis Cluster.
 *
 * Takes one options object. Given `{ url, ... }`, the store opens a connection configured
 * to fail fast when Redis is down, and `close()` quits it. Given `{ client, ... }`, the
 * store uses it as it is and `close()` leaves it open; configure it to fail fast too
 * (`enableOfflineQueue: false`, a `commandTimeout`), and do not set ioredis's `keyPrefix`
 * (use `prefix`). Either way, after `close()` every command of the store fails with
 * `StoreInvalidError` (`STORE_INVALID`); a given client its owner quits is an outage
 * (`STORE_UNAVAILABLE`) instead, since the owner may connect it again.
 *
 * The options are validated (`InvalidOptionsError`, with a "did you mean" for a mistyped
 * key; a URL whose path is not a database index or whose credentials do not percent-decode
 * is refused here, not by ioredis later). No error the store throws carries the Redis password or URL credentials, in its
 * message or anywhere along its `cause` chain.
 */
export function redisStore(options: RedisStoreOptions): BudgetStore;
/**
 * The earlier form, connection and settings apart.
 * @deprecated Pass one object: `redisStore({ url, ...settings })` or `redisStore({ client, ...settings })`.
 */
export function redisStore(connection: RedisConnection, settings?: RedisStoreSettings): BudgetStore;
export function redisStore(options: RedisStoreOptions, settings?: RedisStoreSettings): BudgetStore {
  // The earlier form's settings join the connection; a mistake in either is reported alike.
  const merged: unknown = settings === undefined ? options : { ...settings, ...options };
  return new RedisStore(parseRedisOptions(merged));
}

// Commands per batch script. Small batches keep several in flight, so the client and Redis
// work at the same time; measured on the bench, 8 did better than 1, 16 or 32.
const maxBatch = 8;

class RedisStore implements BudgetStore {
  readonly kind = 'redis';
  readonly #connection: StoreConnection;
  readonly #index: TreeIndex;
  readonly #ledgerMax: string;
  readonly #tombstoneTtl: string;
  /** Reserves, settles and releases issued in one tick, grouped by tree (key base). */
  readonly #batcher: TickBatcher<ScriptCall, unknown>;

  constructor({ connection, settings }: ParsedRedisOptions) {
    this.#connection = new StoreConnection(connection, settings.commandTimeoutMs ?? 2000);
    this.#index = new TreeIndex(this.#connection, settings.prefix ?? 'tollgate:');
    this.#ledgerMax = String(settings.ledgerMaxLength ?? 10_000);
    this.#tombstoneTtl = String(settings.tombstoneTtlMs ?? 86_400_000);
    this.#batcher = new TickBatcher({
      maxBatch,
      send: (batch) => sendScriptBatch(this.#connection, batch),
    });
  }

  async define(definition: BudgetDefinition, _now: number): Promise<BudgetSnapshot> {
    const known = await this.#index.rootOf(definition.id);
    const root = known ?? (await this.#index.rootFor(definition.id, definition.parentId));
    const base = this.#index.base(root);
    const [verdict, fields] = (await this.#connection.run(
      'define',
      [`${base}b:${definition.id}`],
      definitionArgs(definition),
    )) as [string, Fields];
    // The script said which field differs; the kit words the conflict from what is stored.
    const stored = toSnapshot(definition.id, fields);
    const conflict = verdict === 'ok' ? undefined : definitionConflict(stored, definition);
    if (conflict !== undefined) throw conflict;
    await this.#index.record([[definition.id, root]]);
    return stored;
  }

  async reserve(command: ReserveCommand): Promise<ReserveOutcome> {
    // Reservation metadata is not kept here (a call's metadata reaches the ledger with its
    // settlement), but what could not reach it is refused now, at the call that gave it.
    if (command.metadata !== undefined) assertSerialisable(command.metadata, 'metadata');
    const chain = command.chain;
    const base = this.#index.chainBase(chain);
    const keys = [`${base}due`, `${base}holds`, `${base}end:${command.reservationId}`];
    const args = [
      base,
      command.reservationId,
      toFixed(command.amountUsd, 'up'),
      String(command.now),
      String(command.expiresAt),
      chainIds(chain).join(','),
    ];
    for (const link of chain) {
      keys.push(`${base}b:${link.id}`);
      args.push(...linkArgs(link), link.enforce ? '1' : '0', windowArg(link));
    }
    const reply = await this.#batcher.enqueue({ name: 'reserve', keys, args }, base);
    await this.#index.recordChain(chain);
    return reserveOutcome(command, reply as ReserveReply);
  }

  async settle(command: SettleCommand): Promise<SettleOutcome> {
    assertSerialisable(command.details, 'details');
    const chain = command.chain;
    const base = this.#index.chainBase(chain);
    const actual = toFixed(command.actualUsd, 'up');
    const keys = [
      `${base}due`,
      `${base}holds`,
      `${base}end:${command.reservationId}`,
      `${base}ledger`,
    ];
    const args = [
      base,
      command.reservationId,
      toFixed(command.reservedUsd, 'up'),
      actual,
      String(command.now),
      chainIds(chain).join(','),
      JSON.stringify(command.details),
      this.#ledgerMax,
      this.#tombstoneTtl,
      command.snapshots === false ? '0' : '1',
    ];
    for (const link of chain) {
      keys.push(`${base}b:${link.id}`);
      args.push(...linkArgs(link), windowArg(link));
    }
    const reply = await this.#batcher.enqueue({ name: 'settle', keys, args }, base);
    await this.#index.recordChain(chain);
    return settleOutcome(command, actual, reply as SettleReply);
  }

  async release(command: ReleaseCommand): Promise<boolean> {
    const base = this.#index.chainBase(command.chain);
    // For a reservation not held: remembered until its deadline (Redis expires the key
    // then, timed from this command's clock so a skewed server clock does not matter).
    const until = command.expiresAt ?? command.now + Number(this.#tombstoneTtl);
    const keys = [`${base}due`, `${base}holds`, `${base}end:${command.reservationId}`];
    const args = [
      base,
      command.reservationId,
      this.#tombstoneTtl,
      String(until),
      String(Math.max(1, until - command.now)),
    ];
    return (await this.#batcher.enqueue({ name: 'release', keys, args }, base)) === 1;
  }

  async status(link: ChainLink, now: number): Promise<BudgetSnapshot | undefined> {
    const root =
      (await this.#index.rootOf(link.id)) ?? (link.parentId === null ? link.id : undefined);
    if (root === undefined) return undefined;
    const base = this.#index.base(root);
    const fields = (await this.#connection.run(
      'status',
      [`${base}due`, `${base}holds`, `${base}b:${link.id}`],
      [base, String(now)],
    )) as Fields | null;
    if (fields === null) return undefined;
    // A read in a newer window reports that window's empty figures without writing.
    return snapshotInWindow(toSnapshot(link.id, fields), link.windowStart);
  }

  async expire(now: number): Promise<ExpiredReservation[]> {
    const expired: ExpiredReservation[] = [];
    for (const root of await this.#index.roots()) {
      const base = this.#index.base(root);
      const rows = (await this.#connection.run(
        'expire',
        [`${base}due`, `${base}holds`],
        [base, String(now)],
      )) as [string, string, string, string][];
      for (const [reservationId, chainText, amount, expiresAt] of rows) {
        const chain = chainText.split(',');
        expired.push({
          reservationId,
          budgetId: chain[0] ?? '',
          chain,
          reservedUsd: fixedToUsd(amount),
          expiresAt: Number(expiresAt),
        });
      }
    }
    return expired;
  }

  async adjust(command: AdjustCommand): Promise<AdjustOutcome> {
    const link = command.link;
    const root = await this.#index.rootFor(link.id, link.parentId);
    const base = this.#index.base(root);
    const reply = await this.#connection.run(
      'adjust',
      [`${base}b:${link.id}`, `${base}ledger`],
      [
        ...linkArgs(link),
        windowArg(link),
        command.action,
        toFixed(command.amountUsd, 'down'),
        String(command.now),
        command.adjustmentId,
        this.#ledgerMax,
        adjustmentNote(command),
        link.id,
      ],
    );
    await this.#index.record([[link.id, root]]);
    return adjustOutcome(command, reply as AdjustReply);
  }

  async find(id: string): Promise<BudgetSnapshot | undefined> {
    const root = await this.#index.rootOf(id);
    if (root === undefined) return undefined;
    const [figures, definition] = await this.#connection.command(() =>
      this.#connection.client.hmget(`${this.#index.base(root)}b:${id}`, 'm', 'd'),
    );
    if (typeof figures !== 'string') return undefined;
    return budgetSnapshot(storedFigures(id, figures, definition ?? '|'));
  }

  async list(): Promise<BudgetSnapshot[]> {
    const index = await this.#index.all();
    const ids = Object.keys(index).sort();
    const rows = await Promise.all(
      ids.map((id) =>
        this.#connection.command(() =>
          this.#connection.client.hmget(`${this.#index.base(index[id] ?? id)}b:${id}`, 'm', 'd'),
        ),
      ),
    );
    const snapshots: BudgetSnapshot[] = [];
    rows.forEach(([figures, definition], position) => {
      const id = ids[position];
      if (id !== undefined && typeof figures === 'string') {
        snapshots.push(budgetSnapshot(storedFigures(id, figures, definition ?? '|')));
      }
    });
    return snapshots;
  }

  async purge(query: PurgeQuery): Promise<string[]> {
    const parsed = parsePurgeQuery(query);
    return purgeClosed(this.#connection, this.#index, await this.list(), parsed);
  }

  async ledger(query?: LedgerQuery): Promise<LedgerRecord[]> {
    return readLedger(this.#connection, this.#index, parseLedgerQuery(query));
  }

  async close(): Promise<void> {
    await this.#connection.close();
  }
}
