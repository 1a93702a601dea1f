import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { describe, expect, test } from 'vitest';
import { API_FRAMING } from './api-framing.js';
import { boundPrompt, PROVIDER_TOOL_TOKENS } from './bound-prompt.js';
import { PROVIDER_ROUTES, routeOf } from './provider-routes.js';
import { unpricedFeature } from './unpriced-features.js';

describe('routeOf', () => {
  test("'auto' takes the provider string's own route, and refuses one without", () => {
    expect(routeOf('deepseek.chat', 'deepseek-chat')).toBe(PROVIDER_ROUTES['deepseek.chat']);
    // @ai-sdk/xai 2's default model (Chat Completions) is xAI's too.
    expect(routeOf('xai.chat', 'grok-3-mini')).toMatchObject({
      provider: 'xai',
      optionsKey: 'xai',
    });
    expect(() => routeOf('cohere.chat', 'command-a')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MODEL', provider: 'cohere.chat' }),
    );
    // Object keys of the table's prototype are not routes.
    expect(() => routeOf('toString', 'x')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MODEL' }),
    );
  });

  test('a named table reads an unrouted provider by its suffix, options under its first name', () => {
    expect(routeOf('my-llm.chat', 'm', 'together')).toEqual({
      provider: 'together',
      api: 'openai-compatible-chat',
      optionsKey: 'my-llm',
    });
    expect(routeOf('acme.llm.embeddings', 'm', 'mistral')).toEqual({
      provider: 'mistral',
      api: 'openai-compatible-embedding',
      optionsKey: 'acme',
    });
    expect(routeOf('my-llm.responses', 'm', 'xai').api).toBe('openai-compatible-responses');
    // Served OpenAI models keep OpenAI's tokenizer rules.
    expect(routeOf('proxy.chat', 'gpt-4o', 'azure').api).toBe('openai-chat');
  });

  test('a named table cannot price a kind it does not know, nor a name without a kind', () => {
    for (const provider of ['my-llm.completion', 'my-llm.image', 'my-llm', '.chat']) {
      expect(() => routeOf(provider, 'm', 'together')).toThrow(
        expect.objectContaining({ code: 'UNKNOWN_MODEL', provider }),
      );
    }
  });

  test("a routed provider moved to another table: OpenAI's wire on other models has no OpenAI tokenizer", () => {
    expect(routeOf('openai.chat', 'deepseek-chat', 'deepseek')).toEqual({
      provider: 'deepseek',
      api: 'openai-compatible-chat',
      optionsKey: 'openai',
    });
    expect(routeOf('openai.responses', 'gpt-4.1', 'azure').api).toBe('openai-responses');
    expect(routeOf('openai.chat', 'gpt-4.1', 'openai')).toBe(PROVIDER_ROUTES['openai.chat']);
    expect(routeOf('google.generative-ai', 'gemini-2.5-flash', 'vertex')).toMatchObject({
      provider: 'vertex',
      api: 'google',
    });
  });
});

