import { countInputTokens } from '@tollgate/mock-provider';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANTHROPIC_TOOL_TOKENS,
  boundInputTokens,
  countPdfPages,
  IMAGE_TOKENS,
  MESSAGE_FRAMING_TOKENS,
  PDF_PAGE_TOKENS,
  REQUEST_FRAMING_TOKENS,
  TOOL_SYSTEM_PROMPT_TOKENS,
} from './bound-input-tokens.js';

const window = 200_000;
const user = (content: unknown) => ({ role: 'user', content });
const framing = (messages: number) => REQUEST_FRAMING_TOKENS + messages * MESSAGE_FRAMING_TOKENS;

/** A minimal PDF-like text with `pages` page objects and one page tree node, base64. */
function fakePdf(pages: number): string {
  const objects = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj << /Type /Page >>`);
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Pages /Count ${pages} >>\n${objects.join('\n')}`,
  ).toString('base64');
}

describe('boundInputTokens', () => {
  it('is the UTF-8 bytes of the JSON body plus the framing allowances', () => {
    const body = { model: 'm', max_tokens: 5, messages: [user('héllo 世界')] };
    const bytes = Buffer.byteLength(JSON.stringify(body), 'utf8');
    expect(boundInputTokens(body, window)).toEqual({ tokens: bytes + framing(1), capped: false });
  });

  it('adds the tool-use system prompt once, and a definition allowance per Anthropic-defined tool', () => {
    const custom = { name: 'lookup', input_schema: { type: 'object' } };
    const typed = { type: 'custom', name: 'lookup2', input_schema: { type: 'object' } };
    const body = {
      messages: [user('hi')],
      tools: [
        custom,
        typed,
        { type: 'bash_20250124', name: 'bash' },
        { type: 'text_editor_20250728', name: 'str_replace_based_edit_tool' },
      ],
    };
    const bytes = Buffer.byteLength(JSON.stringify(body), 'utf8');
    expect(boundInputTokens(body, window).tokens).toBe(
      bytes + framing(1) + TOOL_SYSTEM_PROMPT_TOKENS + 2 * ANTHROPIC_TOOL_TOKENS,
    );
  });

  it('replaces images, wherever they are, by a fixed allowance instead of their bytes', () => {
    const image = {
      type: 'image',
      source: { type: 'base64', media_type: 'image/png', data: 'A'.repeat(50_000) },
    };
    const body = {
      messages: [
        user([image, { type: 'text', text: 'what is this?' }]),
        user([
          {
            type: 'tool_result',
            tool_use_id: 't',
            content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }],
          },
        ]),
      ],
    };
    const stripped = JSON.stringify(body, (_key, value: unknown) =>
      typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'image'
        ? null
        : value,
    );
    expect(boundInputTokens(body, window).tokens).toBe(
      Buffer.byteLength(stripped) + framing(2) + 2 * IMAGE_TOKENS,
    );
  });

  it('bounds a base64 PDF by its page count, text documents by their text', () => {
    const pdf = {
      type: 'document',
      source: { type: 'base64', media_type: 'application/pdf', data: fakePdf(3) },
    };
    const withPdf = boundInputTokens({ messages: [user([pdf])] }, window).tokens;
    expect(withPdf).toBeGreaterThan(3 * PDF_PAGE_TOKENS);
    expect(withPdf).toBeLessThan(3 * PDF_PAGE_TOKENS + 200);
    const text = {
      type: 'document',
      source: { type: 'text', media_type: 'text/plain', data: 'x'.repeat(1_000) },
    };
    expect(boundInputTokens({ messages: [user([text])] }, window).tokens).toBeGreaterThan(1_000);
    const content = {
      type: 'document',
      source: { type: 'content', content: [{ type: 'text', text: 'y'.repeat(500) }] },
    };
    expect(boundInputTokens({ messages: [user([content])] }, window).tokens).toBeGreaterThan(500);
  });

  it('falls back to the context window for inputs whose size the request does not show', () => {
    const byUrl = { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' } };
    const uncountable = {
      type: 'document',
      source: { type: 'base64', media_type: 'application/pdf', data: 'AAAA' },
    };
    for (const body of [
      { messages: [user([byUrl])] },
      { messages: [user([uncountable])] },
      {
        messages: [user('hi')],
        mcp_servers: [{ type: 'url', url: 'https://mcp.example.com', name: 'x' }],
      },
      // The API prepends the conversation it holds for the thread.
      { messages: [user('hi')], thread: { type: 'continue', previous_message_id: 'msg_1' } },
      { messages: [user('hi')], thread: 'msg_1' },
    ]) {
      expect(boundInputTokens(body, window)).toEqual({ tokens: window, capped: true });
    }
    for (const thread of [undefined, null, { type: 'create' }]) {
      expect(boundInputTokens({ messages: [user('hi')], thread }, window).capped).toBe(false);
    }
  });

  it('never exceeds the context window', () => {
    expect(boundInputTokens({ messages: [user('z'.repeat(5_000))] }, 1_000)).toEqual({
      tokens: 1_000,
      capped: true,
    });
  });

  it('bounds the mock tokenizer count of a varied corpus from above', async () => {
    const corpus = [
      'The quick brown fox jumps over the lazy dog. '.repeat(40),
      'export function add(a: number, b: number): number {\n  return a + b;\n}\n'.repeat(30),
      '東京は日本の首都です。人口はおよそ千四百万人です。'.repeat(30),
      JSON.stringify({
        items: Array.from({ length: 50 }, (_, i) => ({
          id: i,
          name: `item-${i}`,
          tags: ['a', 'b'],
        })),
      }),
      '🙂🚀✨ emoji and ümlauts, ñ, ß — mixed. '.repeat(25),
      'Пример текста на русском языке для проверки. '.repeat(25),
    ];
    for (const text of corpus) {
      const body = {
        model: 'claude-opus-4-8',
        max_tokens: 10,
        system: 'Be brief.',
        messages: [user(text)],
      };
      const counted = await countInputTokens('messages', body);
      expect(boundInputTokens(body, window).tokens).toBeGreaterThanOrEqual(counted);
    }
  });
});

