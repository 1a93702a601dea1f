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

  it('treats fast mode as unmetered: its premium rates are not in the tables', () => {
    expect(kind('POST', '/v1/messages', { model: 'claude-opus-4-8', speed: 'fast' })).toEqual({
      kind: 'unmetered',
      endpoint: 'POST /v1/messages (speed: fast)',
    });
  });
});