describe('framing by API', () => {
  const image: Pick<LanguageModelV4CallOptions, 'prompt'> = {
    prompt: [
      {
        role: 'user',
        content: [
          { type: 'file', mediaType: 'image/png', data: { type: 'data', data: new Uint8Array(8) } },
        ],
      },
    ],
  };

  test('an image of unknown size opens the bound where no fixed allowance holds', () => {
    expect(boundPrompt(image, 'openai-chat', 128_000).open).toBe(false);
    expect(boundPrompt(image, 'google', 1_048_576)).toEqual({ tokens: 1_048_576, open: true });
    expect(boundPrompt(image, 'openai-compatible-chat', 32_000)).toEqual({
      tokens: 32_000,
      open: true,
    });
  });

  test("Gemini's provider tools feed back what they retrieve: the context window bounds it", () => {
    const tools: LanguageModelV4CallOptions['tools'] = [
      { type: 'provider', id: 'google.url_context', name: 'url_context', args: {} },
    ];
    const prompt: LanguageModelV4CallOptions['prompt'] = [
      { role: 'user', content: [{ type: 'text', text: 'Summarise https://example.com' }] },
    ];
    expect(boundPrompt({ prompt, tools }, 'google', 1_048_576)).toEqual({
      tokens: 1_048_576,
      open: true,
    });
    // Elsewhere web search is bounded per use (uses x result tokens, by the plan), not here.
    const search: LanguageModelV4CallOptions['tools'] = [
      { type: 'provider', id: 'openai.web_search', name: 'web_search', args: {} },
    ];
    const openai = boundPrompt({ prompt, tools: search }, 'openai-responses', 1_048_576);
    expect(openai.open).toBe(false);
    expect(openai.tokens).toBeGreaterThan(PROVIDER_TOOL_TOKENS);
  });

  test('hosted tools that feed retrieved input back open the bound on every API', () => {
    const prompt: LanguageModelV4CallOptions['prompt'] = [
      { role: 'user', content: [{ type: 'text', text: 'Look it up' }] },
    ];
    const tool = (id: `${string}.${string}`, args: Record<string, unknown> = {}) =>
      boundPrompt(
        { prompt, tools: [{ type: 'provider', id, name: 'tool', args }] },
        id.startsWith('anthropic') ? 'anthropic' : 'openai-responses',
        1_047_576,
      ).open;
    for (const id of <const>[
      'openai.mcp',
      'openai.file_search',
      'openai.code_interpreter',
      'openai.tool_search',
      'anthropic.code_execution_20250825',
      'anthropic.tool_search_regex_20251119',
    ])
      expect(tool(id), id).toBe(true);
    expect(tool('openai.shell', { environment: { type: 'containerAuto' } })).toBe(true);
    // Tools the caller's code runs come back in the next step's prompt; searches per use.
    for (const id of <const>[
      'openai.local_shell',
      'openai.shell',
      'openai.apply_patch',
      'openai.custom',
      'openai.web_search_preview',
      'anthropic.bash_20250124',
      'anthropic.text_editor_20250728',
      'anthropic.computer_20251124',
      'anthropic.memory_20250818',
      'anthropic.web_fetch_20250910',
    ])
      expect(tool(id), id).toBe(false);
  });

  test('only OpenAI models are counted with the OpenAI tokenizer', () => {
    const counted = Object.entries(API_FRAMING)
      .filter(([, framing]) => framing.openaiTokenizer)
      .map(([api]) => api);
    expect(counted).toEqual(['openai-responses', 'openai-chat', 'openai-embedding']);
  });
});

describe('unpricedFeature', () => {
  const call = (extra: Partial<LanguageModelV4CallOptions>): LanguageModelV4CallOptions => ({
    prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    ...extra,
  });
  const google = routeOf('google.generative-ai', 'gemini-2.5-flash');
  const vertex = routeOf('google.vertex.chat', 'gemini-2.5-flash');

  test('Gemini: the priority tier under any of its option keys, and fee-charging tools', () => {
    const priority = { serviceTier: 'priority' };
    expect(unpricedFeature(google, call({ providerOptions: { google: priority } }))).toBe(
      'serviceTier: priority',
    );
    expect(
      unpricedFeature(
        vertex,
        call({ providerOptions: { googleVertex: { sharedRequestType: 'priority' } } }),
      ),
    ).toBe('sharedRequestType: priority');
    const maps = {
      type: 'provider' as const,
      id: 'google.google_maps' as const,
      name: 'maps',
      args: {},
    };
    expect(unpricedFeature(google, call({ tools: [maps] }))).toBe('tool google.google_maps');
  });

  test('what the tables price passes: flex and standard tiers, token-billed tools, other APIs', () => {
    const flex = { providerOptions: { google: { serviceTier: 'flex' } } };
    expect(unpricedFeature(google, call(flex))).toBeUndefined();
    const code = {
      type: 'provider' as const,
      id: 'google.code_execution' as const,
      name: 'code',
      args: {},
    };
    const fn = { type: 'function' as const, name: 'f', inputSchema: {} };
    expect(unpricedFeature(google, call({ tools: [code, fn] }))).toBeUndefined();
    expect(unpricedFeature(routeOf('openai.chat', 'gpt-4.1'), call(flex))).toBeUndefined();
    const fast = { providerOptions: { anthropic: { speed: 'fast' } } };
    expect(unpricedFeature(routeOf('anthropic.messages', 'claude-sonnet-4-5'), call(fast))).toBe(
      'speed: fast',
    );
  });

  test("Anthropic fallbacks are read under the route's own options key when no model name is given", () => {
    const anthropic = routeOf('anthropic.messages', 'claude-sonnet-4-5');
    const byServer = { providerOptions: { anthropic: { fallbacks: 'default' } } };
    expect(unpricedFeature(anthropic, call(byServer))).toBe('fallbacks: default');
    expect(unpricedFeature(anthropic, call({}))).toBeUndefined();
  });

  test('an xAI call with no tools and no Live Search has nothing unpriced', () => {
    expect(unpricedFeature(routeOf('xai.responses', 'grok-4'), call({}))).toBeUndefined();
  });
});
