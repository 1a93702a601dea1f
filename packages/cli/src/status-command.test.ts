import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Reuses the Redis package's helper: a private redis-server on a free loopback port.
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../redis/src/test-support/redis-server.js';
import { captureIO, runMain } from './test-support/capture-io.js';
import { spend } from './test-support/spend.js';

const run = (...args: string[]) => runMain(args);

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-status-'));
let redis: RedisServerHandle;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});

const spec = {
  root: { id: 'session', limitUsd: '0.5', window: 'day' as const },
  plan: { id: 'plan-a', limitUsd: '0.2' },
  calls: [
    {
      model: 'gpt-4o',
      provider: 'openai',
      costUsd: '0.0123',
      holdUsd: '0.02',
      input: 1200,
      output: 300,
    },
    {
      model: 'claude-haiku-4-5',
      provider: 'anthropic',
      costUsd: '0.0017',
      input: 700,
      output: 200,
    },
  ],
  holdUsd: '0.01',
};

describe.each([
  ['sqlite', () => `sqlite:${join(dir, 'budgets.db')}`],
  ['redis', () => `${redis.url}/0`],
])('tollgate status on a real %s store', (_kind, url) => {
  beforeAll(async () => {
    await spend({ ...spec, store: url() });
  });

  it('lists every budget with limit, spent, held, remaining, window and reset time', async () => {
    const { code, out, err } = await run('status', '--store', url());
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^2 budgets in (sqlite:|redis:\/\/).* at \d{4}-/);
    expect(lines.slice(2, 5)).toEqual([
      'budget    limit      spent       held  remaining  calls  window  resets',
      expect.stringMatching(
        /^session {3}\$0\.50 {2}\$0\.014000 {2}\$0\.010000 {2}\$0\.476000 {6}2 {2}day {5}\d{4}-\d\d-\d\dT00:00:00\.000Z$/,
      ),
      // A plan with no window of its own follows its session's day.
      expect.stringMatching(
        /^ {2}plan-a {2}\$0\.20 {2}\$0\.014000 {2}\$0\.010000 {2}\$0\.176000 {6}2 {2}day {5}\d{4}-\d\d-\d\dT00:00:00\.000Z$/,
      ),
    ]);
  });

  it('prints exact decimal strings with --json', async () => {
    const { code, out } = await run('status', '--store', url(), '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.budgets).toEqual([
      {
        id: 'session',
        parentId: null,
        limitUsd: '0.5',
        spentUsd: '0.014',
        reservedUsd: '0.01',
        remainingUsd: '0.476',
        calls: 2,
        window: 'day',
        resetsAt: expect.stringMatching(/T00:00:00\.000Z$/),
      },
      {
        id: 'plan-a',
        parentId: 'session',
        limitUsd: '0.2',
        spentUsd: '0.014',
        reservedUsd: '0.01',
        remainingUsd: '0.176',
        calls: 2,
        window: 'day',
        resetsAt: expect.stringMatching(/T00:00:00\.000Z$/),
      },
    ]);
  });

  it("shows no spend once the stored window is over, and the next window's reset", async () => {
    const tomorrow = Date.now() + 86_400_000;
    const io = captureIO();
    const { statusCommand } = await import('./status-command.js');
    await statusCommand({ store: url(), json: true, now: tomorrow }, io);
    const [session] = JSON.parse(io.out()).budgets;
    // A day on, the hold left in flight is past its deadline too: released, not shown as held.
    expect(session).toMatchObject({ spentUsd: '0', calls: 0, reservedUsd: '0' });
    expect(Date.parse(session.resetsAt)).toBeGreaterThan(tomorrow);
  });
});

describe('tollgate status errors', () => {
  it('refuses --prefix for a SQLite store (it would be ignored) with exit 2, in every command', async () => {
    const url = `sqlite:${join(dir, 'budgets.db')}`;
    const commands = [
      ['status'],
      ['watch'],
      ['budget', 'list'],
      ['budget', 'show', 'session'],
      ['budget', 'top-up', 'session', '1', '--reason', 'x'],
      ['budget', 'apply', join(dir, 'missing.yaml'), '--dry-run'],
    ];
    for (const command of commands) {
      const { code, out, err } = await run(...command, '--store', url, '--prefix', 'team-a:');
      expect({ code, out }).toEqual({ code: 2, out: '' });
      expect(err).toBe(
        `tollgate: --prefix is the key prefix of a Redis store; ${url} is a SQLite file, which has none\n`,
      );
    }
  });

  it('names the accepted forms for a bad store URL (exit 2)', async () => {
    for (const bad of ['mysql://localhost', 'budgets.db', 'sqlite:', 'redis://host:6379/x']) {
      const { code, err } = await run('status', '--store', bad);
      expect(code).toBe(2);
      expect(err).toContain('sqlite:PATH');
      expect(err).toContain('redis://HOST:PORT[/DB]');
    }
  });

  it('refuses a Redis URL whose password or database does not read, as a usage error without the password', async () => {
    const cases = [
      [
        'redis://:s3cret-canary%zz@127.0.0.1:1',
        'tollgate: --store "redis://:***@127.0.0.1:1": the password has a malformed % escape; write each % of it as %25 (a % must be followed by two hex digits)\n',
      ],
      [
        'redis://al%ice:s3cret-canary@127.0.0.1:1',
        'tollgate: --store "redis://al%ice:***@127.0.0.1:1": the username has a malformed % escape; write each % of it as %25 (a % must be followed by two hex digits)\n',
      ],
      [
        'redis://:s3cret-canary@127.0.0.1:1/1.5',
        'tollgate: --store "redis://:***@127.0.0.1:1/1.5": the database must be a number (/0, /1 …); expected sqlite:PATH (or sqlite://PATH) for a SQLite file, or redis://HOST:PORT[/DB] for Redis\n',
      ],
      [
        'redis://:s3cret-canary@127.0.0.1:1?db=x',
        'tollgate: Invalid redisStore options: url: expected the database as the path /0, /1 … (a whole number) or no path, as in redis://host:6379/2, received ?db="x"\n',
      ],
    ];
    for (const [url, message] of cases) {
      const { code, out, err } = await run('status', '--store', url as string);
      expect({ code, out, err }).toEqual({ code: 2, out: '', err: message });
    }
  });

  it('fails with exit 1 for a missing SQLite file or an unreachable Redis', async () => {
    const missing = await run('status', '--store', `sqlite:${join(dir, 'nope.db')}`);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No SQLite store at');
    const down = await run('status', '--store', 'redis://127.0.0.1:1');
    expect(down.code).toBe(1);
    expect(down.err).toContain('Cannot read redis://127.0.0.1:1');
  });

  it('fails with exit 1 for a Redis database index the server does not have', async () => {
    // Never the silent fallback to database 0 that ioredis makes.
    const { code, out, err } = await run('status', '--store', `${redis.url}/99`);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`Cannot read ${redis.url}/99`);
    expect(err).toMatch(/database 99 .*no such database \(it has 16: 0 to 15\)/);
  });

  it('says so when the store holds no budgets', async () => {
    const { code, out } = await run('status', '--store', `${redis.url}/3`);
    expect(code).toBe(0);
    expect(out).toContain(`No budgets in ${redis.url}/3.`);
  });
});
