import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BudgetSnapshot, type LedgerEntry, usageTokens } from '@tollgate/core';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDashboard } from './render-dashboard.js';
import { terminalSafe } from './terminal-text.js';
import { cliDir, repoRoot, sourceArgs } from './test-support/run-cli.js';
import { spend } from './test-support/spend.js';
import { SpendRates, watchState } from './watch-command.js';

const snapshot: BudgetSnapshot = {
  id: 'session',
  parentId: null,
  limitUsd: '1',
  spentUsd: '0.25',
  reservedUsd: '0',
  calls: 3,
  window: { unit: 'day' },
  windowStart: Date.UTC(2026, 10, 28),
};
const entry: LedgerEntry = {
  reservationId: 'r1',
  budgetId: 'session',
  chain: ['session'],
  reservedUsd: '0.02',
  actualUsd: '0.0123',
  overrunUsd: '0',
  settledAt: Date.UTC(2026, 10, 28, 15, 4, 5),
  late: false,
  details: {
    model: 'gpt-4o',
    // An entry written before the typed usage: OpenAI's `input` already includes `cachedInput`.
    tokens: { input: 1000, cachedInput: 200, output: 300 },
    partial: true,
  },
};

/** The rows of `entries` (settled at `entry.settledAt`) on a 200-column dashboard. */
function entryRows(entries: LedgerEntry[]): string[] {
  const lines = renderDashboard(
    watchState({
      storeDisplay: 'memory',
      at: entry.settledAt,
      snapshots: [snapshot],
      entries,
      rates: new Map(),
      intervalMs: 500,
    }),
    200,
  );
  return lines.filter((line) => line.startsWith('  15:04:05'));
}

describe('watchState', () => {
  it('renders budgets with window, reset and rate, and the ledger oldest first', () => {
    const lines = renderDashboard(
      watchState({
        storeDisplay: 'sqlite:/tmp/b.db',
        at: Date.UTC(2026, 10, 28, 15, 4, 6),
        snapshots: [snapshot],
        entries: [
          entry,
          { ...entry, reservationId: 'r0', settledAt: entry.settledAt - 1000, details: {} },
        ],
        rates: new Map([['session', '0.5']]),
        intervalMs: 500,
      }),
      120,
    );
    expect(lines.slice(0, 6)).toEqual([
      'tollgate watch · sqlite:/tmp/b.db · 2026-11-28T15:04:06Z',
      'refreshing every 500 ms · q quits',
      '',
      'Budgets  (█ spent  ▓ held  ░ left)',
      '  session  [██████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░]  spent $0.2500  held $0.0000  left $0.7500 of $1.00  3 calls',
      '           window day · resets 2026-11-29T00:00:00.000Z · rate $0.5000/min',
    ]);
    expect(lines.slice(7, 11)).toEqual([
      'Recent ledger entries (UTC, oldest first)',
      '            budget   model      in  out       cost',
      '  15:04:04  session  ?           —    —  $0.012300',
      '  15:04:05  session  gpt-4o  1,000  300  $0.012300  partial (stream ended early)',
    ]);
    expect(lines.join('\n')).toContain('Refusals never reach the store');
  });

  it('marks a closed budget, the budgets it closes, and parents that form a cycle, as status does', () => {
    // A store's ids may hold escapes: shown terminal-safe, in the note as in the name.
    const closed = { ...snapshot, id: 'o\u001b[2Jrg', closedAt: Date.UTC(2026, 10, 28, 9) };
    const child = { ...snapshot, id: 'team', parentId: closed.id };
    const looped = { ...snapshot, id: 'a\u001b[2Jx', parentId: 'b' };
    const other = { ...snapshot, id: 'b', parentId: 'a\u001b[2Jx' };
    const lines = renderDashboard(
      watchState({
        storeDisplay: 'memory',
        at: Date.UTC(2026, 10, 28, 15, 4, 6),
        snapshots: [closed, child, looped, other, { ...snapshot, parentId: 'a\u001b[2Jx' }],
        entries: [],
        rates: new Map(),
        intervalMs: 500,
      }),
      160,
    ).filter((line) => line.includes('window day'));
    expect(lines.map((line) => line.replace(/^.*rate —/, ''))).toEqual([
      ' · closed',
      ` · closed (by ${terminalSafe(closed.id)})`,
      ' · parents form a cycle',
      '',
      '',
    ]);
    const text = lines.join('\n');
    expect(text).not.toContain('\u001b');
  });

  it('shows typed entries and older Anthropic entries truthfully: cached input once, tool calls not as tokens', () => {
    const typed: LedgerEntry = {
      ...entry,
      reservationId: 'r2',
      details: {
        model: 'gpt-4o',
        tokens: usageTokens({ uncached: 200, cacheRead: 800 }, { text: 250, reasoning: 50 }),
      },
    };
    const olderAnthropic: LedgerEntry = {
      ...entry,
      reservationId: 'r3',
      details: {
        model: 'claude-sonnet-4-5',
        // Written before the typed usage: disjoint buckets, searches mixed in as a count.
        tokens: { input: 100, cacheRead: 0, cacheWrite5m: 0, output: 300, webSearchRequests: 3 },
      },
    };
    const rows = entryRows([typed, olderAnthropic]);
    expect(rows.find((row) => row.includes('gpt-4o'))).toMatch(/gpt-4o\s+1,000\s+300 /);
    expect(rows.find((row) => row.includes('claude'))).toMatch(/claude-sonnet-4-5\s+100\s+300 /);
  });

  it('says when a partial entry was capped at its hold: its tokens, as observed, price to more than its cost', () => {
    const capped: LedgerEntry = {
      ...entry,
      actualUsd: '0.02',
      late: true,
      details: {
        model: 'claude-haiku-4-5',
        tokens: usageTokens({ uncached: 50_000 }, { text: 31 }),
        partial: true,
        capped: true,
        uncappedUsd: '0.050155',
      },
    };
    // An entry this version did not write: capped, without a readable figure.
    const odd: LedgerEntry = {
      ...capped,
      reservationId: 'r4',
      late: false,
      details: { ...capped.details, uncappedUsd: 'lots' },
    };
    expect(entryRows([odd, capped])).toEqual([
      '  15:04:05  session  claude-haiku-4-5  50,000   31  $0.020000  partial (stream ended early): cost capped at its hold; its tokens price to $0.050155; late (charged after its hold expired)',
      '  15:04:05  session  claude-haiku-4-5  50,000   31  $0.020000  partial (stream ended early): cost capped at its hold',
    ]);
  });
});

