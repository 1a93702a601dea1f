import { createHash } from 'node:crypto';
import {
  InvalidOptionsError,
  StoreInvalidError,
  StoreUnavailableError,
  TollgateError,
} from '@tollgate/core';
import { closedStoreError } from '@tollgate/core/store-kit';
import { type Cluster, Redis } from 'ioredis';
import { type LuaScriptName, luaScripts } from './lua-scripts.js';
import { redactError, redactText, secretsOfClient, secretsOfUrl } from './redact-error.js';
import type { RedisConnection } from './redis-options.js';

/** A script defined on the client: `EVALSHA`, and `EVAL` once after a NOSCRIPT. */
type ScriptCommand = (keyCount: number, ...keysAndArgs: string[]) => Promise<unknown>;

// Each script is a command of its own on the client (ioredis `defineCommand`): ioredis
// sends `EVALSHA` and falls back to `EVAL` on NOSCRIPT (a restarted Redis, a new cluster
// node), and routes it by its keys on a cluster. The name carries the script's hash, so
// two versions of this package sharing one client never replace each other's scripts.
const commandNames = Object.fromEntries(
  Object.entries(luaScripts).map(([name, source]) => [
    name,
    `tollgate_${name}_${createHash('sha1').update(source).digest('hex').slice(0, 12)}`,
  ]),
) as Record<LuaScriptName, string>;

/**
 * The store's connection to Redis: the client (opened and owned, or given), its scripts,
 * and every failure turned into a `StoreUnavailableError` that carries no secret.
 */
export class StoreConnection {
  readonly client: Redis | Cluster;
  readonly #owned: boolean;
  readonly #timeoutMs: number;
  readonly #where: string;
  /** What must never appear in an error: the password of the URL or of the given client. */
  readonly #secrets: readonly string[];
  readonly #scripts: Record<LuaScriptName, ScriptCommand>;
  #firstReady: Promise<void> | undefined;
  #lastError: unknown;
  /**
   * The database index Redis refused on this connection (`SELECT` out of range): ioredis
   * reports it as an `error` event and carries on in database 0, which must never take a
   * budget's data. Cleared when the connection is made again (the select is sent anew).
   */
  #refusedDatabase: string | undefined;
  #closed = false;

  constructor(connection: RedisConnection, timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    if (connection.url !== undefined) {
      this.#owned = true;
      this.#secrets = secretsOfUrl(connection.url);
      this.#where = redactUrl(connection.url);
      this.client = new Redis(connection.url, {
        // Fail fast while Redis is down: no queue of commands waiting for a reconnect.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: timeoutMs,
        connectTimeout: timeoutMs,
        // Keep reconnecting in the background, at most a second apart.
        retryStrategy: (times) => Math.min(times * 50, 1000),
      });
    } else {
      this.#owned = false;
      this.#where = 'the given client';
      this.client = connection.client;
      this.#secrets = secretsOfClient(connection.client.options);
      assertNoKeyPrefix(connection.client);
    }
    this.#scripts = defineScripts(this.client);
    // Without a listener ioredis prints every connection error; the store reports them
    // through refused calls instead.
    this.client.on('error', (error: unknown) => {
      this.#lastError = error;
      const database = refusedDatabaseOf(error);
      if (database !== undefined) this.#refusedDatabase = database;
    });
    // Emitted before the select is sent, so a refusal of it always lands after.
    this.client.on('connect', () => {
      this.#refusedDatabase = undefined;
    });
  }

  /** Runs one of the store's scripts atomically on Redis. */
  run(name: LuaScriptName, keys: readonly string[], args: readonly string[]): Promise<unknown> {
    const script = this.#scripts[name];
    // The hot path: connected, so no wait for the connection (one async step less per call).
    if (this.#isReady()) {
      return script(keys.length, ...keys, ...args).catch((error: unknown) => {
        throw this.unavailable(error);
      });
    }
    return this.command(() => script(keys.length, ...keys, ...args));
  }

