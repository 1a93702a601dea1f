import { formatUsdFixed, money } from '@tollgate/core';
import type { BudgetView } from './budget-views.js';
import { displayCount, displayLimit, displayUsd } from './format-usd.js';

/** A budget row of the dashboard. */
export interface DashboardBudget extends BudgetView {
  /** Recent spend rate in USD per minute; omit when unknown (first sample). */
  ratePerMinuteUsd?: string;
}

/** One call (demo) or ledger entry (watch). */
export interface DashboardCall {
  /** `#3` in the demo, a clock time in watch. */
  label: string;
  /** The budget the call was made on. */
  budgetId: string;
  /** The model of the call. */
  model: string;
  /** `stream` or `once`; omit when unknown (ledger entries do not record it). */
  mode?: string;
  /** Input tokens, once known. */
  inputTokens?: number;
  /** Output tokens, once known. */
  outputTokens?: number;
  /** Exact cost once settled; the hold while in flight. */
  costUsd?: string;
  /** Where the call is: in flight, settled, settled from a partial stream, refused or failed. */
  state: 'in-flight' | 'settled' | 'partial' | 'refused' | 'failed';
  /** Shown after the figures (why it was refused, what failed). */
  note?: string;
}

/** Everything the dashboard shows. Rendering is a pure function of it. */
export interface DashboardState {
  /** The heading line. */
  title: string;
  /** A dimmer line under the heading. */
  subtitle?: string;
  /** The budgets, parents before children. */
  budgets: readonly DashboardBudget[];
  /** Show each budget's window, reset time and rate under its bar (watch). */
  showWindows?: boolean;
  /** The heading of the calls list. */
  callsTitle: string;
  /** The most recent calls, newest last. */
  calls: readonly DashboardCall[];
  /** Text when there are no calls yet. */
  emptyCalls?: string;
  /** Lines under a "Refusals" heading; omit the heading when undefined. */
  refusals?: readonly string[];
  /** Lines after the calls (hints, warnings). */
  notes?: readonly string[];
  /** The last line (keys, how to quit). */
  footer?: string;
}

const SPENT = '█';
const HELD = '▓';
const LEFT = '░';

/**
 * Renders the dashboard as lines of at most `width` characters (no colour, no escape
 * codes), so tests compare text and the terminal writer only positions it. With `height`,
 * the oldest calls are dropped to fit.
 */
export function renderDashboard(state: DashboardState, width: number, height?: number): string[] {
  const w = Math.max(40, Math.floor(width));
  const head: string[] = [state.title];
  if (state.subtitle !== undefined) head.push(state.subtitle);
  head.push('');
  head.push(`Budgets  (${SPENT} spent  ${HELD} held  ${LEFT} left)`);
  if (state.budgets.length === 0) head.push('  (no budgets in the store yet)');
  const nameWidth = Math.max(6, ...state.budgets.map((b) => b.id.length + 2 * b.depth));
  for (const budget of state.budgets) {
    head.push(budgetLine(budget, nameWidth, w));
    if (state.showWindows === true) head.push(detailLine(budget, nameWidth));
  }
  head.push('');
  const tail: string[] = [];
  if (state.refusals !== undefined) {
    tail.push('', 'Refusals');
    if (state.refusals.length === 0) tail.push('  none');
    for (const line of state.refusals) tail.push(`  ${line}`);
  }
  if (state.notes !== undefined && state.notes.length > 0) {
    tail.push('');
    for (const note of state.notes) tail.push(note);
  }
  if (state.footer !== undefined) tail.push('', state.footer);

  let calls = state.calls;
  if (height !== undefined) {
    // Title of the calls table + its header row take two lines.
    const room = Math.max(1, Math.floor(height) - head.length - tail.length - 2);
    if (calls.length > room) calls = calls.slice(calls.length - room);
  }
  const table = [state.callsTitle, ...callTable(calls, state.emptyCalls ?? '  none yet')];
  return [...head, ...table, ...tail].map((line) => fit(line, w));
}

