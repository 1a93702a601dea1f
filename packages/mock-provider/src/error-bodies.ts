import type { ProviderName } from './mock-request.js';
import type { ScriptedError } from './script-rule.js';

/** OpenAI's error body: all four keys are always present. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** Anthropic's error body. */
export interface AnthropicErrorBody {
  type: 'error';
  error: { type: string; message: string };
  request_id: string;
}

interface OpenAIErrorDefaults {
  readonly message: string;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;
}

// Messages and types follow recorded bodies (see the wire facts): 401 uses
// `invalid_request_error` + `invalid_api_key`, 429 uses type `tokens` + `rate_limit_exceeded`.
const OPENAI_ERRORS: Readonly<Record<number, OpenAIErrorDefaults>> = {
  400: {
    message:
      "This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens. Please reduce the length of the messages.",
    type: 'invalid_request_error',
    param: 'messages',
    code: 'context_length_exceeded',
  },
  401: {
    message:
      'Incorrect API key provided: sk-mock. You can find your API key at https://platform.openai.com/account/api-keys.',
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_api_key',
  },
  403: {
    message: 'You are not allowed to sample from this model',
    type: 'invalid_request_error',
    param: null,
    code: null,
  },
  404: {
    message: 'The model `mock-model` does not exist or you do not have access to it.',
    type: 'invalid_request_error',
    param: null,
    code: 'model_not_found',
  },
  429: {
    message:
      'Rate limit reached for mock-model in organization org-mock on tokens per min (TPM): Limit 30000, Used 30000, Requested 1000. Please try again in 2s. Visit https://platform.openai.com/account/rate-limits to learn more.',
    type: 'tokens',
    param: null,
    code: 'rate_limit_exceeded',
  },
  500: {
    message:
      'The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.',
    type: 'server_error',
    param: null,
    code: null,
  },
  503: {
    message: 'The engine is currently overloaded, please try again later.',
    type: 'server_error',
    param: null,
    code: null,
  },
};

