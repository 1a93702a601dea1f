import { createHash } from 'node:crypto';
import {
  BudgetConflictError,
  type BudgetDefinition,
  type BudgetRefusal,
  type BudgetSnapshot,
  type BudgetStore,
  type ChainLink,
  describeWindow,
  type ExpiredReservation,
  InvalidOptionsError,
  type LedgerEntry,
  type LedgerQuery,
  picoToUsd,
  type ReleaseCommand,
  type ReserveCommand,
  type ReserveOutcome,
  type SettleCommand,
  type SettlementDetails,
  type SettleOutcome,
  StoreUnavailableError,
  TollgateError,
} from '@tollgate/core';
import { type Cluster, Redis } from 'ioredis';
import { fixedToPico, fromFixed, limbsToFixed, toFixed } from './fixed-money.js';
import { type BatchedCommand, type LuaScriptName, luaScripts } from './lua-scripts.js';
import { decodeWindow, encodeWindow } from './window-codec.js';

/** How to reach Redis: a URL (the store owns the connection) or a client you own. */
export type RedisConnection =
  | {
      /** A `redis://` (or `rediss://`) URL; the store opens and closes the connection. */
      url: string;
    }
  | {
      /** An ioredis client or cluster you own: the store never closes it. */
      client: Redis | Cluster;
    };

/** Options of `redisStore()`. */
export interface RedisStoreOptions {
  /**
   * Prefix of every key the store writes, so several applications can share a Redis.
   * Must not contain `{` or `}` (the store uses hash tags).
   * @default 'tollgate:'
   */
  prefix?: string;
  /**
   * Approximate number of ledger entries kept per budget tree (`XADD ... MAXLEN ~`).
   * `0` writes no ledger.
   * @default 10000
   */
  ledgerMaxLength?: number;
  /**
   * How long a command may take before it fails, in milliseconds. When Redis cannot be
   * reached calls fail within this time (and core refuses them with `STORE_UNAVAILABLE`)
   * instead of hanging. Also the longest the first command waits for the connection.
   * @default 2000
   */
  commandTimeoutMs?: number;
  /**
   * How long an ended reservation is remembered, in milliseconds, so that a settle or
   * release retried after an ambiguous network failure is applied once.
   * @default 86400000 (a day)
   */
  tombstoneTtlMs?: number;
}

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
 */
export function redisStore(
  connection: RedisConnection,
  options: RedisStoreOptions = {},
): BudgetStore {
  return new RedisStore(connection, options);
}

