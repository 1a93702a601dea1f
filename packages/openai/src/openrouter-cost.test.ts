import { describe, expect, test } from 'vitest';
import { askForReportedCost } from './openrouter-cost.js';

describe('askForReportedCost', () => {
  const body = { model: 'openai/gpt-4o', messages: [] };

  test('asks OpenRouter chat and Responses calls for usage accounting, keeping other fields', () => {
    expect(askForReportedCost('openrouter', 'chat', body)).toEqual({
      ...body,
      usage: { include: true },
    });
    expect(askForReportedCost('openrouter', 'responses', { ...body, usage: 'odd' })).toEqual({
      ...body,
      usage: { include: true },
    });
  });

  test('changes nothing when already asked, for embeddings, or for another provider', () => {
    expect(askForReportedCost('openrouter', 'chat', { ...body, usage: { include: true } })).toBe(
      undefined,
    );
    expect(askForReportedCost('openrouter', 'embeddings', body)).toBeUndefined();
    expect(askForReportedCost('deepseek', 'chat', body)).toBeUndefined();
  });
});
