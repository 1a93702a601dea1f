import { describe, expect, it } from 'vitest';
import {
  countInputTokens,
  countInputTokensWith,
  countTextTokens,
  MESSAGE_FRAMING_TOKENS,
  REPLY_PRIMING_TOKENS,
  stringLeaves,
} from './count-input-tokens.js';
import { countWords, loremPieces, loremText, textPieces } from './lorem.js';

// A counter that makes the formula visible: one token per character.
const characters = (text: string): number => text.length;

describe('countInputTokens', () => {
  it('applies framing per message plus reply priming', () => {
    const body = {
      messages: [
        { role: 'user', content: 'abcd' },
        { role: 'assistant', content: 'ef' },
      ],
    };
    expect(countInputTokensWith(characters, 'chat', body)).toBe(
      REPLY_PRIMING_TOKENS + 2 * MESSAGE_FRAMING_TOKENS + 6,
    );
  });

  it('counts system, instructions, content parts and tools, skipping structure and binaries', () => {
    const tool = { name: 't', input_schema: { type: 'object' } };
    const anthropicBody = {
      system: [{ type: 'text', text: 'sys', cache_control: { type: 'ephemeral' } }],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'hello' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } },
            { type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' },
          ],
        },
      ],
      tools: [tool],
    };
    expect(countInputTokensWith(characters, 'messages', anthropicBody)).toBe(
      REPLY_PRIMING_TOKENS +
        2 * MESSAGE_FRAMING_TOKENS +
        'sys'.length +
        'hello'.length +
        'ok'.length +
        JSON.stringify(tool).length,
    );
    const responsesBody = {
      instructions: 'be brief',
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'hi' }] }],
    };
    expect(countInputTokensWith(characters, 'responses', responsesBody)).toBe(
      REPLY_PRIMING_TOKENS + 2 * MESSAGE_FRAMING_TOKENS + 10,
    );
    expect(countInputTokensWith(characters, 'responses', { input: 'abc' })).toBe(
      REPLY_PRIMING_TOKENS + MESSAGE_FRAMING_TOKENS + 3,
    );
    expect(
      stringLeaves({
        role: 'user',
        name: 'n',
        content: [{ type: 'image_url', image_url: { url: 'data:' } }],
      }),
    ).toEqual(['n']);
  });

  it('counts Converse system, tool uses, tool results and toolConfig tools, skipping ids', () => {
    const tool = { toolSpec: { name: 'w', inputSchema: { json: { type: 'object' } } } };
    const cachePoint = { cachePoint: { type: 'default' } };
    const converseBody = {
      system: [{ text: 'sys' }],
      messages: [
        { role: 'user', content: [{ text: 'hello' }] },
        {
          role: 'assistant',
          content: [{ toolUse: { toolUseId: 'tooluse_1', name: 'w', input: { city: 'Oslo' } } }],
        },
        {
          role: 'user',
          content: [{ toolResult: { toolUseId: 'tooluse_1', content: [{ text: 'sunny' }] } }],
        },
      ],
      toolConfig: { tools: [tool, cachePoint], toolChoice: { auto: {} } },
    };
    const framing = REPLY_PRIMING_TOKENS + 4 * MESSAGE_FRAMING_TOKENS;
    const texts = 'sys'.length + 'hello'.length + 'w'.length + 'Oslo'.length + 'sunny'.length;
    const tools = JSON.stringify(tool).length + JSON.stringify(cachePoint).length;
    expect(countInputTokensWith(characters, 'converse', converseBody)).toBe(
      framing + texts + tools,
    );
    // Only Converse reads toolConfig: a Messages body with one is counted without it.
    expect(countInputTokensWith(characters, 'messages', converseBody)).toBe(framing + texts);
  });

  it('counts embeddings without framing', () => {
    expect(countInputTokensWith(characters, 'embeddings', { input: 'abc' })).toBe(3);
    expect(countInputTokensWith(characters, 'embeddings', { input: ['ab', 'c'] })).toBe(3);
    expect(countInputTokensWith(characters, 'embeddings', { input: [1, 2, 3] })).toBe(3);
    expect(countInputTokensWith(characters, 'embeddings', { input: [[1, 2], [3]] })).toBe(3);
    expect(countInputTokensWith(characters, 'chat', null)).toBe(0);
  });

  it('uses o200k_base and treats special-token text as text', async () => {
    expect(await countTextTokens('Hello world, how are you?')).toBe(7);
    expect(await countTextTokens('<|endoftext|>')).toBeGreaterThan(1);
    const body = { messages: [{ role: 'user', content: 'Hello world, how are you?' }] };
    expect(await countInputTokens('chat', body)).toBe(
      REPLY_PRIMING_TOKENS + MESSAGE_FRAMING_TOKENS + 7,
    );
  });
});

describe('lorem', () => {
  it('has exactly one word per output token and joins its pieces', () => {
    expect(loremText(3)).toBe('Lorem ipsum dolor.');
    expect(countWords(loremText(40))).toBe(40);
    expect(loremPieces(40).join('')).toBe(loremText(40));
    expect(loremText(0)).toBe('');
  });

  it('splits scripted text into pieces that rejoin exactly', () => {
    expect(textPieces('  one two\nthree ')).toEqual(['  one', ' two', '\nthree ']);
    expect(textPieces('   ')).toEqual(['   ']);
    expect(textPieces('')).toEqual([]);
  });
});
