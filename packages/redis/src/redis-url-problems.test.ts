import { inspect } from 'node:util';
import { createBudget, InvalidOptionsError } from '@tollgate/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStore } from './redis-store.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

// What ioredis would make of these URLs: /abc sends SELECT NaN (a ReplyError no command
// catches: the process dies), /1.5 and /3x parseInt to databases 1 and 3, and a bad % escape
// in the credentials throws a bare URIError from its decodeURIComponent.

const secret = 'url-problem-canary-93d1';
let server: RedisServerHandle;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.dispose();
});

/** The InvalidOptionsError `redisStore({ url })` throws itself (fails the test otherwise). */
function refusal(url: string): InvalidOptionsError {
  try {
    const store = redisStore({ url });
    void store.close();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionsError);
    return error as InvalidOptionsError;
  }
  return expect.unreachable(`expected redisStore to refuse ${url}`);
}

describe('redisStore({ url }) checks the URL before ioredis reads it', () => {
  it.each([
    ['/abc', 'the database as the path /0, /1', 'the path "/abc"'],
    ['/1.5', 'the database as the path /0, /1', 'the path "/1.5"'],
    ['/3x', 'the database as the path /0, /1', 'the path "/3x"'],
    ['/-1', 'the database as the path /0, /1', 'the path "/-1"'],
    ['/%E0%A4%A', 'the database as the path /0, /1', 'the path "/%E0%A4%A"'],
    ['/1/2', 'the database as the path /0, /1', 'the path "/1/2"'],
    ['/99999999999999999999', 'a database index of at most', 'the path "/99999999999999999999"'],
    ['?db=abc', 'the database as the path /0, /1', '?db="abc"'],
  ])('refuses the database %s as an issue on url', (tail, expected, received) => {
    const error = refusal(`redis://:${secret}@127.0.0.1:${server.port}${tail}`);
    expect(error.issues).toEqual([
      { path: 'url', message: expect.stringContaining(`expected ${expected}`) },
    ]);
    expect(error.issues[0]?.message).toMatch(new RegExp(`, received ${escaped(received)}$`));
    expect(inspect(error, { depth: 10 })).not.toContain(secret);
  });

  it.each([
    ['password', `redis://:${secret}%zz@127.0.0.1:1`],
    ['password', `redis://alice:${secret}%E0%A4%A@127.0.0.1:1`],
    ['username', `redis://al%ice:${secret}@127.0.0.1:1`],
  ])('refuses a %s with a malformed %% escape, never repeating it', (part, url) => {
    const error = refusal(url);
    expect(error.issues).toEqual([
      {
        path: 'url',
        message: `expected the ${part} percent-encoded (% followed by two hex digits of UTF-8, %25 for % itself), received a ${part} with a malformed % escape (not shown)`,
      },
    ]);
    expect(inspect(error, { depth: 10 })).not.toContain(secret);
  });

  it('lists every problem of one URL', () => {
    const error = refusal(`redis://al%ice:${secret}%zz@127.0.0.1:1/x`);
    expect(error.issues.map((issue) => issue.message.split(',')[0])).toEqual([
      'expected the database as the path /0',
      'expected the username percent-encoded (% followed by two hex digits of UTF-8',
      'expected the password percent-encoded (% followed by two hex digits of UTF-8',
    ]);
  });

  it.each([
    ['', 0],
    ['/', 0],
    ['/2', 2],
    ['/02', 2],
    ['?db=3', 3],
  ])('uses the database of %s', async (tail, database) => {
    const store = redisStore({ url: `${server.url}${tail}`, prefix: `url-db-${database}:` });
    const budget = createBudget({ id: `url-db${tail.replace(/\W/g, '-')}`, limitUsd: 1, store });
    await (await budget.reserve('0.25')).settle('0.125');
    await store.close();
    const inspector = new Redis({ port: server.port, host: '127.0.0.1', db: database });
    try {
      expect(await inspector.keys(`url-db-${database}:*`)).not.toEqual([]);
    } finally {
      inspector.disconnect();
    }
  });
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
