/**
 * Which price table a wrapped Anthropic client is priced from: Claude through the
 * Anthropic API, Amazon Bedrock (`AnthropicBedrock` from `@anthropic-ai/bedrock-sdk`) or
 * Google Vertex AI (`AnthropicVertex` from `@anthropic-ai/vertex-sdk`). Each platform sells
 * Claude at its own rates under its own model ids (`anthropic.claude-sonnet-4-5-20250929-v1:0`,
 * `claude-sonnet-4-5@20250929`).
 */

/** The price tables Claude is sold under. */
export type ClaudePlatform = 'anthropic' | 'bedrock' | 'vertex';

/**
 * The platform of an Anthropic client, told by the fields each client class sets in its
 * constructor (its base URL may be a gateway or a test server, so the host cannot tell):
 * `awsRegion` on `AnthropicBedrock`, `projectId` and `region` on `AnthropicVertex`.
 */
export function platformOfClient(client: object): ClaudePlatform {
  if ('awsRegion' in client) return 'bedrock';
  if ('projectId' in client && 'region' in client) return 'vertex';
  return 'anthropic';
}
