import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bar, type DashboardState, renderDashboard } from './render-dashboard.js';

const budgets: DashboardState['budgets'] = [
  {
    id: 'session',
    parentId: null,
    depth: 0,
    limitUsd: '0.5',
    spentUsd: '0.25',
    reservedUsd: '0.05',
    remainingUsd: '0.2',
    calls: 7,
    window: 'day',
    resetsAt: '2026-11-29T00:00:00.000Z',
    ratePerMinuteUsd: '0.012',
  },
  {
    id: 'plan-b',
    parentId: 'session',
    depth: 1,
    limitUsd: '0.02',
    spentUsd: '0.02',
    reservedUsd: '0',
    remainingUsd: '0',
    calls: 1,
    window: 'none',
    resetsAt: null,
  },
];

const state: DashboardState = {
  title: 'tollgate demo',
  budgets,
  callsTitle: 'Calls',
  calls: [
    {
      label: '#1',
      budgetId: 'plan-b',
      model: 'gpt-4o',
      mode: 'stream',
      inputTokens: 1215,
      outputTokens: 260,
      costUsd: '0.0056375',
      state: 'settled',
    },
    {
      label: '#2',
      budgetId: 'plan-b',
      model: 'claude-sonnet-4-6',
      mode: 'once',
      state: 'refused',
      note: 'could cost up to $0.0382, plan-b has $0.0000 left',
    },
  ],
  refusals: ['#2 claude-sonnet-4-6 on plan-b: provider requests 1 → 1: nothing was sent'],
};

