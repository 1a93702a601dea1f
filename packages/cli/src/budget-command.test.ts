import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBudget } from '@tollgate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Reuses the Redis package's helper: a private redis-server on a free loopback port.
import {
  type RedisServerHandle,
  startRedisServer,
} from '../../redis/src/test-support/redis-server.js';
import { main } from './main.js';
import { argv, captureIO, runMain } from './test-support/capture-io.js';
import { runCli } from './test-support/run-cli.js';
import { storeOf } from './test-support/spend.js';
import { terminalInput } from './test-support/terminal-input.js';

const run = (...args: string[]) => runMain(args);
const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-budget-'));
let redis: RedisServerHandle;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});

/** Runs `tollgate ARGS…` on a terminal whose user types `answer` (Ctrl-D for `undefined`). */
async function runOnTerminal(answer: string | undefined, ...args: string[]) {
  const io = captureIO();
  const stdin = terminalInput(answer);
  const code = await main(argv(...args), { ...io, stdin, stdout: { ...io.stdout, isTTY: true } });
  return { code, out: io.out(), err: io.err() };
}

/** A store holding session (limit 1, $0.4 spent) with a plan under it. */
async function seed(url: string, session: string): Promise<void> {
  const store = storeOf(url);
  try {
    const root = createBudget({ id: session, limitUsd: '1', store });
    const plan = root.child({ id: `${session}-plan`, limitUsd: '0.5' });
    await (await plan.reserve('0.5')).settle('0.4', { model: 'gpt-4o' });
  } finally {
    await store.close();
  }
}

