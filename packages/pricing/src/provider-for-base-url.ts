/**
 * Which provider's prices apply to a client, from the base URL it talks to. Adapters call
 * this so that `new OpenAI({ baseURL: 'https://api.deepseek.com' })` is priced at DeepSeek's
 * rates. Anything else (a proxy, a self-hosted server, a loopback test server) is
 * `undefined`: the caller keeps its default table and refuses unknown models.
 */
import { InvalidOptionsError } from '@tollgate/core';
import { describeValue } from '@tollgate/core/internal';
import type { Provider } from './schema.js';

// Host patterns, matched against the lower-cased host name only (never the path).
const HOSTS: ReadonlyArray<readonly [RegExp, Provider]> = [
  [/^api\.openai\.com$/, 'openai'],
  [/^api\.anthropic\.com$/, 'anthropic'],
  [/^generativelanguage\.googleapis\.com$/, 'google'],
  [/^(?:[a-z0-9-]+-)?aiplatform\.googleapis\.com$/, 'vertex'],
  [/^bedrock-(?:runtime|mantle)(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/, 'bedrock'],
  [
    /^[a-z0-9-]+\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com|azure-api\.net)$/,
    'azure',
  ],
  [/^api\.deepseek\.com$/, 'deepseek'],
  [/^api\.x\.ai$/, 'xai'],
  [/^api\.mistral\.ai$/, 'mistral'],
  [/^api\.groq\.com$/, 'groq'],
  [/^api\.together\.(?:xyz|ai)$/, 'together'],
  [/^api\.fireworks\.ai$/, 'fireworks'],
  [/^(?:api\.)?openrouter\.ai$/, 'openrouter'],
];

/**
 * The provider id for a base URL (`https://api.x.ai/v1` → `'xai'`; Azure by its host
 * pattern, e.g. `https://acme.openai.azure.com/openai`), or `undefined` for any other
 * host or a string that is not a URL.
 *
 * @throws InvalidOptionsError when `baseUrl` is neither a string nor a `URL`.
 */
export function providerForBaseUrl(baseUrl: string | URL): Provider | undefined {
  if (typeof baseUrl !== 'string' && !(baseUrl instanceof URL)) {
    const message = `providerForBaseUrl: expected the base URL as a string or a URL, received ${describeValue(baseUrl)}`;
    throw new InvalidOptionsError(message, [{ path: '', message }]);
  }
  let host: string;
  try {
    host = (baseUrl instanceof URL ? baseUrl : new URL(String(baseUrl))).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  for (const [pattern, provider] of HOSTS) if (pattern.test(host)) return provider;
  return undefined;
}
