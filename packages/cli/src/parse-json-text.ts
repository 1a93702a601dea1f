import { usageError } from './cli-error.js';

/**
 * Parses JSON given on the command line or in a file. On a syntax error the usage error
 * says where: line, column, and the text around the position with a caret under it.
 */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = positionOf(message, text);
    if (position === undefined) throw usageError(`${what} is not valid JSON: ${reasonOf(message)}`);
    const { line, column } = lineColumn(text, position);
    const lineText = text.split('\n')[line - 1] ?? '';
    const start = Math.max(0, column - 31);
    const excerpt = lineText.slice(start, column + 30);
    throw usageError(
      `${what} is not valid JSON at line ${line}, column ${column}: ${reasonOf(message)}\n  ${excerpt}\n  ${' '.repeat(column - 1 - start)}^`,
    );
  }
}

// V8 says "... in JSON at position 12" (Node 20 also "(line 1 column 13)"), and
// "Unexpected end of JSON input" with no position for truncated text.
function positionOf(message: string, text: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  if (match?.[1] !== undefined) return Number(match[1]);
  if (/end of JSON input/i.test(message)) return text.length;
  return undefined;
}

function reasonOf(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/, ".*" is not valid JSON$/s, '');
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { line, column };
}
