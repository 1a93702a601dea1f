import type { Pricing } from '@tollgate/pricing';
import { AzureOpenAI } from 'openai';
import { describe, expect, test } from 'vitest';
import { azureDeployment } from './azure-client.js';
import { UnknownModelError } from './index.js';
import { resolveModel } from './resolve-model.js';
import { planSettings } from './test-support/plan-settings.js';

const chat = { method: 'POST', path: '/chat/completions', body: {}, stream: false };

describe('azureDeployment', () => {
  const azure = (options: { deployment?: string; baseURL?: string }) =>
    azureDeployment(new AzureOpenAI({ apiKey: 'k', apiVersion: '2024-10-21', ...options }));

  test('reads the client deployment and a deployment in the base URL; nothing for other clients', () => {
    expect(azure({ deployment: 'gpt-4o', baseURL: 'https://x.openai.azure.com/openai' })).toEqual({
      inBaseURL: undefined,
      named: 'gpt-4o',
    });
    expect(azure({ baseURL: 'https://x.openai.azure.com/openai/deployments/my%20chat/' })).toEqual({
      inBaseURL: 'my chat',
      named: undefined,
    });
    // A trailing `deployments` segment names none; an unparsable base URL names none.
    expect(azure({ baseURL: 'https://x.openai.azure.com/openai/deployments' })?.inBaseURL).toBe(
      undefined,
    );
    expect(azure({ deployment: '', baseURL: 'not a url' })).toEqual({
      inBaseURL: undefined,
      named: undefined,
    });
    expect(azureDeployment({ baseURL: 'https://api.openai.com/v1' })).toBeUndefined();
  });
});

describe('resolveModel', () => {
  const settings = (named: string) =>
    planSettings({ provider: 'azure', deployment: { inBaseURL: undefined, named } });

  test('an unpriced deployment close to a known id names the closest ids', () => {
    const refusal = () => resolveModel('chat', chat, { model: 'gpt-4o' }, settings('gpt-4o-minii'));
    expect(refusal).toThrow(UnknownModelError);
    expect(refusal).toThrow(/Azure deployment "gpt-4o-minii".*Closest known ids: gpt-4o-mini/);
  });

  test('errors other than an unknown model pass through as they are', () => {
    // The default pricing, with a resolve that fails otherwise than for an unknown model.
    const pricing: Pricing = Object.create(planSettings().pricing);
    pricing.resolve = () => {
      throw new RangeError('table unavailable');
    };
    const broken = planSettings({
      provider: 'azure',
      deployment: { inBaseURL: 'gpt-4o', named: undefined },
      pricing,
    });
    expect(() => resolveModel('responses', chat, {}, broken)).toThrow(RangeError);
  });
});
