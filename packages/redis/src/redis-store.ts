import { createHash } from 'node:crypto';
import {
  type AdjustCommand,
  type AdjustOutcome,
  adjustmentEntry,
  assertSerialisable,
  BudgetConflictError,
  type BudgetDefinition,
  type BudgetSnapshot,
  type BudgetStore,
  type ChainLink,
  describeWindow,
  type ExpiredReservation,
  InvalidOptionsError,
  isLedgerKind,
  type LedgerQuery,
  type LedgerRecord,
  type PurgeQuery,
  purgeableBudgets,
  type ReleaseCommand,
  type ReserveCommand,
  type ReserveOutcome,
  type SettleCommand,
  type SettleOutcome,
  StoreUnavailableError,
  TollgateError,
} from '@tollgate/core';
import { type Cluster, Redis } from 'ioredis';
import { fromFixed, toFixed } from './fixed-money.js';
import { type BatchedCommand, type LuaScriptName, luaScripts } from './lua-scripts.js';
import { redactError, redactText, secretsOfClient, secretsOfUrl } from './redact-error.js';
import {
  parseRedisConnection,
  parseRedisOptions,
  type RedisConnection,
  type RedisStoreOptions,
} from './redis-options.js';
import {
  type AdjustmentDetails,
  compareStreamIds,
  entryTime,
  type Fields,
  fromStream,
  ledgerEntry,
  storedFields,
  toRefusal,
  toSnapshot,
} from './redis-replies.js';
import { decodeWindow, encodeWindow } from './window-codec.js';

export type { RedisConnection, RedisStoreOptions };

/**
 * A budget store in Redis, shared by every process and host that uses the same Redis
 * and prefix. Each reserve, settle and release is one Lua script (loaded once, run by
 * `EVALSHA`) over the whole chain, so it is atomic; a chain's keys share the root
 * budget's hash tag, so it works on Redis Cluster.
 *
 * Given `{ url }`, the store opens a connection configured to fail fast when Redis is
 * down, and `close()` quits it. Given `{ client }`, the store uses it as it is and
 * `close()` leaves it open; configure it to fail fast too (`enableOfflineQueue: false`,
 * a `commandTimeout`), and do not set ioredis's `keyPrefix` (use `prefix`).
 *
 * The connection and options are validated (`InvalidOptionsError`, with a "did you mean"
 * for a mistyped key). No error the store throws carries the Redis password or URL
 * credentials, in its message or anywhere along its `cause` chain.
 */
export function redisStore(
  connection: RedisConnection,
  options: RedisStoreOptions = {},
): BudgetStore {
  return new RedisStore(parseRedisConnection(connection), parseRedisOptions(options));
}

/** A command waiting for the end of the current tick to be sent with others of its tree. */
interface Queued {
  name: BatchedCommand;
  keys: string[];
  args: string[];
  resolve(reply: unknown): void;
  reject(error: unknown): void;
}

const shas = Object.fromEntries(
  Object.entries(luaScripts).map(([name, source]) => [
    name,
    createHash('sha1').update(source).digest('hex'),
  ]),
) as Record<LuaScriptName, string>;

class RedisStore implements BudgetStore {
  readonly kind = 'redis';
  readonly #client: Redis | Cluster;
  readonly #owned: boolean;
  readonly #prefix: string;
  readonly #indexKey: string;
  readonly #ledgerMax: string;
  readonly #timeoutMs: number;
  readonly #tombstoneTtl: string;
  readonly #where: string;
  /** What must never appear in an error: the password of the URL or of the given client. */
  readonly #secrets: readonly string[];
  /** Budget id -> root id, as recorded in the index hash. A tree never changes its root. */
  readonly #roots = new Map<string, string>();
  /** Commands issued in the current tick, by tree (key base). */
  #queued = new Map<string, Queued[]>();
  #scriptsLoaded: Promise<void> | undefined;
  #firstReady: Promise<void> | undefined;
  #lastError: unknown;
  #closed = false;
  #flushing = false;