describe('boundInputTokens, texts measured unescaped', () => {
  const text = fc.string({ unit: 'binary', maxLength: 60 });
  const block = fc.oneof(
    text.map((value) => ({ type: 'text', text: value })),
    fc
      .record({ name: text, input: fc.dictionary(text, text, { maxKeys: 3 }) })
      .map(({ name, input }) => ({ type: 'tool_use', id: 'toolu_1', name, input })),
    text.map((value) => ({ type: 'tool_result', tool_use_id: 'toolu_1', content: value })),
  );
  const body = fc.record({
    model: fc.constant('claude-opus-4-8'),
    max_tokens: fc.nat(),
    system: fc.oneof(text, fc.array(text.map((value) => ({ type: 'text', text: value })))),
    messages: fc.array(
      fc.record({
        role: fc.constantFrom('user', 'assistant'),
        content: fc.oneof(text, fc.array(block, { maxLength: 4 })),
      }),
      { maxLength: 4 },
    ),
  });

  it('never exceeds the JSON bound, and equals it when no text needs escaping', () => {
    fc.assert(
      fc.property(body, (request) => {
        const json = Buffer.byteLength(JSON.stringify(request), 'utf8');
        const allowances = framing(request.messages.length);
        const bound = boundInputTokens(request, 10_000_000).tokens;
        expect(bound).toBeLessThanOrEqual(json + allowances);
        const textsOf = (content: string | readonly { type: string; text?: string }[]) =>
          typeof content === 'string'
            ? [content]
            : content.flatMap((part) => (part.type === 'text' ? [part.text ?? ''] : []));
        const texts = [
          ...textsOf(request.system),
          ...request.messages.flatMap((message) => textsOf(message.content)),
        ];
        if (texts.every((value) => JSON.stringify(value) === `"${value}"`))
          expect(bound).toBe(json + allowances);
      }),
    );
  });

  it('bounds the mock tokenizer count from above, escapes or not', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (request) => {
        const counted = await countInputTokens('messages', request);
        expect(boundInputTokens(request, 10_000_000).tokens).toBeGreaterThanOrEqual(counted);
      }),
      { numRuns: 60 },
    );
  });
});

describe('boundInputTokens, odd shapes', () => {
  it('measures any body as its JSON would be, whatever shape its parts take', () => {
    const date = new Date(0);
    const bodies: Array<Record<string, unknown>> = [
      { messages: 'not a list', system: null },
      { messages: ['a string message', null, 7], system: { not: 'text' } },
      {
        messages: [
          { role: 'user', content: null },
          { role: 'user', content: { odd: true } },
        ],
      },
      {
        messages: [
          {
            role: 'user',
            content: [{ type: 'text', text: 5 }, undefined, () => 1, { type: 'text', text: 'ok' }],
            skipped: undefined,
            alsoSkipped: () => 1,
            [Symbol('not serialised')]: 1,
            symbolValue: Symbol('left out'),
            when: date,
          },
        ],
      },
      { messages: [{ role: 'user', content: 'hi', toJSON: () => ({ replaced: true }) }] },
    ];
    for (const body of bodies) {
      const messages = Array.isArray(body.messages) ? body.messages.length : 0;
      expect(boundInputTokens(body, window).tokens).toBe(
        Buffer.byteLength(JSON.stringify(body), 'utf8') + framing(messages),
      );
    }
  });
});

describe('countPdfPages', () => {
  it('counts page objects, not page tree nodes, and 0 for anything else', () => {
    expect(countPdfPages(fakePdf(4))).toBe(4);
    expect(countPdfPages(undefined)).toBe(0);
    expect(countPdfPages('')).toBe(0);
  });
});
