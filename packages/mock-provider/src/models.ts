import { type Exchange, sendJson } from './exchange.js';

const OPENAI_MODELS = [
  'gpt-5.4',
  'gpt-5.4-mini',
  'gpt-4o',
  'gpt-4o-mini',
  'text-embedding-3-small',
  'text-embedding-3-large',
];
const ANTHROPIC_MODELS = [
  { id: 'claude-opus-4-8', display_name: 'Claude Opus 4.8' },
  { id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5' },
  { id: 'claude-haiku-4-5', display_name: 'Claude Haiku 4.5' },
];

/** `GET /v1/models`: a small, fixed list in the asking provider's shape. */
export async function handleModels(exchange: Exchange): Promise<void> {
  if (exchange.request.provider === 'openai') {
    const data = OPENAI_MODELS.map((id) => ({
      id,
      object: 'model',
      created: 1_700_000_000,
      owned_by: 'system',
    }));
    await sendJson(exchange, 200, { object: 'list', data });
    return;
  }
  const data = ANTHROPIC_MODELS.map((model) => ({
    type: 'model',
    ...model,
    created_at: '2025-09-29T00:00:00Z',
  }));
  await sendJson(exchange, 200, {
    data,
    has_more: false,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
  });
}
