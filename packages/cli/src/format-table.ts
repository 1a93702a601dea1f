/**
 * Aligns rows into columns separated by two spaces; columns listed in `right` are
 * right-aligned (numbers and money). Trailing spaces are trimmed.
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
  indent = '',
): string[] {
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