describe('renderDashboard', () => {
  it('renders bars, figures, calls and refusals as plain text', () => {
    expect(renderDashboard(state, 120)).toEqual([
      'tollgate demo',
      '',
      'Budgets  (█ spent  ▓ held  ░ left)',
      '  session   [████████████████████▓▓▓▓░░░░░░░░░░░░░░░░]  spent $0.2500  held $0.0500  left $0.2000 of $0.50  7 calls',
      '    plan-b  [████████████████████████████████████████]  spent $0.0200  held $0.0000  left $0.0000 of $0.02  1 call',
      '',
      'Calls',
      '      budget  model              mode       in  out       cost',
      '  #1  plan-b  gpt-4o             stream  1,215  260  $0.005638',
      '  #2  plan-b  claude-sonnet-4-6  once        —    —          —  REFUSED before dispatch: could cost up to $0.0382, plan…',
      '',
      'Refusals',
      '  #2 claude-sonnet-4-6 on plan-b: provider requests 1 → 1: nothing was sent',
    ]);
  });

  it('draws every bar of a frame the same width, so the figures after them line up', () => {
    const [session] = budgets as [DashboardState['budgets'][number]];
    // Names of different lengths and depths, amounts of different widths:
    // id, depth, limit, spent, held, left, calls.
    const rows = (
      [
        ['org', 0, '1250', '812.5', '0', '437.5', 1234],
        ['org/a-much-longer-team-name', 1, '0.5', '0.01', '0', '0.49', 1],
        ['org/b', 2, '75', '3.25', '1.5', '70.25', 42],
      ] as const
    ).map(([id, depth, limitUsd, spentUsd, reservedUsd, remainingUsd, calls]) => ({
      ...session,
      id,
      depth,
      limitUsd,
      spentUsd,
      reservedUsd,
      remainingUsd,
      calls,
    }));
    for (const width of [120, 100, 80]) {
      const lines = renderDashboard({ ...state, budgets: rows, showWindows: true }, width).filter(
        (line) => line.includes(']  spent'),
      );
      expect(lines).toHaveLength(3);
      const bars = lines.map((line) => line.slice(line.indexOf('['), line.indexOf(']') + 1).length);
      expect(new Set(bars).size, `bar widths at ${width}: ${bars.join(', ')}`).toBe(1);
      expect(new Set(lines.map((line) => line.indexOf('spent $')))).toHaveProperty('size', 1);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      // At 120 columns every row fits whole; narrower, the widest figures are cut, not the bars.
      if (width === 120) expect(lines.every((line) => !line.endsWith('…'))).toBe(true);
    }
    // Narrow, no row keeps a bar and every line still fits.
    const narrow = renderDashboard({ ...state, budgets: rows }, 39);
    expect(narrow.filter((line) => line.includes('['))).toEqual([]);
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(39);
  });

  it('shows windows, reset times and rates for watch, and fits every line to the width', () => {
    const lines = renderDashboard({ ...state, showWindows: true, footer: 'q quits' }, 60);
    expect(lines).toContain('            window day · resets 2026-11-29T00:00:00.000Z · …');
    expect(lines.at(-1)).toBe('q quits');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    const wide = renderDashboard({ ...state, showWindows: true }, 160);
    expect(wide).toContain(
      '            window day · resets 2026-11-29T00:00:00.000Z · rate $0.0120/min',
    );
    expect(wide).toContain('            no window · never resets · rate —');
  });

  it('keeps the newest calls when a height is given', () => {
    const calls = Array.from({ length: 30 }, (_, i) => ({
      label: `#${i + 1}`,
      budgetId: 'plan-a',
      model: 'gpt-4o-mini',
      costUsd: '0.0001',
      state: 'settled' as const,
    }));
    const { refusals: _refusals, ...withoutRefusals } = state;
    const lines = renderDashboard({ ...withoutRefusals, calls }, 100, 20);
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(lines.at(-1)).toMatch(/^ {2}#30 /);
    expect(lines.join('\n')).not.toMatch(/ #1 /);
  });

  it('says so when there are no budgets or calls', () => {
    const lines = renderDashboard(
      { title: 'w', budgets: [], callsTitle: 'Recent', calls: [], emptyCalls: '  nothing yet' },
      80,
    );
    expect(lines).toEqual([
      'w',
      '',
      'Budgets  (█ spent  ▓ held  ░ left)',
      '  (no budgets in the store yet)',
      '',
      'Recent',
      '  nothing yet',
    ]);
  });
});

describe('renderDashboard in a small terminal', () => {
  const [session, planB] = budgets as [
    DashboardState['budgets'][number],
    DashboardState['budgets'][number],
  ];
  const watch: DashboardState = {
    ...state,
    title: 'tollgate watch',
    subtitle: 'refreshing every 500 ms · q quits',
    showWindows: true,
    notes: ['a note'],
  };

  it('fits a width of 5 and heights of 0 to 3 (it drew 40-character lines and 8 lines)', () => {
    expect(renderDashboard(watch, 5, 3)).toEqual(['toll…', '  se…', '    …']);
    expect(renderDashboard(watch, 20, 2)).toEqual(['tollgate watch', '  … 2 more budgets:…']);
    expect(renderDashboard(watch, 40, 1)).toEqual(['tollgate watch · terminal too small']);
    expect(renderDashboard(watch, 40, 0)).toEqual([]);
  });

  it('drops the calls, then the window lines, before it drops budgets', () => {
    const noCalls = renderDashboard(watch, 120, 9);
    expect(noCalls).toHaveLength(9);
    expect(noCalls.at(-2)).toMatch(/^ {12}no window · never resets/);
    expect(noCalls.join('\n')).not.toContain('Calls');
    expect(renderDashboard(watch, 120, 3)).toEqual([
      'tollgate watch',
      expect.stringMatching(/^ {2}session {3}\[/),
      expect.stringMatching(/^ {4}plan-b {2}\[/),
    ]);
  });

  it('keeps the figures and leaves out the bar when the terminal is narrow', () => {
    const [, , , session] = renderDashboard(state, 39);
    expect(session).toMatch(/^ {2}session {3}spent \$0\.2500 {2}held/);
  });

  it('never passes the width or the height, whatever the state (property)', () => {
    const text = fc.string({ maxLength: 30 });
    const budget = fc.record({
      id: fc.string({ minLength: 1, maxLength: 40 }),
      depth: fc.integer({ min: 0, max: 4 }),
      calls: fc.nat(100_000),
    });
    const call = fc.record({ label: text, budgetId: text, model: text, note: fc.option(text) });
    fc.assert(
      fc.property(
        fc.integer({ min: -2, max: 200 }),
        fc.option(fc.integer({ min: -2, max: 80 }), { nil: undefined }),
        fc.array(budget, { maxLength: 12 }),
        fc.array(call, { maxLength: 30 }),
        fc.boolean(),
        (width, height, rows, calls, showWindows) => {
          const lines = renderDashboard(
            {
              title: 'tollgate watch',
              subtitle: 'sub',
              showWindows,
              budgets: rows.map((row, index) => ({
                ...(index % 2 === 0 ? session : planB),
                ...row,
              })),
              callsTitle: 'Recent',
              calls: calls.map(({ note, ...rest }) => ({
                ...rest,
                state: 'settled' as const,
                costUsd: '0.01',
                ...(note === null ? {} : { note }),
              })),
              notes: ['n'],
              footer: 'q quits',
            },
            width,
            height,
          );
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.max(1, width));
          if (height !== undefined) expect(lines.length).toBeLessThanOrEqual(Math.max(0, height));
          // Stored text never brings a control character to the terminal.
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them.
          for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        },
      ),
    );
  });
});

describe('bar', () => {
  it('splits the cells between spent, held and left', () => {
    expect(bar({ limitUsd: '1', spentUsd: '0.5', reservedUsd: '0.25' }, 8)).toBe('[████▓▓░░]');
    expect(bar({ limitUsd: '1', spentUsd: '0', reservedUsd: '0' }, 4)).toBe('[░░░░]');
    expect(bar({ limitUsd: '1', spentUsd: '3', reservedUsd: '1' }, 4)).toBe('[████]');
    expect(bar({ limitUsd: '0', spentUsd: '0', reservedUsd: '0' }, 2)).toBe('[░░]');
  });
});
