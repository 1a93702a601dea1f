/**
 * C0 controls (tab and newline included: they would break a row), DEL and the C1 controls.
 * A C1 control such as U+009B is a CSI on terminals that read 8-bit controls, so it is as
 * dangerous as ESC.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Renders untrusted text (a budget id, a reason, a model name read from a store) so that it
 * cannot drive the terminal: each control character is shown as its escape, `\x1b` for ESC,
 * `\u009b` for a C1 CSI, `\n` as `\x0a`. Printable text, backslashes included, is unchanged,
 * so applying it twice changes nothing.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x80
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A message of several lines (a JSON error with its caret line, a list of problems) made safe
 * line by line: its own line breaks stay, every other control is escaped.
 */
export function terminalSafeLines(text: string): string {
  return text.split('\n').map(terminalSafe).join('\n');
}

const RAW_IN_JSON = /[\u007f-\u009f]/g;

/**
 * `JSON.stringify(value, null, 2)`, with DEL and the C1 controls written as `\u` escapes too
 * (JSON.stringify escapes only C0): the same JSON value, exact for a parser, and inert on a
 * terminal.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
