import { displayCount, displayUsd } from './format-usd.js';
import type { DashboardCall } from './render-dashboard.js';

/**
 * The calls of the dashboard as aligned rows under a header (the `mode` column only when some
 * call has one), or `empty` when there are none.
 */
export function callTable(calls: readonly DashboardCall[], empty: string): string[] {
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
