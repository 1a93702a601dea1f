import { terminalSafe } from './terminal-text.js';

/**
 * Aligns rows into columns separated by two spaces; columns listed in `right` are
 * right-aligned (numbers and money). Trailing spaces are trimmed. Cells are made
 * `terminalSafe` before they are measured, so stored text can neither drive the terminal nor
 * break the columns.
 */
export function formatTable(
  table: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
  indent = '',
): string[] {
  const rows = table.map((row) => row.map(terminalSafe));
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows.map((row) =>
    `${indent}${row
      .map((cell, column) =>
        right.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')}`.trimEnd(),
  );
}
