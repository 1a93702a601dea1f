import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactError, redactText, secretsOfClient, secretsOfUrl } from './redact-error.js';
import { type RedisServerHandle, startRedisServer } from './test-support/redis-server.js';

let server: RedisServerHandle;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  await server?.dispose();
});
const printed = (value: unknown) => inspect(value, { depth: 10, showHidden: true });

describe('redactError', () => {
  it('cleans a real AUTH reply error, whose command arguments hold the password', async () => {
    const secret = 'echoed-canary-pw';
    const raw = new Redis(server.url);
    const error = await raw.call('AUTH', secret).catch((caught: unknown) => caught);
    raw.disconnect();
    expect(printed(error)).toContain(secret); // in command.args
    const redacted = redactError(error, [secret]);
    expect(printed(redacted)).not.toContain(secret);
    expect(redacted).toMatchObject({ name: 'ReplyError' });
    expect(redacted.message).toMatch(/^ERR AUTH <password> called without any password configured/);
    // A server that did repeat it would have it replaced in the message too.
    expect(redactError(new Error(`ERR AUTH ${secret} failed`), [secret]).message).toBe(
      'ERR AUTH *** failed',
    );
    expect(redacted).not.toHaveProperty('command');
  });

  it('keeps a string code, cleans the cause chain and stops at a cycle', () => {
    const inner = Object.assign(new Error('connect to redis://bob:hunter2@db:6379 failed'), {
      code: 'ECONNREFUSED',
      args: ['hunter2'],
    });
    const outer = new Error('wrapped', { cause: inner });
    (inner as { cause?: unknown }).cause = outer;
    const redacted = redactError(outer, ['hunter2']);
    expect(printed(redacted)).not.toContain('hunter2');
    expect(redacted.cause).toMatchObject({
      code: 'ECONNREFUSED',
      message: 'connect to redis://***@db:6379 failed',
    });
    expect(redactError('plain text hunter2', ['hunter2']).message).toBe('plain text ***');
  });

  it('finds the secrets of a URL and of client options', () => {
    expect(secretsOfUrl('redis://u:p%40ss@host:1/0?password=q')).toEqual(['p%40ss', 'p@ss', 'q']);
    expect(secretsOfUrl('not a url')).toEqual([]);
    expect(secretsOfClient({ password: 'a', redisOptions: { password: 'b' } })).toEqual(['a', 'b']);
    expect(secretsOfClient(undefined)).toEqual([]);
    expect(redactText('x', ['', 'y'])).toBe('x');
  });
});
