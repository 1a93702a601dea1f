import { formatUsdFixed, money } from '@tollgate/core';
import { type BudgetView, stateOf } from './budget-views.js';
import { callTable } from './call-table.js';
import { displayLimit, displayRemaining, displayUsd } from './format-usd.js';
import { terminalSafe } from './terminal-text.js';

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
 * Renders the dashboard as at most `height` lines (when given) of at most `width` characters
 * (no colour, no escape codes), so tests compare text and the terminal writer only positions
 * it. Stored text (ids, models, notes) is made `terminalSafe` first. When the frame does not
 * fit it degrades step by step: the oldest calls go, then the calls and notes, then each
 * budget's window line, then the budgets past the height (counted on the last line); at a
 * height of one line only the title and "terminal too small" remain, and at zero nothing.
 */
export function renderDashboard(state: DashboardState, width: number, height?: number): string[] {
  const w = Number.isFinite(width) ? Math.max(1, Math.floor(width)) : 80;
  const safe = safeState(state);
  const lines =
    height === undefined
      ? fullFrame(safe, w, Number.POSITIVE_INFINITY)
      : fittedFrame(safe, w, Number.isFinite(height) ? Math.max(0, Math.floor(height)) : 24);
  return lines.map((line) => fit(line, w));
}

/** Every part of the dashboard, the calls cut to the newest that fit in `height` lines. */
function fullFrame(state: DashboardState, width: number, height: number): string[] {
  const head = headLines(state, width, state.showWindows === true);
  const tail = tailLines(state);
  // The calls table's title and header row take two lines; at least one call is kept.
  const room = Math.max(1, height - head.length - tail.length - 2);
  const calls = state.calls.length > room ? state.calls.slice(-room) : state.calls;
  const table = [state.callsTitle, ...callTable(calls, state.emptyCalls ?? '  none yet')];
  return [...head, ...table, ...tail];
}

/** The fullest frame that fits in `height` lines. */
function fittedFrame(state: DashboardState, width: number, height: number): string[] {
  const full = fullFrame(state, width, height);
  if (full.length <= height) return full;
  const withoutCalls = headLines(state, width, state.showWindows === true);
  if (withoutCalls.length <= height) return withoutCalls;
  const nameWidth = nameWidthOf(state);
  const cells = barCellsOf(state.budgets, nameWidth, width);
  const budgets = state.budgets.map((budget) => budgetLine(budget, nameWidth, cells));
  const compact = [state.title, ...budgets];
  if (compact.length <= height) return compact;
  if (height >= 2) {
    const shown = budgets.slice(0, height - 2);
    const more = budgets.length - shown.length;
    const what = `${more} more budget${more === 1 ? '' : 's'}`;
    return [state.title, ...shown, `  … ${what}: terminal too small`];
  }
  return height === 1 ? [`${state.title} · terminal too small`] : [];
}

/** Title, subtitle, legend and budget lines (with window lines for watch), then a blank line. */
function headLines(state: DashboardState, width: number, windows: boolean): string[] {
  const head: string[] = [state.title];
  if (state.subtitle !== undefined) head.push(state.subtitle);
  head.push('', `Budgets  (${SPENT} spent  ${HELD} held  ${LEFT} left)`);
  if (state.budgets.length === 0) head.push('  (no budgets in the store yet)');
  const nameWidth = nameWidthOf(state);
  const cells = barCellsOf(state.budgets, nameWidth, width);
  for (const budget of state.budgets) {
    head.push(budgetLine(budget, nameWidth, cells));
    if (windows) head.push(detailLine(budget, nameWidth));
  }
  head.push('');
  return head;
}

/** Refusals, notes and the footer. */
function tailLines(state: DashboardState): string[] {
  const tail: string[] = [];
  if (state.refusals !== undefined) {
    tail.push('', 'Refusals');
    if (state.refusals.length === 0) tail.push('  none');
    for (const line of state.refusals) tail.push(`  ${line}`);
  }
  if (state.notes !== undefined && state.notes.length > 0) tail.push('', ...state.notes);
  if (state.footer !== undefined) tail.push('', state.footer);
  return tail;
}

