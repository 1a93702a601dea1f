import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../redis/src/test-support/redis-server.js';
import { demoSteps } from './demo-script.js';
import { type DemoState, demoDashboard, renderStatement } from './demo-statement.js';
import { nextDemoRun } from './demo-store.js';
import { renderDashboard } from './render-dashboard.js';
import { runMain } from './test-support/capture-io.js';
import { runCli } from './test-support/run-cli.js';

// No API keys: the demo must never need them (it talks to the loopback mock).
const runDemo = (args: string[]) => runCli(['demo', ...args]);

const run = (...args: string[]) => runMain(args);

describe('tollgate demo (as a process)', () => {
  it('refuses plan-b before dispatch, ends with the statement, and exits 0', async () => {
    const { code, out, err } = await runDemo(['--plain']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(
      /^tollgate demo: budget session \$0\.50 with plan-a \$0\.20 and plan-b \$0\.02; 12 calls .* mock provider at http:\/\/127\.0\.0\.1:\d+$/,
    );
    // Eleven calls charged, one refused, in order.
    const callLines = lines.filter((line) => /^#\d+ /.test(line));
    expect(callLines).toHaveLength(12);
    expect(callLines.filter((line) => line.includes(' charged $'))).toHaveLength(11);
    expect(callLines[7]).toMatch(
      /^#8 plan-b anthropic claude-sonnet-4-6 once REFUSED before dispatch: plan-b has \$0\.\d{4} left of \$0\.02; this call could cost up to \$0\.\d{4}; provider requests 7 → 7: nothing was sent$/,
    );
    // Two steps go through the Vercel AI SDK on the same plan budgets, charged like the rest.
    expect(callLines[8]).toMatch(
      /^#9 plan-a openai gpt-4o-mini ai-sdk stream held \$0\.\d{6} charged \$0\.\d{6} \(in 1,012, out 350 tokens\)$/,
    );
    expect(callLines[10]).toMatch(
      /^#11 plan-a openai gpt-4o ai-sdk once held .* out 120 tokens\)$/,
    );
    // The statement: every call, totals per budget, the provider's count and the pricing version.
    const start = lines.indexOf(
      'Statement: 12 calls attempted, 11 charged, 1 refused before dispatch',
    );
    expect(start).toBeGreaterThan(0);
    const statement = lines.slice(start).join('\n');
    expect(statement).toMatch(/^ {3}# {2}budget {2}model +mode +in +out +cost$/m);
    expect(statement).toMatch(/^ {3}8 {2}plan-b {2}claude-sonnet-4-6 +once +— +— +REFUSED$/m);
    expect(statement).toMatch(
      /^Refused before dispatch: #8 claude-sonnet-4-6 on plan-b: plan-b has \$0\.\d{4} left of \$0\.02; this call could cost up to \$0\.\d{4}\.\n {2}Provider requests 7 → 7: nothing was sent\.$/m,
    );
    expect(statement).toMatch(/^ {3}1 {2}plan-a {2}gpt-4o-mini +once +\d[\d,]* +40 +\$0\.\d{6}$/m);
    expect(statement).toMatch(/^ {2}11 {2}plan-a {2}gpt-4o +ai-sdk once +514 +120 +\$0\.\d{6}$/m);
    expect(statement).toMatch(
      /^ {2}session {3}\[[█░]{20}\] +\$0\.50 +\$0\.\d{6} +\$0\.\d{6} +11$/m,
    );
    expect(statement).toMatch(/^ {4}plan-a {2}\[[█░]{20}\] +\$0\.20 .* 8$/m);
    expect(statement).toMatch(/^ {4}plan-b {2}\[[█░]{20}\] +\$0\.02 .* 3$/m);
    expect(statement).toContain('Provider requests: 11 received for 12 calls attempted.');
    expect(statement).toMatch(
      /Pricing version: openai \d{4}-\d\d-\d\d, anthropic \d{4}-\d\d-\d\d\.$/m,
    );
  });

  it('refuses --live without API keys (exit 2)', async () => {
    const { code, err } = await runDemo(['--live']);
    expect(code).toBe(2);
    expect(err).toContain('--live needs OPENAI_API_KEY and ANTHROPIC_API_KEY');
  });
});

describe('the demo view', () => {
  const state: DemoState = {
    provider: 'the mock provider at http://127.0.0.1:1',
    budgets: [
      {
        id: 'session',
        parentId: null,
        depth: 0,
        limitUsd: '0.5',
        spentUsd: '0.02',
        reservedUsd: '0.01',
        remainingUsd: '0.47',
        calls: 2,
        window: 'none',
        resetsAt: null,
      },
      {
        id: 'plan-b',
        parentId: 'session',
        depth: 1,
        limitUsd: '0.02',
        spentUsd: '0.019',
        reservedUsd: '0',
        remainingUsd: '0.001',
        calls: 2,
        window: 'none',
        resetsAt: null,
      },
    ],
    calls: [
      {
        n: 1,
        step: demoSteps[2] ?? (demoSteps[0] as never),
        state: 'settled',
        holdUsd: '0.008',
        costUsd: '0.019',
        inputTokens: 1215,
        outputTokens: 260,
        requestsBefore: 0,
        requestsAfter: 1,
      },
      {
        n: 2,
        step: demoSteps[3] ?? (demoSteps[0] as never),
        state: 'in-flight',
        holdUsd: '0.01',
        requestsBefore: 1,
      },
      {
        n: 3,
        step: demoSteps[7] ?? (demoSteps[0] as never),
        state: 'refused',
        refusal: {
          budgetId: 'plan-b',
          limitUsd: '0.02',
          spentUsd: '0.019',
          reservedUsd: '0',
          requestedUsd: '0.0382',
        },
        requestsBefore: 2,
        requestsAfter: 2,
      },
    ],
    requestsReceived: 2,
    pricingVersions: { openai: '2026-11-28' },
    done: false,
  };

  it('shows holds in flight, the refusal and the provider count', () => {
    const text = renderDashboard(demoDashboard(state), 140).join('\n');
    expect(text).toContain(
      'calls go to the mock provider at http://127.0.0.1:1 · 2 requests received so far',
    );
    expect(text).toMatch(
      / {2}#2 {2}plan-a {2}gpt-4o +stream +— +— +\$0\.010000 {2}held \(in flight\)/,
    );
    expect(text).toMatch(
      /#3 {2}plan-b {2}claude-sonnet-4-6 +once .*REFUSED before dispatch: could cost up to \$0\.0382, plan-b has \$0\.0010 left/,
    );
    expect(text).toContain(
      'Refusals\n  #3 claude-sonnet-4-6 on plan-b: provider requests 2 → 2: nothing was sent',
    );
  });

  it('ends with a statement of calls, totals and pricing versions', () => {
    const statement = renderStatement(state);
    expect(statement[0]).toBe('Statement: 3 calls attempted, 1 charged, 1 refused before dispatch');
    expect(statement).toContain(
      'Refused before dispatch: #3 claude-sonnet-4-6 on plan-b: plan-b has $0.0010 left of $0.02; this call could cost up to $0.0382.',
    );
    expect(statement).toContain('  Provider requests 2 → 2: nothing was sent.');
    expect(statement.at(-1)).toBe('Pricing version: openai 2026-11-28.');
  });
});

describe('tollgate demo --store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-demo-'));
  let redis: RedisServerHandle;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  it.each([
    ['a new SQLite file', () => `sqlite:${join(dir, 'budgets.db')}`, 'sqlite:'],
    ['Redis', () => `${redis.url}/0`, 'redis://'],
  ])(
    'leaves its budgets in %s for status, and a second run adds fresh ones',
    async (_kind, url, scheme) => {
      const first = await run('demo', '--plain', '--store', url());
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out.split('\n')[0]).toContain(
        'budget demo-1/session $0.50 with demo-1/plan-a $0.20 and demo-1/plan-b $0.02;',
      );
      expect(first.out).toMatch(/^#8 plan-b .* REFUSED before dispatch: demo-1\/plan-b has /m);
      const display = first.out.match(/^Budgets kept in (\S+) as /m)?.[1] ?? '';
      expect(display.startsWith(scheme)).toBe(true);
      expect(first.out.trimEnd().split('\n').at(-1)).toBe(
        `Budgets kept in ${display} as demo-1/session, demo-1/plan-a, demo-1/plan-b: see them with \`tollgate status --store ${display}\`.`,
      );

      // Run again on the same store: the same story on budgets of its own.
      const second = await run('demo', '--plain', '--store', url());
      expect(second.code).toBe(0);
      expect(second.out).toContain(
        'Statement: 12 calls attempted, 11 charged, 1 refused before dispatch',
      );
      expect(second.out).toMatch(/^#8 plan-b .* REFUSED before dispatch: demo-2\/plan-b has /m);

      const status = await run('status', '--store', url(), '--json');
      expect(status.code).toBe(0);
      const budgets = JSON.parse(status.out).budgets as Array<{
        id: string;
        calls: number;
        reservedUsd: string;
      }>;
      expect(budgets.map((budget) => [budget.id, budget.calls, budget.reservedUsd])).toEqual([
        ['demo-1/session', 11, '0'],
        ['demo-1/plan-a', 8, '0'],
        ['demo-1/plan-b', 3, '0'],
        ['demo-2/session', 11, '0'],
        ['demo-2/plan-a', 8, '0'],
        ['demo-2/plan-b', 3, '0'],
      ]);
    },
  );

  it('fails before any call when the store cannot be opened or reached (exit 1)', async () => {
    const missingFolder = await run(
      'demo',
      '--plain',
      '--store',
      `sqlite:${join(dir, 'none', 'b.db')}`,
    );
    expect(missingFolder.code).toBe(1);
    expect(missingFolder.out).toBe('');
    expect(missingFolder.err).toMatch(
      /^tollgate: Cannot open sqlite:.*none\/b\.db: .*directory does not exist/,
    );
    const notSqlite = join(dir, 'notes.txt');
    writeFileSync(notSqlite, 'not a database\n');
    const wrongFile = await run('demo', '--plain', '--store', `sqlite:${notSqlite}`);
    expect(wrongFile.code).toBe(1);
    expect(wrongFile.out).toBe('');
    expect(wrongFile.err).toMatch(
      /^tollgate: Cannot open sqlite:.*notes\.txt: .*file is not a database/,
    );
    expect(readFileSync(notSqlite, 'utf8')).toBe('not a database\n');
    const closed = await run('demo', '--plain', '--store', 'redis://127.0.0.1:1');
    expect(closed.code).toBe(1);
    expect(closed.out).toBe('');
    expect(closed.err).toMatch(/^tollgate: Cannot read redis:\/\/127\.0\.0\.1:1: /);
  });

  it('refuses a store URL it cannot read (exit 2)', async () => {
    const { code, err } = await run('demo', '--store', 'budgets.db');
    expect(code).toBe(2);
    expect(err).toContain('--store "budgets.db" is not a store URL: expected sqlite:PATH');
  });
});

describe('nextDemoRun', () => {
  it('is one past the highest earlier run, whatever else the store holds', () => {
    expect(nextDemoRun([])).toBe('demo-1');
    expect(nextDemoRun(['session', 'plan-a', 'demo-x/session', 'demo-9/plan-a'])).toBe('demo-1');
    expect(nextDemoRun(['demo-2/session', 'demo-10/session', 'demo-3/session'])).toBe('demo-11');
  });
});
