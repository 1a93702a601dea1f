import { InvalidOptionsError } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { providerForBaseUrl } from './provider-for-base-url.js';

describe('providerForBaseUrl', () => {
  it.each([
    ['https://api.openai.com/v1', 'openai'],
    ['https://api.anthropic.com', 'anthropic'],
    ['https://generativelanguage.googleapis.com/v1beta/openai/', 'google'],
    ['https://us-central1-aiplatform.googleapis.com/v1/projects/p', 'vertex'],
    ['https://aiplatform.googleapis.com/v1', 'vertex'],
    ['https://bedrock-runtime.us-east-1.amazonaws.com', 'bedrock'],
    ['https://bedrock-mantle.eu-west-1.amazonaws.com/v1', 'bedrock'],
    ['https://acme.openai.azure.com/openai/deployments/gpt-4o', 'azure'],
    ['https://acme-eastus.cognitiveservices.azure.com/openai', 'azure'],
    ['https://acme.services.ai.azure.com/models', 'azure'],
    ['https://gateway.azure-api.net/openai', 'azure'],
    ['https://api.deepseek.com', 'deepseek'],
    ['https://api.deepseek.com/v1', 'deepseek'],
    ['https://api.x.ai/v1', 'xai'],
    ['https://api.mistral.ai/v1', 'mistral'],
    ['https://api.groq.com/openai/v1', 'groq'],
    ['https://api.together.xyz/v1', 'together'],
    ['https://api.fireworks.ai/inference/v1', 'fireworks'],
    ['https://openrouter.ai/api/v1', 'openrouter'],
    ['HTTPS://API.X.AI./v1', 'xai'],
  ])('%s is %s', (url, provider) => {
    expect(providerForBaseUrl(url)).toBe(provider);
    expect(providerForBaseUrl(new URL(url))).toBe(provider);
  });

  it.each([
    'http://127.0.0.1:4010/v1',
    'http://localhost:11434/v1',
    'https://llm-proxy.acme.internal/v1',
    'https://api.x.ai.evil.example/v1',
    'https://evil.example/api.openai.com/v1',
    'https://openai.azure.com.evil.example',
    'not a url',
    '',
  ])('%s keeps the default (undefined)', (url) => {
    expect(providerForBaseUrl(url)).toBeUndefined();
  });
});

describe('providerForBaseUrl misuse', () => {
  it.each([42, null, undefined, { href: 'https://api.x.ai' }])(
    '%s is refused with a typed error saying what was expected',
    (value) => {
      let caught: unknown;
      try {
        providerForBaseUrl(value as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidOptionsError);
      expect((caught as Error).message).toMatch(
        /expected the base URL as a string or a URL, received/,
      );
    },
  );
});