function budgetLine(budget: DashboardBudget, nameWidth: number, width: number): string {
  const name = `${'  '.repeat(budget.depth)}${budget.id}`.padEnd(nameWidth);
  const figures = [
    `spent ${displayUsd(budget.spentUsd)}`,
    `held ${displayUsd(budget.reservedUsd)}`,
    `left ${displayUsd(budget.remainingUsd)} of ${displayLimit(budget.limitUsd)}`,
    `${budget.calls} call${budget.calls === 1 ? '' : 's'}`,
  ].join('  ');
  const barWidth = Math.min(40, Math.max(10, width - nameWidth - figures.length - 8));
  return `  ${name}  ${bar(budget, barWidth)}  ${figures}`;
}

function detailLine(budget: DashboardBudget, nameWidth: number): string {
  const parts = [
    budget.window === 'none' ? 'no window' : `window ${budget.window}`,
    budget.resetsAt === null ? 'never resets' : `resets ${budget.resetsAt}`,
    budget.ratePerMinuteUsd === undefined
      ? 'rate —'
      : `rate ${displayUsd(budget.ratePerMinuteUsd)}/min`,
  ];
  return `  ${' '.repeat(nameWidth)}  ${parts.join(' · ')}`;
}

/** `[████▓▓░░░░]`: spent, then held, then what is left, in proportion to the limit. */
export function bar(
  budget: Pick<BudgetView, 'limitUsd' | 'spentUsd' | 'reservedUsd'>,
  cells: number,
): string {
  const limit = money(budget.limitUsd);
  const spent = money(budget.spentUsd);
  const held = money(budget.reservedUsd);
  const share = (amount: ReturnType<typeof money>) => {
    if (limit.eq(0)) return amount.gt(0) ? cells : 0;
    const ratio = Number(formatUsdFixed(amount.div(limit), 6));
    return Math.min(cells, Math.round(ratio * cells));
  };
  const spentCells = share(spent);
  const heldCells = Math.max(0, share(spent.plus(held)) - spentCells);
  const leftCells = Math.max(0, cells - spentCells - heldCells);
  return `[${SPENT.repeat(spentCells)}${HELD.repeat(heldCells)}${LEFT.repeat(leftCells)}]`;
}

function callTable(calls: readonly DashboardCall[], empty: string): string[] {
  if (calls.length === 0) return [empty];
  const rows = calls.map((call) => [
    call.label,
    call.budgetId,
    call.model,
    call.mode ?? '',
    call.inputTokens === undefined ? '—' : displayCount(call.inputTokens),
    call.outputTokens === undefined ? '—' : displayCount(call.outputTokens),
    call.costUsd === undefined ? '—' : displayUsd(call.costUsd, 6),
    stateText(call),
  ]);
  const header = ['', 'budget', 'model', 'mode', 'in', 'out', 'cost', ''];
  // Ledger entries do not record whether a call streamed: drop the column rather than leave it blank.
  const withMode = calls.some((call) => call.mode !== undefined);
  const all = [header, ...rows].map((row) => (withMode ? row : row.filter((_, i) => i !== 3)));
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  // Token counts and money read better right-aligned.
  const right = withMode ? new Set([4, 5, 6]) : new Set([3, 4, 5]);
  return all.map(
    (row) =>
      `  ${row
        .map((cell, column) => {
          const width = widths[column] ?? 0;
          return right.has(column) ? cell.padStart(width) : cell.padEnd(width);
        })
        .join('  ')
        .trimEnd()}`,
  );
}

function stateText(call: DashboardCall): string {
  const label = {
    'in-flight': 'held (in flight)',
    settled: '',
    partial: 'partial (stream ended early)',
    refused: 'REFUSED before dispatch',
    failed: 'failed (released)',
  }[call.state];
  if (call.note === undefined) return label;
  return label === '' ? call.note : `${label}: ${call.note}`;
}

function fit(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}