describe.each([
  ['sqlite', () => `sqlite:${join(dir, 'budgets.db')}`],
  ['redis', () => `${redis.url}/1`],
])('tollgate budget on a real %s store', (kind, url) => {
  const id = `session-${kind}`;
  const plan = `${id}-plan`;
  // `tollgate budget WORDS… --store URL`; a reason with spaces is given after the words.
  const budget = (words: string, ...more: string[]) =>
    run('budget', ...words.split(' '), ...more, '--store', url());
  const onTerminal = (answer: string | undefined, words: string) =>
    runOnTerminal(answer, 'budget', ...words.split(' '), '--store', url());
  beforeAll(async () => {
    await seed(url(), id);
  });

  it('raises a limit, tops up and credits without asking, each written to the ledger', async () => {
    const raised = await budget(`set-limit ${id} 2 --reason upgrade --actor ana`);
    expect(raised).toMatchObject({ code: 0, err: '' });
    expect(raised.out).toBe(
      `${id}: limit set from $1.00 to $2.00 (limit $2.00, spent $0.400000). Reason: upgrade\n`,
    );
    const topped = await budget(`top-up ${plan} 0.25 --json`, '--reason', 'invoice 118');
    expect(topped.code).toBe(0);
    expect(JSON.parse(topped.out)).toMatchObject({
      entry: { kind: 'adjustment', action: 'top-up', amountUsd: '0.25', reason: 'invoice 118' },
      before: { limitUsd: '0.5' },
      after: { limitUsd: '0.75', spentUsd: '0.4' },
    });
    const credited = await budget(`credit ${plan} 1 --reason refund`);
    expect(credited.out).toContain(
      'credited $0.400000 of $1.000000 asked (spend cannot go below zero)',
    );

    const shown = await run('budget', 'show', plan, '--store', url(), '--json');
    expect(shown.code).toBe(0);
    const { budget: shownBudget, ledger } = JSON.parse(shown.out);
    expect(shownBudget).toMatchObject({ id: plan, parentId: id, limitUsd: '0.75', spentUsd: '0' });
    expect(ledger.map((entry: { action?: string }) => entry.action ?? 'call')).toEqual([
      'credit',
      'top-up',
      'call',
    ]);
    const text = await run('budget', 'show', id, '--store', url());
    expect(text.out).toMatch(new RegExp(`^${id} in `));
    expect(text.out).toMatch(/set-limit\s+\$2\.000000\s+upgrade \(ana\)/);
    expect(text.out).toMatch(/call on .*-plan\s+\$0\.400000\s+gpt-4o/);
  });

  it('asks before a reset, a close or a lower limit, and refuses without a terminal', async () => {
    const refused = await run('budget', 'reset', plan, '--store', url(), '--reason', 'sprint');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('needs confirmation and there is no terminal to ask; pass --yes');
    // Declined, or the input ended (Ctrl-D): nothing changes, exit 1, one line on stderr.
    const declined = await onTerminal('n', `set-limit ${id} 0.1 --reason cut`);
    expect(declined).toEqual({
      code: 1,
      out: `Lower the limit of "${id}" from $2.00 to $0.10. Go on? [y/N] `,
      err: `tollgate: Nothing changed: budget set-limit of "${id}" was not confirmed.\n`,
    });
    const ended = await onTerminal(undefined, `close ${id} --reason over`);
    expect(ended).toEqual({
      code: 1,
      out: `Close "${id}": every new call on it and below it is refused. Go on? [y/N] \n`,
      err: `tollgate: Nothing changed: budget close of "${id}" was not confirmed (the input ended before an answer).\n`,
    });
    const lowered = await budget(`set-limit ${id} 0.1 --reason cut --yes`);
    expect(lowered.out).toContain('limit set from $2.00 to $0.10');
    const reset = await onTerminal('yes', `reset ${id} --reason sprint`);
    expect(reset.out).toContain('spend of $0.400000 reset to zero');
    const closed = await onTerminal('y', `close ${plan} --reason over`);
    expect(closed.out).toContain(`${plan}: closed: new calls are refused`);

    const listed = await run('budget', 'list', '--store', url());
    expect(listed.out).toMatch(new RegExp(`${id} .* open\\n`));
    expect(listed.out).toMatch(new RegExp(`${plan} .* closed\\n`));
    const json = JSON.parse((await run('budget', 'list', '--store', url(), '--json')).out);
    expect(json.budgets.find((view: { id: string }) => view.id === plan).closedAt).toMatch(/Z$/);
    const shown = await budget(`show ${plan} --entries 1`);
    expect(shown.out).toMatch(new RegExp(`^${plan} in .* \\(closed \\d{4}-.*Z\\)\n`));
    expect(shown.out).toMatch(/\n {2}window {5}none\n/);
    expect(shown.out).toMatch(/close\s+over \(/);
    expect(shown.out).not.toContain('credit');
    const store = storeOf(url());
    try {
      const session = createBudget({ id, limitUsd: '1', store });
      expect(await session.status()).toMatchObject({ limitUsd: '0.1', spentUsd: '0' });
      const child = session.child({ id: plan, limitUsd: '0.5' });
      await expect(child.reserve('0.01')).rejects.toMatchObject({ code: 'BUDGET_CLOSED' });
    } finally {
      await store.close();
    }
  });

  it('checks ID, AMOUNT, --reason and --actor before it asks for a confirmation', async () => {
    // Each change command on a terminal whose user would answer "y": what adjustBudget would
    // refuse after that answer is refused first, exit 2, with core's text, never asking.
    const reason = (text: string) => ['--reason', text];
    const cases: [string[], RegExp][] = [
      [
        ['reset', id, ...reason('   ')],
        /^tollgate: --reason: expected a reason that is not empty or only spaces, received " {3}"\n$/,
      ],
      [['close', id, ...reason('x'.repeat(501))], /^tollgate: --reason: .*500/],
      [['set-limit', id, '0.01', ...reason('cut'), '--actor', ' '], /^tollgate: --actor: /],
      [['reset', id, ...reason('sprint'), '--actor', 'a'.repeat(201)], /^tollgate: --actor: .*200/],
      [['set-limit', id, '-1', ...reason('cut')], /AMOUNT: expected/],
      [['set-limit', id, '0.0000000000001', ...reason('cut')], /AMOUNT: expected at most 12/],
      [['top-up', id, 'ten', ...reason('x')], /AMOUNT: expected/],
      [['credit', id, '1', ...reason('\t')], /^tollgate: --reason: /],
      [
        ['close', 'no such budget!', ...reason('over')],
        /^tollgate: ID: expected 1 to \d+ characters/,
      ],
      [['reset', ' ', ...reason('sprint')], /^tollgate: ID: expected/],
    ];
    const show = async () =>
      JSON.parse((await run('budget', 'show', id, '--store', url(), '--json')).out);
    const before = await show();
    for (const [words, message] of cases) {
      const ended = await runOnTerminal('y', 'budget', ...words, '--store', url());
      expect({ words, ...ended }).toEqual({ words, code: 2, out: '', err: expect.any(String) });
      expect(ended.err).toMatch(message);
      expect(ended.err).not.toMatch(/adjustBudget/);
    }
    expect(await show()).toEqual({ ...before, at: expect.any(String) });
  });

  it("shows a parent's calls whole after its closed child is purged, the child as unknown", async () => {
    const org = `${id}-org`;
    const gone = `${org}-gone`;
    const store = storeOf(url());
    try {
      const root = createBudget({ id: org, limitUsd: '5', store });
      const child = root.child({ id: gone, limitUsd: '1' });
      await (await child.reserve('0.3')).settle('0.25', { model: 'gpt-4o' });
      await (await root.reserve('0.2')).settle('0.1', { model: 'gpt-4o' });
      expect((await budget(`close ${gone} --reason over --yes`)).code).toBe(0);
      expect(await store.purge({ closedBefore: Date.now() + 60_000 })).toContain(gone);
    } finally {
      await store.close();
    }
    const shown = JSON.parse((await budget(`show ${org} --json`)).out);
    expect(shown.budget.spentUsd).toBe('0.35');
    expect(shown.ledger.map((entry: { budgetId: string }) => entry.budgetId)).toEqual([org, gone]);
    expect((await budget(`show ${org}`)).out).toMatch(
      new RegExp(`call on ${gone}\\s+\\$0\\.250000`),
    );
    const unknown = await budget(`show ${gone}`);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(`No budget "${gone}"`);
  });

  it('reports misuse with exit 2 and changes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['budget', 'top-up', id, '-1', '--reason', 'x'], /AMOUNT: expected/],
      [['budget', 'credit', id, 'ten', '--reason', 'x'], /AMOUNT: expected/],
      [
        ['budget', 'set-limit', id, '0.0000000000001', '--reason', 'x', '--yes'],
        /AMOUNT: expected at most 12 decimal places/,
      ],
      [
        ['budget', 'top-up', id, '0.0000000000019', '--reason', 'x'],
        /Invalid budget top-up options: AMOUNT: expected at most 12 decimal places .*, received "0\.0000000000019"/,
      ],
      [
        ['budget', 'top-up', id, '1000000000000', '--reason', 'x'],
        /amountUsd: expected at most 999999999999\.9 \(the limit of 0\.1 may be topped up/,
      ],
      [['budget', 'top-up', 'nobody', '1', '--reason', 'x'], /No budget "nobody"/],
      [['budget', 'top-up', id, '1'], /required option '--reason <text>'/],
      [
        ['budget', 'top-up', id, '1', '--reason', ' '],
        /^tollgate: --reason: expected a reason that is not empty or only spaces/,
      ],
      [['budget', 'show', 'nobody'], /No budget "nobody"/],
      // Checked where it is parsed, naming the flag (it failed as "store.ledger options: limit").
      [
        ['budget', 'show', id, '--entries', '99999999999999999999'],
        /option '--entries <n>' argument '99999999999999999999' is invalid\. expected a positive whole number up to 9007199254740991/,
      ],
      // Named as flags, not as "adjustBudget options".
      [['budget', 'top-up', id, '1', '--reason', 'x'.repeat(501)], /^tollgate: --reason: .*500/],
      [['budget', 'credit', id, '1', '--reason', 'ok', '--actor', ' '], /^tollgate: --actor: /],
      [['budget', 'reset', '--reason', 'x'], /missing required argument 'id'/],
    ];
    const show = async () =>
      JSON.parse((await run('budget', 'show', id, '--store', url(), '--json')).out);
    const before = await show();
    for (const [args, message] of cases) {
      const { code, err } = await run(...args, '--store', url());
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(err).not.toMatch(/adjustBudget|store\.ledger/);
    }
    expect(await show()).toEqual({ ...before, at: expect.any(String) });
  });
});

describe('tollgate budget as its own process', () => {
  it('refuses a close with no terminal to confirm on, and closes with --yes', async () => {
    const url = `sqlite:${join(dir, 'spawned.db')}`;
    const store = storeOf(url);
    await createBudget({ id: 'spawned', limitUsd: '1', store }).status();
    await store.close();
    const empty = await runCli(['budget', 'show', 'spawned', '--store', url]);
    expect(empty.out).toContain('  parent     —\n');
    expect(empty.out).toContain('No ledger entries.\n');
    const close = ['budget', 'close', 'spawned', '--store', url, '--reason', 'done'];
    const refused = await runCli(close);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('pass --yes');
    const closed = await runCli([...close, '--yes']);
    expect(closed).toMatchObject({ code: 0, err: '' });
    expect(closed.out).toContain('spawned: closed');
  });

  it('fails with exit 1 when the store cannot be reached', async () => {
    const down = await run('budget', 'show', 'x', '--store', 'redis://127.0.0.1:1');
    expect(down.code).toBe(1);
    expect(down.err).toContain('Cannot read redis://127.0.0.1:1');
  });
});
