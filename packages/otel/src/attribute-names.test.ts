import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import {
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_PROVIDER_NAME,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_RESPONSE_MODEL,
  ATTR_GEN_AI_TOKEN_TYPE,
  ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  ATTR_GEN_AI_USAGE_REASONING_OUTPUT_TOKENS,
  METRIC_GEN_AI_CLIENT_OPERATION_DURATION,
  METRIC_GEN_AI_CLIENT_TOKEN_USAGE,
} from '@opentelemetry/semantic-conventions/incubating';
import { describe, expect, it } from 'vitest';
import { genAi, tollgate } from './attribute-names.js';

describe('attribute names', () => {
  it('are the GenAI names of @opentelemetry/semantic-conventions 1.45.0', () => {
    expect(genAi).toEqual({
      providerName: ATTR_GEN_AI_PROVIDER_NAME,
      operationName: ATTR_GEN_AI_OPERATION_NAME,
      requestModel: ATTR_GEN_AI_REQUEST_MODEL,
      responseModel: ATTR_GEN_AI_RESPONSE_MODEL,
      inputTokens: ATTR_GEN_AI_USAGE_INPUT_TOKENS,
      outputTokens: ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
      cacheReadInputTokens: ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
      cacheCreationInputTokens: ATTR_GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS,
      reasoningOutputTokens: ATTR_GEN_AI_USAGE_REASONING_OUTPUT_TOKENS,
      tokenType: ATTR_GEN_AI_TOKEN_TYPE,
      tokenUsageMetric: METRIC_GEN_AI_CLIENT_TOKEN_USAGE,
      operationDurationMetric: METRIC_GEN_AI_CLIENT_OPERATION_DURATION,
      errorType: ATTR_ERROR_TYPE,
    });
  });

  it('give everything without a convention the tollgate. prefix', () => {
    for (const name of Object.values(tollgate)) expect(name).toMatch(/^tollgate\./);
  });
});
