import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledTables, createPricing, PROVIDERS } from '@tollgate/pricing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { argv, captureIO } from './test-support/capture-io.js';

async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIO(env);
  const code = await main(argv(...args), io);
  return { code, out: io.out(), err: io.err() };
}

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-update-'));
/** What the loopback server answers, per path: [status, body]. */
const routes = new Map<string, [number, string]>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const [status, body] = routes.get(request.url ?? '') ?? [404, 'not found'];
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** genai-prices v2 data for DeepSeek: one price cut, one new model, everything else gone. */
function genaiData(chatInput: number): unknown {
  return [
    {
      id: 'deepseek',
      name: 'DeepSeek',
      models: [
        {
          id: 'deepseek-chat',
          match: { equals: 'deepseek-chat' },
          context_window: 128000,
          prices: { input_mtok: chatInput, cache_read_mtok: 0.028, output_mtok: 0.42 },
        },
        {
          id: 'deepseek-v9',
          match: { or: [{ equals: 'deepseek-v9' }, { equals: 'deepseek-v9-latest' }] },
          context_window: 256000,
          prices: { input_mtok: 1, output_mtok: 2 },
        },
        { id: 'deepseek-free', match: { equals: 'deepseek-free' }, prices: {} },
      ],
    },
  ];
}

const usage = { prompt_tokens: 1_000_000, completion_tokens: 1_000_000 };

/** `tollgate pricing update --from FROM --provider deepseek --out OUT`. */
function updateDeepSeek(from: string, out: string) {
  return run(['pricing', 'update', '--from', from, '--provider', 'deepseek', '--out', out]);
}

