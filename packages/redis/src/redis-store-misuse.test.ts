import { inspect } from 'node:util';
import {
  createBudget,
  InvalidOptionsError,
  type SettlementPendingEvent,
  StoreUnavailableError,
} from '@tollgate/core';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

const serverPassword = 'server-canary-7f3a9c';
let locked: RedisServerHandle;
let open: RedisServerHandle;
beforeAll(async () => {
  locked = await startRedisServer({ extraArguments: ['--requirepass', serverPassword] });
  open = await startRedisServer();
});
afterAll(async () => {
  await locked?.dispose();
  await open?.dispose();
});
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
let budgets = 0;
const budgetId = () => {
  budgets += 1;
  return `misuse-${process.pid}-${budgets}`;
};

/** Everything `console.error(error)` could print, causes included. */
const printed = (value: unknown) => inspect(value, { depth: 10, showHidden: true });

describe('redisStore errors carry no secret', () => {
  it.each([
    [
      'a wrong password in the URL',
      'url-canary-pw-1',
      (port: number) => `redis://:url-canary-pw-1@127.0.0.1:${port}`,
    ],
    [
      'a user and a wrong password in the URL',
      'url-canary-pw-2',
      (port: number) => `redis://alice:url-canary-pw-2@127.0.0.1:${port}`,
    ],
    [
      'a URL-encoded password',
      'p@ss/canary 3',
      (port: number) => `redis://:${encodeURIComponent('p@ss/canary 3')}@127.0.0.1:${port}`,
    ],
  ])('with %s against a server that requires a password', async (_, secret, urlFor) => {
    const store = redisStore({ url: urlFor(locked.port), commandTimeoutMs: 500 });
    cleanups.push(() => store.close());
    const budget = createBudget({ id: budgetId(), limitUsd: '1', store, onStoreError: 'allow' });
    const pending: SettlementPendingEvent[] = [];
    budget.on('settlement-pending', (event) => pending.push(event));
    const refused = await createBudget({ id: budgetId(), limitUsd: '1', store })
      .reserve('0.1')
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as Error).message).toMatch(/WRONGPASS|NOAUTH|invalid username-password/);
    const unheld = await budget.reserve('0.1');
    await unheld.settle('0.05');
    expect(pending.length).toBeGreaterThan(0);
    for (const shown of [refused, ...pending.map((event) => event.error)].map(printed)) {
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain(encodeURIComponent(secret));
      expect(shown).toContain('StoreUnavailableError');
    }
  });

  it('with the password of a client the caller owns', async () => {
    const secret = 'client-canary-pw-5';
    const client = new Redis({
      port: locked.port,
      host: '127.0.0.1',
      password: secret,
      // The first command waits for the connection, and fails with the AUTH reply error
      // (its command.args hold the password).
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    cleanups.push(async () => client.disconnect());
    const store = redisStore({ client });
    const error = await createBudget({ id: budgetId(), limitUsd: '1', store })
      .reserve('0.1')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain('WRONGPASS');
    expect(printed((error as Error).cause)).toContain('ReplyError');
    expect(printed(error)).not.toContain(secret);
  });
});

describe('redisStore options', () => {
  it('suggests the documented name for a mistyped key', () => {
    expect(() => redisStore({ url: open.url }, { commandTimeoutMS: 200 } as never)).toThrow(
      /unknown option "commandTimeoutMS"; did you mean commandTimeoutMs\?/,
    );
  });

  it.each([
    [{ prefix: 'a{b}' }, 'prefix'],
    [{ prefix: 7 }, 'prefix'],
    [{ ledgerMaxLength: -1 }, 'ledgerMaxLength'],
    [{ commandTimeoutMs: 0 }, 'commandTimeoutMs'],
    [{ commandTimeoutMs: '200' }, 'commandTimeoutMs'],
    [{ tombstoneTtlMs: 1.5 }, 'tombstoneTtlMs'],
  ])('rejects %o at %s', (options, path) => {
    let error: unknown;
    try {
      redisStore({ url: open.url }, options as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).issues[0]?.path).toBe(path);
  });

  it.each([
    ['a URL string alone', 'redis://:conn-canary@127.0.0.1:1', ''],
    ['no URL', {}, ''],
    ['a URL that is not a Redis one', { url: 'http://:conn-canary@127.0.0.1:1' }, 'url'],
    ['a URL that is not a string', { url: 6379 }, 'url'],
    ['a client that is not one', { client: {} }, 'client'],
    ['both', { url: 'redis://127.0.0.1:1', client: {} }, ''],
  ])('rejects a connection given as %s, without repeating its URL', (_, connection, path) => {
    let error: unknown;
    try {
      redisStore(connection as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as InvalidOptionsError).issues[0]?.path).toBe(path);
    expect(printed(error)).not.toContain('conn-canary');
  });
});
