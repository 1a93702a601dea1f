import { describe, expect, test } from 'vitest';
import {
  byteBound,
  MESSAGE_FRAMING_TOKENS,
  measureChat,
  measureEmbeddings,
  measureResponses,
  REPLY_PRIMING_TOKENS,
  TOOLS_FRAMING_TOKENS,
  tokenizerCount,
} from './measure-input.js';
import { loadCounter } from './text-tokenizer.js';

describe('measureChat', () => {
  test('texts, framing, tools, schemas; images priced by size; bytes bound tokens', async () => {
    const measure = measureChat(
      {
        messages: [
          { role: 'system', content: 'Be brief.' },
          {
            role: 'user',
            name: 'ann',
            content: [
              { type: 'text', text: '東京の天気は？' },
              { type: 'image_url', image_url: { url: 'https://x/cat.png', detail: 'low' } },
            ],
          },
          {
            role: 'assistant',
            tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }],
          },
        ],
        tools: [{ type: 'function', function: { name: 'f', parameters: {} } }],
        functions: [],
        response_format: { type: 'json_object' },
        tool_choice: { type: 'function', function: { name: 'f' } },
      },
      'gpt-4o',
    );
    expect(measure.open).toBe(false);
    expect(measure.texts).toContain('東京の天気は？');
    expect(measure.texts).not.toContain('text');
    expect(measure.fixedTokens).toBe(
      REPLY_PRIMING_TOKENS + 3 * MESSAGE_FRAMING_TOKENS + 85 + TOOLS_FRAMING_TOKENS,
    );
    const exact = tokenizerCount(measure, await loadCounter('o200k_base'));
    expect(byteBound(measure)).toBeGreaterThanOrEqual(exact);
  });

  test('audio, files and audio references cannot be measured: the input is open', () => {
    for (const part of [
      { type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } },
      { type: 'file', file: { file_id: 'file_1' } },
    ]) {
      expect(measureChat({ messages: [{ role: 'user', content: [part] }] }, 'gpt-4o').open).toBe(
        true,
      );
    }
    const reply = { role: 'assistant', audio: { id: 'audio_1' } };
    expect(measureChat({ messages: [reply] }, 'gpt-4o').open).toBe(true);
    expect(measureChat({}, 'gpt-4o')).toMatchObject({
      open: false,
      fixedTokens: REPLY_PRIMING_TOKENS,
    });
  });
});

describe('measureResponses', () => {
  test('instructions, string or item input, function tools and text formats', () => {
    const measure = measureResponses(
      {
        instructions: 'Be brief.',
        input: [
          {
            role: 'user',
            content: [
              { type: 'input_text', text: 'Hi' },
              { type: 'input_image', image_url: 'https://x', detail: 'high' },
            ],
          },
          { type: 'function_call_output', call_id: 'c', output: 'done' },
        ],
        tools: [{ type: 'function', name: 'f', parameters: {} }],
        text: { format: { type: 'json_schema', name: 'x', schema: {} } },
        tool_choice: { type: 'function', name: 'f' },
      },
      'gpt-4o',
    );
    expect(measure.open).toBe(false);
    expect(measure.texts).toEqual(expect.arrayContaining(['Be brief.', 'Hi', 'done']));
    expect(measure.fixedTokens).toBe(
      REPLY_PRIMING_TOKENS + 3 * MESSAGE_FRAMING_TOKENS + 85 + 170 * 8 + TOOLS_FRAMING_TOKENS,
    );
    expect(measureResponses({ input: 'Hi' }, 'gpt-4o').texts).toEqual(['Hi']);
  });

  test('server-side tools and earlier turns kept by OpenAI make the input open', () => {
    expect(measureResponses({ input: 'x', tools: [{ type: 'web_search' }] }, 'gpt-4o').open).toBe(
      true,
    );
    expect(measureResponses({ input: 'x', previous_response_id: 'r' }, 'gpt-4o').open).toBe(true);
    expect(measureResponses({ input: 'x', conversation: 'c' }, 'gpt-4o').open).toBe(true);
    expect(
      measureResponses(
        { input: [{ role: 'user', content: [{ type: 'input_file', file_id: 'f' }] }] },
        'gpt-4o',
      ).open,
    ).toBe(true);
  });
});

describe('measureEmbeddings', () => {
  test('strings, string arrays, token arrays; no framing', () => {
    expect(measureEmbeddings({ input: 'abc' })).toMatchObject({ texts: ['abc'], fixedTokens: 0 });
    expect(measureEmbeddings({ input: ['a', 'b', [1, 2, 3], 5] })).toMatchObject({
      texts: ['a', 'b'],
      fixedTokens: 3,
    });
    expect(measureEmbeddings({ input: [1, 2, 3, 4] })).toMatchObject({ texts: [], fixedTokens: 4 });
    expect(measureEmbeddings({})).toMatchObject({ texts: [], fixedTokens: 0, textBytes: 0 });
  });
});
