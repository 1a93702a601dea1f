import { defaultPricing } from '@tollgate/pricing';
import { describe, expect, it } from 'vitest';
import type { PlanSettings } from './plan-message.js';
import { routeRequest } from './route-request.js';

const settings: PlanSettings = {
  pricing: defaultPricing(),
  platform: 'anthropic',
  estimate: 'bytes',
  batch: false,
  metadata: undefined,
  countTokens: () => Promise.reject(new Error('not used')),
};

const kind = (method: string, path: string, body: unknown = {}) =>
  routeRequest({ method, path, body, stream: false }, settings);

describe('routeRequest', () => {
  it('meters Messages, plain and beta (0.x adds ?beta=true)', () => {
    expect(kind('POST', '/v1/messages').kind).toBe('metered');
    expect(kind('POST', '/v1/messages?beta=true').kind).toBe('metered');
    expect(kind('POST', '/v1/messages', null).kind).toBe('metered');
  });

  it.each([
    ['POST', '/v1/messages/count_tokens'],
    ['POST', '/v1/messages/count_tokens?beta=true'],
    ['GET', '/v1/models'],
    ['GET', '/v1/messages/batches/msgbatch_1/results'],
    ['POST', '/v1/messages/batches/msgbatch_1/cancel'],
    ['DELETE', '/v1/messages/batches/msgbatch_1'],
    ['POST', '/v1/files'],
    ['DELETE', '/v1/files/file_1'],
    ['POST', '/v1/skills'],
    ['POST', '/v1/skills/skill_1/versions'],
    ['POST', '/v1/organizations/workspaces'],
  ])('%s %s is free', (method, path) => {
    expect(kind(method, path)).toEqual({ kind: 'free' });
  });

  it.each([
    ['POST', '/v1/messages/batches', 'POST /v1/messages/batches'],
    ['POST', '/v1/messages/batches?beta=true', 'POST /v1/messages/batches'],
    ['POST', '/v1/complete', 'POST /v1/complete'],
    ['POST', '/v1/sessions', 'POST /v1/sessions'],
  ])('%s %s is paid and unmetered', (method, path, endpoint) => {
    expect(kind(method, path)).toEqual({ kind: 'unmetered', endpoint });
  });

  it.each([
    '/v1/organizations/../messages',
    '/v1/organizations/%2E%2e/messages',
    '/v1/organizations/x/../../messages',
    '/v1/messages/count_tokens/..',
    '/v1/./messages/',
    '/v1//messages',
    '/v1/files\\..\\messages',
    '/v1/organizations%2F..%2F..%2Fv1%2Fmessages',
    '/v1/%6Dessages',
    '/v1/organizations/../messages#fragment',
    'v1/organizations/../messages',
  ])('meters POST %s: the path it reaches is /v1/messages', (path) => {
    expect(kind('POST', path).kind).toBe('metered');
  });

  it.each([
    ['/v1/files/../files', 'free'],
    ['/v1/organizations#/../../messages', 'free'],
    ['/v1/organizations?x=/../../messages', 'free'],
    ['/v1/organizations?x#/../../messages', 'free'],
    ['/v1/organizations#x?/../../messages', 'free'],
    // As the URL resolves it: the `..` takes back the empty segment.
    ['/v1/organizations//../messages', 'free'],
    // A malformed escape is sent as written.
    ['/v1/organizations/%zz/../x', 'free'],
    ['/v1/messages/%zz', 'unmetered'],
  ])('classifies POST %s as the path it reaches (%s)', (path, expected) => {
    expect(kind('POST', path).kind).toBe(expected);
  });

  it('refuses a paid-method path that climbs above its root, named as written; other methods stay free', () => {
    for (const path of ['/../v1/organizations', '/v1/../../v1/files', '/%2e%2e/v1/files']) {
      expect(kind('POST', path)).toEqual({ kind: 'unmetered', endpoint: `POST ${path}` });
      expect(kind('GET', path)).toEqual({ kind: 'free' });
    }
  });

  it('refuses an absolute URL written as a paid path as unmetered, never free', () => {
    for (const path of [
      'https://api.anthropic.com/v1/organizations/../messages',
      'https://api.anthropic.com/v1/organizations',
    ]) {
      expect(kind('POST', path).kind).toBe('unmetered');
    }
  });

  it('meters listed fallbacks; refuses the server default and a fast hop as unmetered', () => {
    const body = { model: 'claude-haiku-4-5', max_tokens: 10, messages: [] };
    for (const fallbacks of [null, [], [{ model: 'claude-opus-4-1' }], 'other', 42, [null]]) {
      expect(kind('POST', '/v1/messages', { ...body, fallbacks }).kind).toBe('metered');
    }
    expect(kind('POST', '/v1/messages', { ...body, fallbacks: 'default' })).toEqual({
      kind: 'unmetered',
      endpoint: 'POST /v1/messages (fallbacks: default)',
    });
    const fast = [{ model: 'claude-opus-4-1' }, { model: 'claude-opus-4-8', speed: 'fast' }];
    expect(kind('POST', '/v1/messages', { ...body, fallbacks: fast })).toEqual({
      kind: 'unmetered',
      endpoint: 'POST /v1/messages (speed: fast)',
    });
  });

  it('treats fast mode as unmetered: its premium rates are not in the tables', () => {
    expect(kind('POST', '/v1/messages', { model: 'claude-opus-4-8', speed: 'fast' })).toEqual({
      kind: 'unmetered',
      endpoint: 'POST /v1/messages (speed: fast)',
    });
  });
});