  constructor(connection: RedisConnection, options: RedisStoreOptions) {
    const prefix = options.prefix ?? 'tollgate:';
    this.#prefix = prefix;
    this.#indexKey = `${prefix}budgets`;
    this.#ledgerMax = String(options.ledgerMaxLength ?? 10_000);
    this.#timeoutMs = options.commandTimeoutMs ?? 2000;
    this.#tombstoneTtl = String(options.tombstoneTtlMs ?? 86_400_000);
    if ('url' in connection) {
      this.#owned = true;
      this.#secrets = secretsOfUrl(connection.url);
      this.#where = redactUrl(connection.url);
      this.#client = new Redis(connection.url, {
        // Fail fast while Redis is down: no queue of commands waiting for a reconnect.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: this.#timeoutMs,
        connectTimeout: this.#timeoutMs,
        // Keep reconnecting in the background, at most a second apart.
        retryStrategy: (times) => Math.min(times * 50, 1000),
      });
    } else {
      this.#owned = false;
      this.#where = 'the given client';
      this.#client = connection.client;
      this.#secrets = secretsOfClient(connection.client.options);
      const keyPrefix = (connection.client.options as { keyPrefix?: string } | undefined)
        ?.keyPrefix;
      if (keyPrefix !== undefined && keyPrefix !== '') {
        throw new InvalidOptionsError(
          "redisStore: the client has ioredis keyPrefix set; scripts build keys themselves, so use the store's prefix option instead",
          [{ path: 'client.options.keyPrefix', message: 'must be empty' }],
        );
      }
    }
    // Without a listener ioredis prints every connection error; the store reports them
    // through refused calls instead.
    this.#client.on('error', (error: unknown) => {
      this.#lastError = error;
    });
  }

  async define(definition: BudgetDefinition, _now: number): Promise<BudgetSnapshot> {
    const known = await this.#rootOf(definition.id);
    const root = known ?? (await this.#rootFor(definition.id, definition.parentId));
    const base = this.#base(root);
    const window = encodeWindow(definition.window);
    const reply = (await this.#run(
      'define',
      [`${base}b:${definition.id}`],
      [definition.parentId ?? '', toFixed(definition.limitUsd, 'down'), window],
    )) as [string, Fields];
    const [verdict, fields] = reply;
    if (verdict === 'parent') {
      throw new BudgetConflictError(
        definition.id,
        `Budget "${definition.id}" already exists under parent ${fields[0] === '' ? 'null' : fields[0]}; it cannot be attached under ${String(definition.parentId)}. Use another id.`,
      );
    }
    if (verdict === 'window') {
      throw new BudgetConflictError(
        definition.id,
        `Budget "${definition.id}" already exists with window ${describeWindow(decodeWindow(fields[2]))}; it cannot be attached with window ${describeWindow(definition.window)}. Use another id.`,
      );
    }
    if (known === undefined) await this.#index([[definition.id, root]]);
    return toSnapshot(definition.id, fields);
  }

  async reserve(command: ReserveCommand): Promise<ReserveOutcome> {
    // Reservation metadata is not kept here (a call's metadata reaches the ledger with its
    // settlement), but what could not reach it is refused now, at the call that gave it.
    if (command.metadata !== undefined) assertSerialisable(command.metadata, 'metadata');
    const chain = command.chain;
    const base = this.#base(rootLink(chain).id);
    const keys = [`${base}due`, `${base}holds`, `${base}end:${command.reservationId}`];
    const args = [
      base,
      command.reservationId,
      toFixed(command.amountUsd, 'up'),
      String(command.now),
      String(command.expiresAt),
      chain.map((link) => link.id).join(','),
    ];
    for (const link of chain) {
      keys.push(`${base}b:${link.id}`);
      args.push(
        ...definitionArgs(link),
        link.enforce ? '1' : '0',
        link.windowStart === null ? '' : String(link.windowStart),
      );
    }
    const reply = (await this.#batched(base, 'reserve', keys, args)) as
      | [1, [number, Fields, string][]]
      | [0, number, Fields, string]
      | [2, Fields]
      | [3, number, Fields];
    await this.#indexChain(chain);
    if (reply[0] === 3) {
      const [, position, fields] = reply;
      const closed = linkAt(chain, position).id;
      return {
        admitted: false,
        closed: true,
        refusal: toRefusal(closed, fields, command.amountUsd, '0'),
      };
    }
    if (reply[0] === 2) {
      // The reservation already ended (its release came first): nothing was held.
      const leaf = linkAt(chain, 1).id;
      const refusal = toRefusal(leaf, reply[1], command.amountUsd, '0');
      return { admitted: false, ended: true, refusal };
    }
    if (reply[0] === 0) {
      const [, position, fields, heldOnly] = reply;
      return {
        admitted: false,
        refusal: toRefusal(linkAt(chain, position).id, fields, command.amountUsd, heldOnly),
      };
    }
    const [, would] = reply;
    return {
      admitted: true,
      wouldRefuse: would.map(([position, fields, heldOnly]) =>
        toRefusal(linkAt(chain, position).id, fields, command.amountUsd, heldOnly),
      ),
    };
  }

  async settle(command: SettleCommand): Promise<SettleOutcome> {
    assertSerialisable(command.details, 'details');
    const chain = command.chain;
    const base = this.#base(rootLink(chain).id);
    const ids = chain.map((link) => link.id);
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
      ids.join(','),
      JSON.stringify(command.details),
      this.#ledgerMax,
      this.#tombstoneTtl,
      command.snapshots === false ? '0' : '1',
    ];
    for (const link of chain) {
      keys.push(`${base}b:${link.id}`);
      args.push(...definitionArgs(link), link.windowStart === null ? '' : String(link.windowStart));
    }
    const reply = (await this.#batched(base, 'settle', keys, args)) as
      | [1, string, string, Fields[], Fields[]]
      | [0, string, Fields[]];
    await this.#indexChain(chain);
    const snapshots = (list: Fields[]) =>
      list.map((fields, index) => toSnapshot(ids[index] ?? '', fields));
    if (reply[0] === 0) {
      const [, tombstone, before] = reply;
      const recorded = tombstone.split('|');
      // A retry of a settlement that landed answers with what was recorded then; a settle
      // after a release answers like a late one, and changes nothing either way.
      const entry =
        recorded[0] === 's'
          ? ledgerEntry(command, ids, recorded[1] ?? actual, recorded[4] ?? actual, {
              late: recorded[2] === '1',
              settledAt: Number(recorded[3]),
            })
          : ledgerEntry(command, ids, toFixed(command.reservedUsd, 'up'), actual, {
              late: true,
              settledAt: command.now,
            });
      const snapshotsBefore = snapshots(before);
      return { applied: false, entry, before: snapshotsBefore, after: snapshotsBefore };
    }
    const [, reserved, late, before, after] = reply;
    return {
      applied: true,
      entry: ledgerEntry(command, ids, reserved, actual, {
        late: late === '1',
        settledAt: command.now,
      }),
      before: snapshots(before),
      after: snapshots(after),
    };
  }

  async release(command: ReleaseCommand): Promise<boolean> {
    const base = this.#base(rootLink(command.chain).id);
    // For a reservation not held: remembered until its deadline (Redis expires the key
    // then, timed from this command's clock so a skewed server clock does not matter).
    const until = command.expiresAt ?? command.now + Number(this.#tombstoneTtl);
    const reply = await this.#batched(
      base,
      'release',
      [`${base}due`, `${base}holds`, `${base}end:${command.reservationId}`],
      [
        base,
        command.reservationId,
        this.#tombstoneTtl,
        String(until),
        String(Math.max(1, until - command.now)),
      ],
    );
    return reply === 1;
  }

  async status(link: ChainLink, now: number): Promise<BudgetSnapshot | undefined> {
    const root = (await this.#rootOf(link.id)) ?? (link.parentId === null ? link.id : undefined);
    if (root === undefined) return undefined;
    const base = this.#base(root);
    const fields = (await this.#run(
      'status',
      [`${base}due`, `${base}holds`, `${base}b:${link.id}`],
      [base, String(now)],
    )) as Fields | null;
    if (fields === null) return undefined;
    const snapshot = toSnapshot(link.id, fields);
    if (
      link.windowStart !== null &&
      (snapshot.windowStart === null || snapshot.windowStart < link.windowStart)
    ) {
      // A read in a newer window reports that window's empty figures without writing.
      return { ...snapshot, spentUsd: '0', calls: 0, windowStart: link.windowStart };
    }
    return snapshot;
  }

  async expire(now: number): Promise<ExpiredReservation[]> {
    const roots = new Set(
      Object.values(await this.#command(() => this.#client.hgetall(this.#indexKey))),
    );
    const expired: ExpiredReservation[] = [];
    for (const root of roots) {
      const base = this.#base(root);
      const rows = (await this.#run(
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
          reservedUsd: fromFixed(amount),
          expiresAt: Number(expiresAt),
        });
      }
    }
    return expired;
  }

  async adjust(command: AdjustCommand): Promise<AdjustOutcome> {
    const link = command.link;
    const root = await this.#rootFor(link.id, link.parentId);
    const base = this.#base(root);
    const details: AdjustmentDetails = { reason: command.reason, requestedUsd: command.amountUsd };
    if (command.actor !== undefined) details.actor = command.actor;
    const [before, after, applied] = (await this.#run(
      'adjust',
      [`${base}b:${link.id}`, `${base}ledger`],
      [
        ...definitionArgs(link),
        link.windowStart === null ? '' : String(link.windowStart),
        command.action,
        toFixed(command.amountUsd, 'down'),
        String(command.now),
        command.adjustmentId,
        this.#ledgerMax,
        JSON.stringify(details),
        link.id,
      ],
    )) as [Fields, Fields, string];
    if (!this.#roots.has(link.id)) await this.#index([[link.id, root]]);
    const snapshotAfter = toSnapshot(link.id, after);
    return {
      entry: adjustmentEntry(command, {
        amountUsd: fromFixed(applied),
        limitUsd: snapshotAfter.limitUsd,
        spentUsd: snapshotAfter.spentUsd,
      }),
      before: toSnapshot(link.id, before),
      after: snapshotAfter,
    };
  }

  async find(id: string): Promise<BudgetSnapshot | undefined> {
    const root = await this.#rootOf(id);
    if (root === undefined) return undefined;
    const [figures, definition] = await this.#command(() =>
      this.#client.hmget(`${this.#base(root)}b:${id}`, 'm', 'd'),
    );
    if (typeof figures !== 'string') return undefined;
    return toSnapshot(id, storedFields(figures, definition ?? '|'));
  }

  /**
   * Deletes closed budgets (see the store contract). Not one script: the budgets of a tree
   * are deleted together, then their ledger entries; a purge cut short by a failure leaves
   * entries a later purge removes. Only budgets closed long ago are touched, and a closed
   * budget takes no new reservation, so nothing else races with it.
   */
  async purge(query: PurgeQuery): Promise<string[]> {
    const index = await this.#command(() => this.#client.hgetall(this.#indexKey));
    const snapshots = await this.list();
    const holding = new Set<string>();
    for (const root of new Set(Object.values(index))) {
      const holds = await this.#command(() => this.#client.hvals(`${this.#base(root)}holds`));
      for (const hold of holds)
        for (const id of (hold.split('|')[1] ?? '').split(',')) holding.add(id);
    }
    const purged = purgeableBudgets(
      snapshots.map((snapshot) => ({
        id: snapshot.id,
        parentId: snapshot.parentId,
        closedAt: snapshot.closedAt,
        holds: holding.has(snapshot.id),
      })),
      query.closedBefore,
    );
    const roots = new Set<string>();
    for (const id of purged) {
      const root = index[id] ?? id;
      roots.add(root);
      await this.#command(() => this.#client.del(`${this.#base(root)}b:${id}`));
      await this.#command(() => this.#client.hdel(this.#indexKey, id));
      this.#roots.delete(id);
    }
    for (const root of roots) await this.#deleteEntries(`${this.#base(root)}ledger`, purged);
    return [...purged].sort();
  }

  /** Deletes the stream entries made on the budgets in `ids`. */
  async #deleteEntries(key: string, ids: ReadonlySet<string>): Promise<void> {
    let start = '-';
    for (;;) {
      const rows = await this.#command(() => this.#client.xrange(key, start, '+', 'COUNT', 1000));
      const doomed = rows.filter(([, flat]) => ids.has(fromStream(flat).budgetId));
      if (doomed.length > 0) {
        await this.#command(() => this.#client.xdel(key, ...doomed.map(([streamId]) => streamId)));
      }
      const last = rows.at(-1);
      if (rows.length < 1000 || last === undefined) return;
      start = `(${last[0]}`;
    }
  }

  async list(): Promise<BudgetSnapshot[]> {
    const index = await this.#command(() => this.#client.hgetall(this.#indexKey));
    const ids = Object.keys(index).sort();
    const rows = await Promise.all(
      ids.map((id) =>
        this.#command(() => this.#client.hmget(`${this.#base(index[id] ?? id)}b:${id}`, 'm', 'd')),
      ),
    );
    const snapshots: BudgetSnapshot[] = [];
    rows.forEach(([figures, definition], position) => {
      const id = ids[position];
      if (id !== undefined && typeof figures === 'string') {
        snapshots.push(toSnapshot(id, storedFields(figures, definition ?? '|')));
      }
    });
    return snapshots;
  }

  async ledger(query: LedgerQuery = {}): Promise<LedgerRecord[]> {
    const limit = Math.max(0, Math.floor(query.limit ?? 100));
    if (limit === 0) return [];
    let roots: string[];
    if (query.budgetId === undefined) {
      roots = [
        ...new Set(Object.values(await this.#command(() => this.#client.hgetall(this.#indexKey)))),
      ];
    } else {
      const root = await this.#rootOf(query.budgetId);
      if (root === undefined) return [];
      roots = [root];
    }
    const found: { entry: LedgerRecord; streamId: string }[] = [];
    for (const root of roots) {
      found.push(...(await this.#readStream(`${this.#base(root)}ledger`, query, limit)));
    }
    found.sort(
      (a, b) => entryTime(b.entry) - entryTime(a.entry) || compareStreamIds(b.streamId, a.streamId),
    );
    return found.slice(0, limit).map(({ entry }) => entry);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (!this.#owned) return;
    try {
      await this.#client.quit();
    } catch {
      // Already down: nothing left to say goodbye to.
      this.#client.disconnect();
    }
  }

  /** Entries of one tree's stream, newest first, of the query's budget (all if none) and kind. */
  async #readStream(
    key: string,
    query: LedgerQuery,
    limit: number,
  ): Promise<{ entry: LedgerRecord; streamId: string }[]> {
    const { budgetId, kind } = query;
    const found: { entry: LedgerRecord; streamId: string }[] = [];
    let end = '+';
    const batch = Math.max(limit, 100);
    for (;;) {
      const rows = await this.#command(() => this.#client.xrevrange(key, end, '-', 'COUNT', batch));
      for (const [streamId, flat] of rows) {
        const entry = fromStream(flat);
        if (
          (budgetId === undefined || entry.chain.includes(budgetId)) &&
          isLedgerKind(entry, kind)
        ) {
          found.push({ entry, streamId });
          if (found.length >= limit) return found;
        }
      }
      const last = rows.at(-1);
      if (rows.length < batch || last === undefined) return found;
      end = `(${last[0]}`;
    }
  }

  /** The root of a budget's tree: recorded, or its parent's, or itself for a new root. */
  async #rootFor(id: string, parentId: string | null): Promise<string> {
    const known = await this.#rootOf(id);
    if (known !== undefined) return known;
    if (parentId === null) return id;
    return (await this.#rootOf(parentId)) ?? parentId;
  }

  #base(root: string): string {
    return `${this.#prefix}{${root}}:`;
  }

  async #rootOf(id: string): Promise<string | undefined> {
    const cached = this.#roots.get(id);
    if (cached !== undefined) return cached;
    const root = await this.#command(() => this.#client.hget(this.#indexKey, id));
    if (root === null) return undefined;
    this.#roots.set(id, root);
    return root;
  }

  /** Records budgets a command recreated from its chain, so status, list and expire find them. */
  async #indexChain(chain: readonly ChainLink[]): Promise<void> {
    if (chain.every((link) => this.#roots.has(link.id))) return;
    const root = rootLink(chain).id;
    await this.#index(chain.map((link) => [link.id, root]));
  }

  async #index(pairs: [string, string][]): Promise<void> {
    await this.#command(() => this.#client.hset(this.#indexKey, Object.fromEntries(pairs)));
    for (const [id, root] of pairs) this.#roots.set(id, root);
  }

  /**
   * Runs a reserve, settle or release. Commands issued in the same tick on the same tree
   * go together in one `batch` script (one round trip, one `EVALSHA`); a command alone
   * runs its own script. Either way each applies atomically, exactly as on its own.
   */
  #batched(base: string, name: BatchedCommand, keys: string[], args: string[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const queue = this.#queued.get(base);
      if (queue !== undefined && queue.length < maxBatch) {
        queue.push({ name, keys, args, resolve, reject });
        return;
      }
      if (queue !== undefined) this.#send(queue);
      this.#queued.set(base, [{ name, keys, args, resolve, reject }]);
      // After every promise job of this tick has run, so the whole burst goes together.
      if (!this.#flushing) {
        this.#flushing = true;
        process.nextTick(() => this.#sendQueued());
      }
    });
  }

  #sendQueued(): void {
    this.#flushing = false;
    const queued = this.#queued;
    this.#queued = new Map();
    for (const commands of queued.values()) this.#send(commands);
  }

  #send(commands: Queued[]): void {
    const [only] = commands;
    if (commands.length === 1 && only !== undefined) {
      this.#run(only.name, only.keys, only.args).then(only.resolve, only.reject);
      return;
    }
    this.#runBatch(commands).catch((error: unknown) => {
      for (const command of commands) command.reject(error);
    });
  }

  async #runBatch(commands: Queued[]): Promise<void> {
    const keys: string[] = [];
    const header: string[] = [String(commands.length)];
    const args: string[] = [];
    for (const command of commands) {
      header.push(command.name, String(command.keys.length), String(command.args.length));
      keys.push(...command.keys);
      args.push(...command.args);
    }
    const replies = (await this.#run('batch', keys, [...header, ...args])) as [0 | 1, unknown][];
    commands.forEach((command, index) => {
      const [ok, reply] = replies[index] ?? [0, 'no reply from the batch script'];
      if (ok === 1) command.resolve(reply);
      else command.reject(this.#unavailable(new Error(String(reply))));
    });
  }

  /** Runs a script by `EVALSHA`; after a Redis restart or on a new node, `EVAL` loads it again. */
  async #run(name: LuaScriptName, keys: string[], args: string[]): Promise<unknown> {
    await this.#ready();
    this.#scriptsLoaded ??= this.#loadScripts();
    await this.#scriptsLoaded;
    try {
      return await this.#client.evalsha(shas[name], keys.length, ...keys, ...args);
    } catch (error) {
      if (!isNoScript(error)) throw this.#unavailable(error);
    }
    try {
      return await this.#client.eval(luaScripts[name], keys.length, ...keys, ...args);
    } catch (error) {
      throw this.#unavailable(error);
    }
  }

  async #loadScripts(): Promise<void> {
    // On a cluster each node loads a script on first use through the `EVAL` fallback.
    if (!(this.#client instanceof Redis)) return;
    try {
      await Promise.all(
        Object.values(luaScripts).map((source) => this.#client.script('LOAD', source)),
      );
    } catch (error) {
      this.#scriptsLoaded = undefined;
      throw this.#unavailable(error);
    }
  }

  async #command<T>(operation: () => Promise<T>): Promise<T> {
    await this.#ready();
    try {
      return await operation();
    } catch (error) {
      throw this.#unavailable(error);
    }
  }

  /**
   * Fails fast when an owned connection is down; the first command waits (up to the
   * command timeout) for the initial connection instead of failing at once.
   */
  async #ready(): Promise<void> {
    if (this.#closed) throw new StoreUnavailableError('The redis budget store is closed.');
    if (!this.#owned || this.#client.status === 'ready') return;
    this.#firstReady ??= new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, this.#timeoutMs);
      this.#client.once('ready', done);
    });
    await this.#firstReady;
    // Read again: the status changed while waiting (TypeScript keeps the narrowed type).
    const status: string = this.#client.status;
    if (status !== 'ready') {
      const cause =
        this.#lastError === undefined ? undefined : redactError(this.#lastError, this.#secrets);
      throw new StoreUnavailableError(
        `The redis budget store cannot reach Redis at ${this.#where} (connection ${this.#client.status}${cause === undefined ? '' : `: ${cause.message}`}).`,
        { cause },
      );
    }
  }

  /** A store error for what ioredis threw, with every secret taken out of it and its causes. */
  #unavailable(error: unknown): unknown {
    if (TollgateError.isInstance(error)) return error;
    const cause = redactError(error, this.#secrets);
    return new StoreUnavailableError(
      `The redis budget store could not complete a command on Redis at ${this.#where}: ${cause.message}`,
      { cause },
    );
  }
}