describe('SpendRates', () => {
  it('answers spend per minute over the last minute, and restarts on a new window', () => {
    const rates = new SpendRates();
    expect(rates.update([{ id: 'a', spentUsd: '0' }], 0).get('a')).toBeUndefined();
    expect(rates.update([{ id: 'a', spentUsd: '0.1' }], 30_000).get('a')).toBe('0.2');
    expect(rates.update([{ id: 'a', spentUsd: '0.3' }], 60_000).get('a')).toBe('0.3');
    // Spend went down: a new window; one sample says nothing yet.
    expect(rates.update([{ id: 'a', spentUsd: '0' }], 61_000).get('a')).toBeUndefined();
  });
});

const tmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!tmux)('tollgate watch in a terminal (tmux)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-watch-'));
  const socket = `tollgate-watch-${process.pid}`;
  const session = 'watch';
  const tmuxRun = (...args: string[]) =>
    spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const screen = () => tmuxRun('capture-pane', '-p', '-t', session).stdout;
  const waitFor = async (predicate: (text: string) => boolean, what: string) => {
    const deadline = Date.now() + 20_000;
    let text = screen();
    while (!predicate(text)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      text = screen();
    }
    return text;
  };
  afterAll(() => {
    tmuxRun('kill-server');
  });

  it('shows a spend made by another process, follows a resize, and quits on q', async () => {
    const store = `sqlite:${join(dir, 'budgets.db')}`;
    await spend({
      store,
      root: { id: 'org', limitUsd: '5', window: 'month' },
      plan: { id: 'team-a', limitUsd: '1' },
      calls: [
        { model: 'gpt-4o-mini', provider: 'openai', costUsd: '0.0005', input: 900, output: 100 },
      ],
    });
    const command = [
      process.execPath,
      ...sourceArgs(join(cliDir, 'src', 'bin.ts'), 'watch', '--store', store, '--interval', '200'),
      ';',
      'echo',
      'WATCH-EXITED',
      '$?',
      ';',
      'sleep',
      '30',
    ].join(' ');
    const started = tmuxRun(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '120',
      '-y',
      '40',
      '-c',
      repoRoot,
      command,
    );
    expect(started.status).toBe(0);
    await waitFor(
      (text) => text.includes('team-a') && text.includes('gpt-4o-mini'),
      'the first frame',
    );

    // Another process spends on the same file; the dashboard must show it.
    const worker = spawn(
      process.execPath,
      sourceArgs(
        join(cliDir, 'src', 'test-support', 'spend-worker.ts'),
        JSON.stringify({
          store,
          root: { id: 'org', limitUsd: '5', window: 'month' },
          plan: { id: 'team-b', limitUsd: '2' },
          calls: [
            {
              model: 'claude-haiku-4-5',
              provider: 'anthropic',
              costUsd: '0.25',
              input: 700,
              output: 200,
            },
          ],
        }),
      ),
      { cwd: repoRoot, stdio: 'ignore' },
    );
    const exited = new Promise<number | null>((resolve) => worker.once('exit', resolve));
    const after = await waitFor(
      (text) => text.includes('claude-haiku-4-5') && text.includes('team-b'),
      'the other process spend',
    );
    expect(await exited).toBe(0);
    expect(after).toMatch(/team-b +\[█{5}░+\] +spent \$0\.2500/);
    expect(after).toMatch(/org +\[.*\] +spent \$0\.2505/);

    tmuxRun('resize-window', '-t', session, '-x', '70', '-y', '30');
    const narrow = await waitFor(
      (text) =>
        text.split('\n').some((line) => line.startsWith('  org')) &&
        text.split('\n').every((line) => line.length <= 70) &&
        text.includes('…'),
      'a redraw at 70 columns',
    );
    expect(narrow).toContain('tollgate watch');

    tmuxRun('send-keys', '-t', session, 'q');
    const done = await waitFor((text) => text.includes('WATCH-EXITED'), 'watch to quit');
    expect(done).toMatch(/WATCH-EXITED 0/);
  });
});
