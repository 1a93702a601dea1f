import { describe, expect, test } from 'vitest';
import { classifyEndpoint } from './classify-endpoint.js';

describe('classifyEndpoint', () => {
  test.each([
    ['POST', '/chat/completions', 'chat'],
    ['POST', '/responses', 'responses'],
    ['POST', '/embeddings', 'embeddings'],
  ])('%s %s is metered', (method, path, endpoint) => {
    expect(classifyEndpoint(method, path, {})).toEqual({ kind: 'metered', endpoint });
  });

  test.each([
    ['GET', '/models'],
    ['GET', '/responses/resp_1?stream=true'],
    ['DELETE', '/files/file_1'],
    ['HEAD', '/models'],
    ['POST', '/moderations'],
    ['POST', '/files'],
    ['POST', '/uploads/up_1/complete'],
    ['POST', '/chat/completions/chatcmpl_1'],
    ['POST', '/responses/resp_1/cancel'],
    ['POST', '/responses/input_tokens'],
    ['POST', '/conversations/conv_1/items'],
    ['POST', '/threads'],
    ['POST', '/threads/thread_1/messages'],
    ['POST', '/batches/batch_1/cancel'],
    ['POST', '/fine_tuning/jobs/ftjob_1/cancel'],
    ['POST', '/vector_stores/vs_1'],
    ['POST', '/organization/projects'],
  ])('%s %s is free', (method, path) => {
    expect(classifyEndpoint(method, path, undefined)).toEqual({ kind: 'free' });
  });

  test.each([
    ['POST', '/images/generations'],
    ['POST', '/images/edits'],
    ['POST', '/audio/speech'],
    ['POST', '/audio/transcriptions'],
    ['POST', '/audio/translations'],
    ['POST', '/realtime/client_secrets'],
    ['POST', '/fine_tuning/jobs'],
    ['POST', '/batches'],
    ['POST', '/threads/runs'],
    ['POST', '/threads/thread_1/runs'],
    ['POST', '/vector_stores'],
    ['POST', '/vector_stores/vs_1/file_batches'],
    ['POST', '/containers'],
    ['POST', '/videos'],
    ['POST', '/completions'],
    ['PUT', '/chat/completions'],
    ['POST', '/something/new'],
  ])('%s %s is paid and unmetered', (method, path) => {
    expect(classifyEndpoint(method, path, {})).toEqual({
      kind: 'unmetered',
      endpoint: `${method} ${path}`,
    });
  });

  test('a background response is unmetered (billed after the call returns)', () => {
    expect(classifyEndpoint('POST', '/responses', { background: true })).toEqual({
      kind: 'unmetered',
      endpoint: 'POST /responses (background)',
    });
    expect(classifyEndpoint('POST', '/responses', null)).toMatchObject({ kind: 'metered' });
  });
});