const ANTHROPIC_ERRORS: Readonly<Record<number, { type: string; message: string }>> = {
  400: { type: 'invalid_request_error', message: 'Bad request' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  403: {
    type: 'permission_error',
    message: 'Your API key does not have permission to use the specified resource.',
  },
  404: { type: 'not_found_error', message: 'The requested resource could not be found.' },
  413: {
    type: 'request_too_large',
    message: 'Request exceeds the maximum allowed number of bytes.',
  },
  429: {
    type: 'rate_limit_error',
    message: "This request would exceed your account's rate limit. Please try again later.",
  },
  500: { type: 'api_error', message: 'Internal server error' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

/** Google's error body (Gemini API and Vertex AI): the HTTP code and its gRPC status name. */
export interface GoogleErrorBody {
  error: { code: number; message: string; status: string };
}

const GOOGLE_ERRORS: Readonly<Record<number, { status: string; message: string }>> = {
  400: { status: 'INVALID_ARGUMENT', message: 'Request contains an invalid argument.' },
  401: {
    status: 'UNAUTHENTICATED',
    message: 'Request had invalid authentication credentials.',
  },
  403: { status: 'PERMISSION_DENIED', message: 'The caller does not have permission.' },
  404: { status: 'NOT_FOUND', message: 'Requested entity was not found.' },
  429: {
    status: 'RESOURCE_EXHAUSTED',
    message: 'You exceeded your current quota, please check your plan and billing details.',
  },
  500: { status: 'INTERNAL', message: 'An internal error has occurred.' },
  503: { status: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' },
  504: {
    status: 'DEADLINE_EXCEEDED',
    message: 'Deadline expired before operation could complete.',
  },
};

/**
 * The Google error body for a status, with scripted overrides applied (`type` replaces the
 * status name, e.g. `RESOURCE_EXHAUSTED`).
 */
export function googleErrorBody(status: number, overrides: ScriptedError = {}): GoogleErrorBody {
  const defaults = GOOGLE_ERRORS[status] ?? {
    status: status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT',
    message: status >= 500 ? 'An internal error has occurred.' : 'Invalid request.',
  };
  return {
    error: {
      code: status,
      message: overrides.message ?? defaults.message,
      status: overrides.type ?? defaults.status,
    },
  };
}

/** The OpenAI error body for a status, with scripted overrides applied. */
export function openAIErrorBody(status: number, overrides: ScriptedError = {}): OpenAIErrorBody {
  const defaults = OPENAI_ERRORS[status] ?? {
    message:
      status >= 500 ? 'The server had an error while processing your request.' : 'Invalid request.',
    type: status >= 500 ? 'server_error' : 'invalid_request_error',
    param: null,
    code: null,
  };
  return {
    error: {
      message: overrides.message ?? defaults.message,
      type: overrides.type ?? defaults.type,
      param: overrides.param === undefined ? defaults.param : overrides.param,
      code: overrides.code === undefined ? defaults.code : overrides.code,
    },
  };
}

/** The Anthropic error body for a status, with scripted overrides applied. */
export function anthropicErrorBody(
  status: number,
  requestId: string,
  overrides: ScriptedError = {},
): AnthropicErrorBody {
  const defaults = ANTHROPIC_ERRORS[status] ?? {
    type: status >= 500 ? 'api_error' : 'invalid_request_error',
    message: status >= 500 ? 'Internal server error' : 'Bad request',
  };
  return {
    type: 'error',
    error: {
      type: overrides.type ?? defaults.type,
      message: overrides.message ?? defaults.message,
    },
    request_id: requestId,
  };
}

/** The data of OpenAI's Chat mid-stream error (a chunk with an `error` key, no event name). */
export function openAIStreamErrorData(overrides: ScriptedError = {}): OpenAIErrorBody {
  return openAIErrorBody(500, overrides);
}

/** The data of Anthropic's mid-stream `event: error` (docs example: no request id). */
export function anthropicStreamErrorData(overrides: ScriptedError = {}): {
  type: 'error';
  error: { type: string; message: string };
} {
  return {
    type: 'error',
    error: {
      type: overrides.type ?? 'overloaded_error',
      message: overrides.message ?? 'Overloaded',
    },
  };
}

/** Bedrock's error body: a `message`, with the exception named in `x-amzn-errortype`. */
export interface BedrockErrorBody {
  message: string;
}

const BEDROCK_ERRORS: Readonly<Record<number, { type: string; message: string }>> = {
  400: {
    type: 'ValidationException',
    message: 'Malformed input request, please reformat your input and try again.',
  },
  403: {
    type: 'AccessDeniedException',
    message: "You don't have access to the model with the specified model ID.",
  },
  404: { type: 'ResourceNotFoundException', message: 'The requested resource could not be found.' },
  408: { type: 'ModelTimeoutException', message: 'Model has timed out in processing the request.' },
  429: {
    type: 'ThrottlingException',
    message: 'Too many requests, please wait before trying again.',
  },
  500: { type: 'InternalServerException', message: 'The server encountered an internal error.' },
  503: {
    type: 'ServiceUnavailableException',
    message: 'Bedrock is unable to process your request.',
  },
};

/** The Bedrock error body for a status and its `x-amzn-errortype`, with scripted overrides. */
export function bedrockError(
  status: number,
  overrides: ScriptedError = {},
): { body: BedrockErrorBody; type: string } {
  const defaults = BEDROCK_ERRORS[status] ?? {
    type: status >= 500 ? 'InternalServerException' : 'ValidationException',
    message: status >= 500 ? 'The server encountered an internal error.' : 'Bad request',
  };
  return {
    body: { message: overrides.message ?? defaults.message },
    type: overrides.type ?? defaults.type,
  };
}

/** The error body a provider's clients expect for a status, with scripted overrides. */
export function errorBody(
  provider: ProviderName,
  status: number,
  requestId: string,
  overrides: ScriptedError = {},
): OpenAIErrorBody | AnthropicErrorBody | BedrockErrorBody | GoogleErrorBody {
  if (provider === 'openai') return openAIErrorBody(status, overrides);
  if (provider === 'bedrock') return bedrockError(status, overrides).body;
  if (provider === 'google') return googleErrorBody(status, overrides);
  return anthropicErrorBody(status, requestId, overrides);
}
