import { countTextTokens } from '@tollgate/mock-provider';
import { expect, test } from 'vitest';
import { textCounter } from './text-tokens.js';

test('counts with the model encoding, loading each once; special-token text is plain text', async () => {
  const o200k = await textCounter('o200k_base');
  expect(await textCounter('o200k_base')).toBe(o200k);
  const text = 'Budgets make spending a hard limit. <|endoftext|>';
  expect(o200k(text)).toBe(await countTextTokens(text));
  expect(o200k('')).toBe(0);
  const cl100k = await textCounter('cl100k_base');
  expect(cl100k('hello world')).toBe(2);
});
