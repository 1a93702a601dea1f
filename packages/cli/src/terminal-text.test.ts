import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText, terminalSafe, terminalSafeLines } from './terminal-text.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Any text, control characters and the C1 range made frequent.
const hostile = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xa0 }).map((code) => String.fromCharCode(code)),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
});

describe('terminalSafe', () => {
  it('shows ESC, BEL, DEL, C1 controls, tabs and newlines as escapes', () => {
    expect(terminalSafe('\u001b]0;pwn\u0007\u001b[2J')).toBe('\\x1b]0;pwn\\x07\\x1b[2J');
    expect(terminalSafe('a\u009b31mb\u007fc\td\ne\u0000')).toBe(
      'a\\u009b31mb\\x7fc\\x09d\\x0ae\\x00',
    );
    expect(terminalSafe('plain ascii, é, 漢字, \\x1b, █')).toBe('plain ascii, é, 漢字, \\x1b, █');
  });

  it('leaves no control character, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = terminalSafe(text);
        expect(safe).not.toMatch(CONTROL);
        expect(terminalSafe(safe)).toBe(safe);
      }),
    );
  });

  it('keeps the line breaks of a message of several lines, and only those', () => {
    expect(terminalSafeLines('bad JSON\n  {"a":\u001b[2J}\n       ^')).toBe(
      'bad JSON\n  {"a":\\x1b[2J}\n       ^',
    );
  });
});

describe('jsonText', () => {
  it('is exact JSON with no raw control character, DEL or C1 included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, text) => {
        const document = { value, text };
        const written = jsonText(document);
        expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(document)));
        expect(written.replaceAll('\n', '')).not.toMatch(CONTROL);
      }),
    );
    expect(jsonText({ model: 'a\u009bb\u007f' })).toBe('{\n  "model": "a\\u009bb\\u007f"\n}');
  });
});