describe('tollgate pricing update', () => {
  it('fetches, shows the diff, and writes an overrides file that prices the change from today', async () => {
    routes.set('/v2/data.json', [200, JSON.stringify(genaiData(0.2))]);
    const out = join(dir, 'overrides.json');
    const result = await updateDeepSeek(`${base}/v2/data.json`, out);
    expect(result.code).toBe(0);
    expect(result.out).toContain('~ deepseek deepseek-chat: input $0.28 → $0.2 (effective 2026-');
    expect(result.out).toContain('+ deepseek deepseek-v9: added, input $1/M, output $2/M');
    expect(result.out).toMatch(
      /- deepseek: \d+ models not in the source, kept at their current prices: .*deepseek-reasoner/,
    );
    expect(result.out).toContain('deepseek: 1 source models without a price left out');
    expect(result.out).toContain(`Wrote 2 models to ${out}`);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file).toMatchObject({
      kind: 'tollgate-pricing-overrides',
      source: `${base}/v2/data.json`,
    });
    const pricing = createPricing({ overridesFile: out });
    const today = new Date().toISOString().slice(0, 10);
    // From today at the new rate (0.2 + 0.42); yesterday and before, the bundled history.
    expect(
      pricing.computeCost({ provider: 'deepseek', model: 'deepseek-chat', usage, at: today })
        .totalUsd,
    ).toBe('0.62');
    expect(
      pricing.computeCost({ provider: 'deepseek', model: 'deepseek-chat', usage, at: '2025-03-01' })
        .totalUsd,
    ).toBe('1.37');
    expect(
      pricing.computeCost({ provider: 'deepseek', model: 'deepseek-v9-latest', usage }).totalUsd,
    ).toBe('3');
    // A second run with the same data finds nothing new and leaves the file as it is.
    const again = await updateDeepSeek(`${base}/v2/data.json`, out);
    expect(again.code).toBe(0);
    expect(again.out).toContain('No price changes.');
  });

  it('rejects bad data with a clear error and leaves the previous overrides untouched', async () => {
    const out = join(dir, 'kept.json');
    routes.set('/good.json', [200, JSON.stringify(genaiData(0.2))]);
    expect((await updateDeepSeek(`${base}/good.json`, out)).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    routes.set('/bad.json', [200, JSON.stringify(genaiData(-1))]);
    const bad = await updateDeepSeek(`${base}/bad.json`, out);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(
      /Rejected the data from http:\/\/127\.0\.0\.1:\d+\/bad\.json: .*models\.0\.prices/,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
    routes.set('/broken.json', [200, '{ "half": ']);
    const broken = await run(['pricing', 'update', '--from', `${base}/broken.json`, '--out', out]);
    expect(broken.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(before);
    const down = await run(['pricing', 'update', '--from', `${base}/missing.json`, '--out', out]);
    expect(down.code).toBe(1);
    expect(down.err).toContain('HTTP 404');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('writes nothing on a dry run, and needs --out (or the environment variable) otherwise', async () => {
    const source = join(dir, 'source.json');
    writeFileSync(source, JSON.stringify(genaiData(0.1)));
    const dry = await run([
      'pricing',
      'update',
      '--from',
      source,
      '--provider',
      'deepseek',
      '--dry-run',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Dry run: 2 models would be written; nothing changed.');
    const missing = await run(['pricing', 'update', '--from', source]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--out FILE is required');
    const fromEnv = join(dir, 'from-env.json');
    const env = await run(['pricing', 'update', '--from', source, '--provider', 'deepseek'], {
      TOLLGATE_PRICING_OVERRIDES: fromEnv,
    });
    expect(env.code).toBe(0);
    expect(existsSync(fromEnv)).toBe(true);
    expect(
      (await run(['pricing', 'update', '--from', source, '--provider', 'cohere', '--dry-run'])).err,
    ).toContain('--provider "cohere": expected one of openai');
    expect(
      (await run(['pricing', 'update', '--from', join(dir, 'nope.json'), '--dry-run'])).code,
    ).toBe(2);
  });

  it('reads LiteLLM and Tollgate data too', async () => {
    const litellm = join(dir, 'litellm.json');
    writeFileSync(
      litellm,
      JSON.stringify({
        'xai/grok-4': {
          litellm_provider: 'xai',
          mode: 'chat',
          input_cost_per_token: 4e-6,
          output_cost_per_token: 1.5e-5,
          max_input_tokens: 256000,
          max_output_tokens: 256000,
        },
        'xai/grok-new': {
          litellm_provider: 'xai',
          mode: 'chat',
          input_cost_per_token: 1e-6,
          output_cost_per_token: 2e-6,
        },
      }),
    );
    const lite = await run([
      'pricing',
      'update',
      '--from',
      litellm,
      '--format',
      'litellm',
      '--provider',
      'xai',
      '--dry-run',
    ]);
    expect(lite.code).toBe(0);
    expect(lite.out).toContain('~ xai grok-4-0709: input $3 → $4');
    expect(lite.out).toContain('+ xai grok-new: added');
    const table = structuredClone(bundledTables().groq);
    const first = table.models[0]?.prices.at(-1);
    if (first === undefined) throw new Error('the groq table has models');
    first.standard.input = '9';
    const tollgate = join(dir, 'tollgate.json');
    writeFileSync(tollgate, JSON.stringify(table));
    const own = await run(['pricing', 'update', '--from', tollgate, '--dry-run']);
    expect(own.code).toBe(0);
    expect(own.out).toContain(`~ groq ${table.models[0]?.id}: input $`);
    expect(own.out).toContain('→ $9');
  });
});

describe('tollgate pricing update: sources it cannot use', () => {
  it('says what it expected for data of unknown shape, none of the wanted providers, or no server', async () => {
    const odd = join(dir, 'odd.json');
    writeFileSync(odd, JSON.stringify({ hello: 'world' }));
    const unknown = await run(['pricing', 'update', '--from', odd, '--dry-run']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Cannot tell the format of the data');
    const none = join(dir, 'none.json');
    writeFileSync(none, JSON.stringify([{ id: 'cohere', models: [] }]));
    const empty = await run(['pricing', 'update', '--from', none, '--dry-run']);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('has no prices for openai, anthropic');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await run([
      'pricing',
      'update',
      '--from',
      `http://127.0.0.1:${port}/x`,
      '--dry-run',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`Cannot fetch http://127.0.0.1:${port}/x`);
    expect((await run(['pricing', 'update', '--format', 'csv', '--dry-run'])).code).toBe(2);
  });

  it('reads a Tollgate overrides file or a list of tables as the source', async () => {
    const table = structuredClone(bundledTables().fireworks);
    const first = table.models[0]?.prices.at(-1);
    if (first === undefined) throw new Error('the fireworks table has models');
    first.standard.output = '99';
    const asFile = join(dir, 'as-overrides.json');
    writeFileSync(
      asFile,
      JSON.stringify({
        kind: 'tollgate-pricing-overrides',
        version: '2026-12-01',
        tables: [table],
      }),
    );
    const fromFile = await run(['pricing', 'update', '--from', asFile, '--dry-run']);
    expect(fromFile.out).toContain('output $');
    expect(fromFile.out).toContain('→ $99');
    const asList = join(dir, 'as-list.json');
    writeFileSync(asList, JSON.stringify([table]));
    const fromList = await run([
      'pricing',
      'update',
      '--from',
      asList,
      '--format',
      'tollgate',
      '--dry-run',
    ]);
    expect(fromList.out).toContain('→ $99');
  });
});

describe('tollgate pricing check and list over every provider', () => {
  it('passes every bundled table and flags prices older than --max-age-days', async () => {
    const checked = await run(['pricing', 'check', '--max-age-days', '100000']);
    expect(checked.code).toBe(0);
    for (const provider of PROVIDERS)
      expect(checked.out).toContain(`ok    bundled ${provider}: ${provider} version`);
    expect(checked.out).not.toContain('warn');
    const old = join(dir, 'old.json');
    const table = structuredClone(bundledTables().mistral);
    table.models = table.models.slice(0, 1).map((model) => ({
      ...model,
      prices: model.prices.map((p) => ({ ...p, checked: '2020-01-01' })),
    }));
    writeFileSync(old, JSON.stringify(table));
    const stale = await run(['pricing', 'check', old, '--max-age-days', '30']);
    expect(stale.code).toBe(0);
    expect(stale.out).toContain(
      `warn  1 model last checked over 30 days ago: ${table.models[0]?.id}`,
    );
  });

  it('prices a provider usage shape given as it arrives', async () => {
    // gemini-2.5-pro: 6,000 x 1.25 + 4,000 x 0.125 + 2,000 x 10 per million.
    const usage = JSON.stringify({
      promptTokenCount: 10_000,
      cachedContentTokenCount: 4_000,
      candidatesTokenCount: 500,
      thoughtsTokenCount: 1_500,
    });
    const cost = await run([
      'pricing',
      'cost',
      '--provider',
      'google',
      '--model',
      'gemini-2.5-pro',
      '--usage',
      usage,
    ]);
    expect(cost.code).toBe(0);
    expect(cost.out).toContain('exact: 0.028 USD');
    const unknown = await run([
      'pricing',
      'cost',
      '--provider',
      'bedrock',
      '--model',
      'amazon.nova-pro-v1:0',
      '--usage',
      '{"tokens":1}',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('expected bedrock usage as returned');
    const badProvider = await run(['pricing', 'list', '--provider', 'cohere']);
    expect(badProvider.code).toBe(2);
    expect(badProvider.err).toContain('expected one of openai, anthropic, google');
  });

  it('imports a provider stored under another id in the source (x-ai → xai)', async () => {
    const source = join(dir, 'genai-xai.json');
    writeFileSync(
      source,
      JSON.stringify([
        {
          id: 'x-ai',
          models: [
            {
              id: 'grok-demo',
              match: { equals: 'grok-demo' },
              prices: { input_mtok: 1, output_mtok: 2 },
            },
          ],
        },
      ]),
    );
    const out = join(dir, 'xai-table.json');
    const imported = await run([
      'pricing',
      'import',
      source,
      '--from',
      'genai-prices',
      '--provider',
      'xai',
      '--out',
      out,
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      provider: 'xai',
      models: [{ id: 'grok-demo' }],
    });
  });

  it.each(PROVIDERS)('lists %s', async (provider) => {
    const listed = await run(['pricing', 'list', '--provider', provider]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(new RegExp(`^${provider} +\\S+ +\\$`, 'm'));
    expect(listed.out).toContain(
      `${createPricing({ overridesFile: null }).models(provider).length} models.`,
    );
  });
});