type Fields = [string, string, string, string, string, string, string];

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
    if (/[{}]/.test(prefix)) {
      throw new InvalidOptionsError('redisStore: prefix must not contain { or }', [
        { path: 'prefix', message: 'must not contain { or }' },
      ]);
    }
    this.#prefix = prefix;
    this.#indexKey = `${prefix}budgets`;
    this.#ledgerMax = String(Math.max(0, Math.floor(options.ledgerMaxLength ?? 10_000)));
    this.#timeoutMs = options.commandTimeoutMs ?? 2000;
    this.#tombstoneTtl = String(Math.max(1, Math.floor(options.tombstoneTtlMs ?? 86_400_000)));
    if ('url' in connection) {
      this.#owned = true;
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
    const root =
      known ??
      (definition.parentId === null
        ? definition.id
        : ((await this.#rootOf(definition.parentId)) ?? definition.parentId));
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
    const chain = command.chain;
    const base = this.#base(rootLink(chain).id);
    // Reservation metadata is not kept here: a call's metadata reaches the ledger with its settlement.
    const keys = [`${base}due`, `${base}holds`];
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
      | [0, number, Fields, string];
    await this.#indexChain(chain);
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
    const reply = await this.#batched(
      base,
      'release',
      [`${base}due`, `${base}holds`, `${base}end:${command.reservationId}`],
      [base, command.reservationId, this.#tombstoneTtl],
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

  async ledger(query: LedgerQuery = {}): Promise<LedgerEntry[]> {
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
    const found: { entry: LedgerEntry; streamId: string }[] = [];
    for (const root of roots) {
      found.push(...(await this.#readStream(`${this.#base(root)}ledger`, query.budgetId, limit)));
    }
    found.sort(
      (a, b) => b.entry.settledAt - a.entry.settledAt || compareStreamIds(b.streamId, a.streamId),
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

  /** Entries of one tree's stream, newest first, that charged `budgetId` (all if undefined). */
  async #readStream(
    key: string,
    budgetId: string | undefined,
    limit: number,
  ): Promise<{ entry: LedgerEntry; streamId: string }[]> {
    const found: { entry: LedgerEntry; streamId: string }[] = [];
    let end = '+';
    const batch = Math.max(limit, 100);
    for (;;) {
      const rows = await this.#command(() => this.#client.xrevrange(key, end, '-', 'COUNT', batch));
      for (const [streamId, flat] of rows) {
        const entry = fromStream(flat);
        if (budgetId === undefined || entry.chain.includes(budgetId)) {
          found.push({ entry, streamId });
          if (found.length >= limit) return found;
        }
      }
      const last = rows.at(-1);
      if (rows.length < batch || last === undefined) return found;
      end = `(${last[0]}`;
    }
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
      throw new StoreUnavailableError(
        `The redis budget store cannot reach Redis at ${this.#where} (connection ${this.#client.status}${this.#lastError === undefined ? '' : `: ${errorMessage(this.#lastError)}`}).`,
        { cause: this.#lastError },
      );
    }
  }

  #unavailable(error: unknown): unknown {
    if (TollgateError.isInstance(error)) return error;
    return new StoreUnavailableError(
      `The redis budget store could not complete a command on Redis at ${this.#where}: ${errorMessage(error)}`,
      { cause: error },
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

/**
 * A budget as stored (`m` "limitD|limitP|spentD|spentP|reservedD|reservedP|calls|windowStart"
 * and `d` "parent|window") in the fields the scripts answer with.
 */
function storedFields(figures: string, definition: string): Fields {
  const [limitD, limitP, spentD, spentP, reservedD, reservedP, calls, windowStart] =
    figures.split('|');
  const [parent = '', window = ''] = definition.split('|');
  return [
    parent,
    limbsToFixed(limitD, limitP),
    window,
    limbsToFixed(spentD, spentP),
    limbsToFixed(reservedD, reservedP),
    calls ?? '0',
    windowStart ?? '',
  ];
}

function toSnapshot(id: string, fields: Fields): BudgetSnapshot {
  const [parent, limit, window, spent, reserved, calls, windowStart] = fields;
  return {
    id,
    parentId: parent === '' ? null : parent,
    limitUsd: fromFixed(limit),
    spentUsd: fromFixed(spent),
    reservedUsd: fromFixed(reserved),
    calls: Number(calls),
    window: decodeWindow(window),
    windowStart: windowStart === '' ? null : Number(windowStart),
  };
}

function toRefusal(
  budgetId: string,
  fields: Fields,
  requestedUsd: string,
  heldOnly: string,
): BudgetRefusal {
  const snapshot = toSnapshot(budgetId, fields);
  return {
    budgetId,
    limitUsd: snapshot.limitUsd,
    spentUsd: snapshot.spentUsd,
    reservedUsd: snapshot.reservedUsd,
    requestedUsd,
    heldOnly: heldOnly === '1',
  };
}

function ledgerEntry(
  command: SettleCommand,
  chain: string[],
  reservedFixed: string,
  actualFixed: string,
  facts: { late: boolean; settledAt: number },
): LedgerEntry {
  return {
    reservationId: command.reservationId,
    budgetId: chain[0] ?? '',
    chain,
    ...amounts(reservedFixed, actualFixed),
    settledAt: facts.settledAt,
    late: facts.late,
    details: command.details,
  };
}

/** A settlement's amounts from the fixed form, with the overrun (never negative). */
function amounts(
  reservedFixed: string,
  actualFixed: string,
): Pick<LedgerEntry, 'reservedUsd' | 'actualUsd' | 'overrunUsd'> {
  const reserved = fixedToPico(reservedFixed);
  const actual = fixedToPico(actualFixed);
  return {
    reservedUsd: picoToUsd(reserved),
    actualUsd: picoToUsd(actual),
    overrunUsd: actual > reserved ? picoToUsd(actual - reserved) : '0',
  };
}

/** A ledger stream entry: `e` "id|chain|reserved|actual|settledAt|late", `d` the details. */
function fromStream(flat: string[]): LedgerEntry {
  let facts = '';
  let details = '{}';
  for (let index = 0; index + 1 < flat.length; index += 2) {
    if (flat[index] === 'e') facts = flat[index + 1] as string;
    else if (flat[index] === 'd') details = flat[index + 1] as string;
  }
  const [reservationId = '', chainText = '', reserved = '0', actual = '0', at = '0', late] =
    facts.split('|');
  const chain = chainText.split(',');
  return {
    reservationId,
    budgetId: chain[0] ?? '',
    chain,
    ...amounts(reserved, actual),
    settledAt: Number(at),
    late: late === '1',
    details: JSON.parse(details) as SettlementDetails,
  };
}

function compareStreamIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs - bMs || aSeq - bSeq;
}

function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A URL for messages, without its password. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