  /** Runs a Redis command once the connection is up, as a `StoreUnavailableError` if it fails. */
  async command<T>(operation: () => Promise<T>): Promise<T> {
    await this.#ready();
    try {
      return await operation();
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  /**
   * A store error for what ioredis threw, with every secret taken out of it and its causes.
   * Once the store is closed, what failed failed for that (an owned connection quit under
   * a command in flight): `STORE_INVALID`, not an outage.
   */
  unavailable(error: unknown): unknown {
    if (TollgateError.isInstance(error)) return error;
    if (this.#closed) return this.#closedError();
    const cause = redactError(error, this.#secrets);
    return new StoreUnavailableError(
      `The redis budget store could not complete a command on Redis at ${this.#where}: ${cause.message}`,
      { cause },
    );
  }

  /**
   * Stops further commands: each fails with `STORE_INVALID` from then on, whether the
   * store opened its connection (quit here) or was given a client (left open for its owner).
   * "Closed" means this call, not the client's state: a given client that its owner quit or
   * that lost its connection is an outage (`STORE_UNAVAILABLE`), since it may reconnect.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (!this.#owned) return;
    try {
      await this.client.quit();
    } catch {
      // Already down: nothing left to say goodbye to.
      this.client.disconnect();
    }
  }

  #closedError(): StoreInvalidError {
    // A given client has no address of the store's own to name.
    return closedStoreError('redis', this.#owned ? this.#where : undefined);
  }

  /** True when a command can go at once: the store is open and its connection up (or not its own). */
  #isReady(): boolean {
    return (
      !this.#closed &&
      this.#refusedDatabase === undefined &&
      (!this.#owned || this.client.status === 'ready')
    );
  }

  /** `STORE_INVALID` for a database index the server does not have, with its count if it says. */
  async #wrongDatabaseError(database: string): Promise<StoreInvalidError> {
    const count = await (this.client.config('GET', 'databases') as Promise<unknown>).then(
      (reply) => (Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : undefined),
      () => undefined,
    );
    const has = count === undefined ? '' : ` (it has ${count}: 0 to ${Number(count) - 1})`;
    return new StoreInvalidError(
      `The redis budget store cannot use database ${database} on Redis at ${this.#where}: the server has no such database${has}. Use a database index the server has (the URL's path, redis://host:6379/<index>, or the client's db option), or raise its databases setting; nothing was read or written in database 0 instead.`,
      { cause: redactError(this.#lastError, this.#secrets) },
    );
  }

  /**
   * Fails fast when an owned connection is down; the first command waits (up to the
   * command timeout) for the initial connection instead of failing at once.
   */
  async #ready(): Promise<void> {
    if (this.#closed) throw this.#closedError();
    if (this.#isReady()) return;
    if (this.#refusedDatabase !== undefined)
      throw await this.#wrongDatabaseError(this.#refusedDatabase);
    this.#firstReady ??= new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, this.#timeoutMs);
      this.client.once('ready', done);
    });
    await this.#firstReady;
    const refused: string | undefined = this.#refusedDatabase;
    if (refused !== undefined) throw await this.#wrongDatabaseError(refused);
    // Read again: the status changed while waiting (TypeScript keeps the narrowed type).
    const status: string = this.client.status;
    if (status !== 'ready') {
      const cause =
        this.#lastError === undefined ? undefined : redactError(this.#lastError, this.#secrets);
      throw new StoreUnavailableError(
        `The redis budget store cannot reach Redis at ${this.#where} (connection ${this.client.status}${cause === undefined ? '' : `: ${cause.message}`}).`,
        { cause },
      );
    }
  }
}

/** The database index of a `SELECT` Redis refused, as ioredis reports it; else undefined. */
function refusedDatabaseOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const command = (error as { command?: { name?: unknown; args?: unknown } }).command;
  if (command?.name !== 'select' || !Array.isArray(command.args)) return undefined;
  return String(command.args[0]);
}

/** Defines every script on the client (idempotent: same name, same source). */
function defineScripts(client: Redis | Cluster): Record<LuaScriptName, ScriptCommand> {
  const commands = client as unknown as Record<string, ScriptCommand>;
  const scripts = {} as Record<LuaScriptName, ScriptCommand>;
  for (const name of Object.keys(luaScripts) as LuaScriptName[]) {
    const commandName = commandNames[name];
    if (typeof commands[commandName] !== 'function')
      client.defineCommand(commandName, { lua: luaScripts[name] });
    const command = commands[commandName] as ScriptCommand;
    scripts[name] = (...parameters) => command.apply(client, parameters);
  }
  return scripts;
}

function assertNoKeyPrefix(client: Redis | Cluster): void {
  const keyPrefix = (client.options as { keyPrefix?: string } | undefined)?.keyPrefix;
  if (keyPrefix === undefined || keyPrefix === '') return;
  throw new InvalidOptionsError(
    "redisStore: the client has ioredis keyPrefix set; scripts build keys themselves, so use the store's prefix option instead",
    [{ path: 'client.options.keyPrefix', message: 'must be empty' }],
  );
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
