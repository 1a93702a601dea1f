import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { withBudget } from '@tollgate/anthropic';
import { createBudget } from '@tollgate/core';

const team = createBudget({ id: 'team', limitUsd: '50' });

// Claude on Amazon Bedrock, at Bedrock's rates, under Bedrock's model ids.
const bedrock = withBudget(new AnthropicBedrock({ awsRegion: 'us-east-1' }), { budget: team });
await bedrock.messages.create({
  model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  max_tokens: 400,
  messages: [{ role: 'user', content: 'Hello' }],
});

// Claude on Google Vertex AI, at Vertex's rates; streams are metered as usual.
const vertex = withBudget(new AnthropicVertex({ region: 'us-east5', projectId: 'acme' }), {
  budget: team,
});
const stream = vertex.messages.stream({
  model: 'claude-sonnet-4-5@20250929',
  max_tokens: 400,
  messages: [{ role: 'user', content: 'Hello' }],
});
console.log((await stream.finalMessage()).usage);