// Commands per batch script. Small batches keep several in flight, so the client and Redis
// work at the same time; measured on the bench, 8 did better than 1, 16 or 32.
const maxBatch = 8;

// Core reuses frozen link objects until the window moves on, so a link's definition is
// encoded once rather than on every command.
const encodedLinks = new WeakMap<ChainLink, readonly [string, string, string]>();

/** A link's parent, limit (fixed form) and window as script arguments. */
function definitionArgs(link: ChainLink): readonly [string, string, string] {
  let encoded = encodedLinks.get(link);
  if (encoded === undefined) {
    encoded = [link.parentId ?? '', toFixed(link.limitUsd, 'down'), encodeWindow(link.window)];
    encodedLinks.set(link, encoded);
  }
  return encoded;
}

function rootLink(chain: readonly ChainLink[]): ChainLink {
  const root = chain.at(-1);
  if (root === undefined)
    throw new InvalidOptionsError('A store command needs a chain of at least one budget');
  return root;
}

/** The link at a 1-based position (as Lua reports it). */
function linkAt(chain: readonly ChainLink[], position: number): ChainLink {
  return chain[position - 1] ?? rootLink(chain);
}

function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT');
}

/** A URL for messages, without its credentials. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    parsed.searchParams.delete('password');
    return redactText(parsed.toString(), []);
  } catch {
    return 'the configured URL';
  }
}