function nameWidthOf(state: DashboardState): number {
  return Math.max(6, ...state.budgets.map((b) => b.id.length + 2 * b.depth));
}

/** The state with every text that may come from a store (ids, models, notes) made terminal-safe. */
function safeState(state: DashboardState): DashboardState {
  const safe: DashboardState = {
    ...state,
    title: terminalSafe(state.title),
    callsTitle: terminalSafe(state.callsTitle),
    budgets: state.budgets.map((budget) => ({
      ...budget,
      id: terminalSafe(budget.id),
      ...(budget.closedBy === undefined ? {} : { closedBy: terminalSafe(budget.closedBy) }),
    })),
    calls: state.calls.map((call) => ({
      ...call,
      label: terminalSafe(call.label),
      budgetId: terminalSafe(call.budgetId),
      model: terminalSafe(call.model),
      ...(call.note === undefined ? {} : { note: terminalSafe(call.note) }),
      ...(call.mode === undefined ? {} : { mode: terminalSafe(call.mode) }),
    })),
  };
  if (state.subtitle !== undefined) safe.subtitle = terminalSafe(state.subtitle);
  if (state.emptyCalls !== undefined) safe.emptyCalls = terminalSafe(state.emptyCalls);
  if (state.footer !== undefined) safe.footer = terminalSafe(state.footer);
  if (state.refusals !== undefined) safe.refusals = state.refusals.map(terminalSafe);
  if (state.notes !== undefined) safe.notes = state.notes.map(terminalSafe);
  return safe;
}

/** A budget's name, bar and figures; in a narrow terminal the bar gives way to the figures. */
function budgetLine(budget: DashboardBudget, nameWidth: number, cells: number | undefined): string {
  const name = `${'  '.repeat(budget.depth)}${budget.id}`.padEnd(nameWidth);
  const figures = figuresOf(budget);
  if (cells === undefined) return `  ${name}  ${figures}`;
  return `  ${name}  ${bar(budget, cells)}  ${figures}`;
}

/** What a budget line shows after its bar. */
function figuresOf(budget: DashboardBudget): string {
  return [
    `spent ${displayUsd(budget.spentUsd)}`,
    `held ${displayUsd(budget.reservedUsd)}`,
    `left ${displayRemaining(budget.remainingUsd)} of ${displayLimit(budget.limitUsd)}`,
    `${budget.calls} call${budget.calls === 1 ? '' : 's'}`,
  ].join('  ');
}

/**
 * The bar's cells in every budget line of a frame, or undefined when a narrow terminal has no
 * room for one. One size for all rows, from the widest figures, so the figures after the bars
 * start in the same column (sized row by row, they drifted by a cell or two).
 */
function barCellsOf(
  budgets: readonly DashboardBudget[],
  nameWidth: number,
  width: number,
): number | undefined {
  const widest = Math.max(0, ...budgets.map((budget) => figuresOf(budget).length));
  // Two-space indent, two spaces each side of the bar, and its brackets.
  const room = width - nameWidth - widest - 8;
  if (width < 40 && room < 10) return undefined;
  return Math.min(40, Math.max(10, room));
}

function detailLine(budget: DashboardBudget, nameWidth: number): string {
  const parts = [
    budget.window === 'none' ? 'no window' : `window ${budget.window}`,
    budget.resetsAt === null ? 'never resets' : `resets ${budget.resetsAt}`,
    budget.ratePerMinuteUsd === undefined
      ? 'rate —'
      : `rate ${displayUsd(budget.ratePerMinuteUsd)}/min`,
  ];
  // A closed budget refuses every call, and so does one under it: as `status` says.
  const state = stateOf(budget);
  if (state !== 'open') parts.push(state);
  if (budget.parentCycle === true) parts.push('parents form a cycle');
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

function fit(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}
