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

  test.each([
    ['/organization/../chat/completions', 'chat'],
    ['/organization/%2e%2e/chat/completions', 'chat'],
    ['/organization/%2E./responses', 'responses'],
    ['/organization\\..\\embeddings', 'embeddings'],
    ['/organization/.\t./chat/completions', 'chat'],
    ['/./chat/./completions?x=1', 'chat'],
    ['/files/../responses#fragment', 'responses'],
    // A server may decode escapes: an escaped separator is read as one.
    ['/organization%2F..%2Fchat/completions', 'chat'],
    ['/organization/%2e%2e%5Cchat/completions', 'chat'],
  ])(
    'POST %s reaches a metered endpoint once the URL resolves it, and is metered',
    (path, endpoint) => {
      expect(classifyEndpoint('POST', path, {})).toEqual({ kind: 'metered', endpoint });
    },
  );

  test.each([
    ['/organization//../projects', { kind: 'free' }],
    ['/organization/x#/../../chat/completions', { kind: 'free' }],
    ['/threads/thread_1/messages/msg.1', { kind: 'free' }],
    ['/files/../images/generations', { kind: 'unmetered', endpoint: 'POST /images/generations' }],
  ])('POST %s is classified by the path the URL resolves', (path, decision) => {
    expect(classifyEndpoint('POST', path, {})).toEqual(decision);
  });

  test.each([
    '/../v1/chat/completions',
    '/organization/../../chat/completions',
    'https://api.openai.com/v1/chat/completions',
  ])('POST %s leaves the base URL or is an absolute URL: unmetered, never free', (path) => {
    expect(classifyEndpoint('POST', path, {})).toEqual({
      kind: 'unmetered',
      endpoint: `POST ${path}`,
    });
  });

  test('a background response behind a dot segment is still unmetered', () => {
    expect(classifyEndpoint('POST', '/organization/../responses', { background: true })).toEqual({
      kind: 'unmetered',
      endpoint: 'POST /responses (background)',
    });
  });
});
