import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPricing, PROVIDERS } from '@tollgate/pricing';
import { describe, expect, it } from 'vitest';
import { runMain } from './test-support/capture-io.js';

const run = (...args: string[]) => runMain(args);

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-pricing-'));

describe('tollgate pricing', () => {
  it('lists models with their current rates, per provider', async () => {
    const { code, out } = await run('pricing', 'list', '--provider', 'anthropic');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^provider {3}model +input\/M +cached\/M +output\/M +context +max out +version$/m,
    );
    expect(out).toMatch(/^anthropic +claude-sonnet-4-5 +\$3 +\$0\.3 +\$15 /m);
    expect(out).not.toMatch(/gpt-4o/);
    const openai = (await run('pricing', 'list', '--provider', 'openai')).out;
    expect(openai).toMatch(/^openai +o1-pro +\$150 +— +\$600 /m);
    const json = await run('pricing', 'list', '--json');
    const models = JSON.parse(json.out) as Array<{ id: string; outputPerMillionUsd: string }>;
    expect(models.find((m) => m.id === 'gpt-4o')?.outputPerMillionUsd).toBe('10');
    expect(models).toHaveLength(
      PROVIDERS.reduce((sum, provider) => sum + defaultPricing().models(provider).length, 0),
    );
  });

  it('shows a model found by alias or snapshot', async () => {
    const { code, out } = await run('pricing', 'show', 'gpt-4o-2024-08-06');
    expect(code).toBe(0);
    expect(out).toContain('gpt-4o (openai, pricing ');
    expect(out).toMatch(/standard +input \$2\.5 +output \$10 +cached \$1\.25$/m);
    expect(out).toContain('fees  web search $25/1k');
    const json = JSON.parse((await run('pricing', 'show', 'claude-haiku-4-5', '--json')).out);
    expect(json).toMatchObject({ id: 'claude-haiku-4-5', provider: 'anthropic' });
  });

  it('lists only the cache rates a model has: no cache-write rates for OpenAI models without them', async () => {
    const gpt = (await run('pricing', 'show', 'gpt-4o')).out;
    expect(gpt).not.toContain('write-');
    expect(gpt).toMatch(/^ {4}batch +input \$1\.25 +output \$5 +cached \$0\.625$/m);
    // An OpenAI model whose table does price cache writes (5-minute only) shows exactly that.
    const sol = (await run('pricing', 'show', 'gpt-5.6-sol')).out;
    expect(sol).toMatch(/^ {4}standard +input \$5 +output \$30 +cached \$0\.5 +write-5m \$6\.25$/m);
    expect(sol).not.toContain('write-1h');
    const sonnet = (await run('pricing', 'show', 'claude-sonnet-4-5')).out;
    expect(sonnet).toMatch(
      /standard +input \$3 +output \$15 +cached \$0\.3 +write-5m \$3\.75 +write-1h \$6$/m,
    );
    // No cache at all: neither reads nor writes are listed.
    expect((await run('pricing', 'show', 'claude-2')).out).toMatch(
      /^ {4}standard +input \$8 +output \$24$/m,
    );
  });

  it.each([
    ['pricing show', ['pricing', 'show', '']],
    ['pricing show (blank)', ['pricing', 'show', '  ']],
    ['pricing cost --model', ['pricing', 'cost', '--model', '', '--usage', '{}']],
  ])(
    'says a model name is required for an empty one (%s), with exit code 2',
    async (_name, args) => {
      const { code, err } = await run(...args);
      expect(code).toBe(2);
      expect(err).toMatch(
        /^tollgate: A model name is required, got " *": give an id, alias or dated snapshot such as gpt-4o/,
      );
      expect(err).not.toContain('Did you mean');
    },
  );

  it('names the closest models for an unknown one, with exit code 2', async () => {
    const { code, err } = await run('pricing', 'show', 'claude-sonet-4-5');
    expect(code).toBe(2);
    expect(err).toContain('Unknown model "claude-sonet-4-5"');
    expect(err).toContain('Did you mean: claude-sonnet-4-5');
  });

  it('computes the exact cost of a usage object, line by line', async () => {
    const usage = JSON.stringify({
      input_tokens: 1200,
      output_tokens: 300,
      cache_read_input_tokens: 5000,
    });
    const { code, out } = await run(
      'pricing',
      'cost',
      '--model',
      'claude-sonnet-4-5',
      '--usage',
      usage,
    );
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      expect.stringMatching(
        /^claude-sonnet-4-5 \(anthropic\) · standard · pricing \d{4}-\d\d-\d\d/,
      ),
      '  input       1,200 tokens  × $3/M    $0.00360000',
      '  cache_read  5,000 tokens  × $0.3/M  $0.00150000',
      '  output        300 tokens  × $15/M   $0.00450000',
      '  total                               $0.00960000',
      'exact: 0.0096 USD',
      '',
    ]);
    const file = join(dir, 'usage.json');
    writeFileSync(file, JSON.stringify({ prompt_tokens: 1000, completion_tokens: 100 }));
    const json = await run('pricing', 'cost', '--model', 'gpt-4o', '--usage', `@${file}`, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ totalUsd: '0.0035', model: 'gpt-4o' });
  });

  it('says where malformed usage JSON breaks, with exit code 2', async () => {
    const { code, err } = await run(
      'pricing',
      'cost',
      '--model',
      'gpt-4o',
      '--usage',
      '{"prompt_tokens": 12,}',
    );
    expect(code).toBe(2);
    expect(err).toContain('--usage is not valid JSON at line 1, column 22');
    expect(err).toMatch(/\n {2}\{"prompt_tokens": 12,\}\n {23}\^/);
    const invalid = await run(
      'pricing',
      'cost',
      '--model',
      'gpt-4o',
      '--usage',
      '{"prompt_tokens":-1}',
    );
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('prompt_tokens');
  });

  it('imports genai-prices and LiteLLM data into a validated table', async () => {
    const litellm = join(dir, 'litellm.json');
    writeFileSync(
      litellm,
      JSON.stringify({
        'demo-4o': {
          litellm_provider: 'openai',
          mode: 'chat',
          input_cost_per_token: 2.5e-6,
          output_cost_per_token: 1e-5,
          max_input_tokens: 128000,
          max_output_tokens: 16384,
        },
      }),
    );
    const out = join(dir, 'openai.json');
    const imported = await run(
      'pricing',
      'import',
      '--from',
      'litellm',
      '--provider',
      'openai',
      '--table-version',
      '2026-11-28',
      '--out',
      out,
      litellm,
    );
    expect(imported.code).toBe(0);
    expect(imported.err).toContain('Imported 1 openai models from litellm');
    const table = JSON.parse(readFileSync(out, 'utf8'));
    expect(table).toMatchObject({ provider: 'openai', version: '2026-11-28' });
    expect(table.models[0].prices[0].standard).toEqual({ input: '2.5', output: '10' });
    // The imported table passes the check.
    const checked = await run('pricing', 'check', out, '--max-age-days', '100000');
    expect(checked.code).toBe(0);
    expect(checked.out).toContain(`ok    ${out}: openai version 2026-11-28, 1 models`);

    const genai = join(dir, 'genai.json');
    writeFileSync(
      genai,
      JSON.stringify([
        {
          id: 'anthropic',
          models: [
            {
              id: 'claude-demo',
              match: { equals: 'claude-demo' },
              context_window: 200000,
              prices: { input_mtok: 3, output_mtok: 15 },
            },
          ],
        },
      ]),
    );
    const fromGenai = await run(
      'pricing',
      'import',
      '--from',
      'genai-prices',
      '--provider',
      'anthropic',
      genai,
    );
    expect(fromGenai.code).toBe(0);
    expect(JSON.parse(fromGenai.out).models[0].id).toBe('claude-demo');
  });

  it('refuses an unknown source format, and a malformed file, with exit code 2', async () => {
    expect(
      (await run('pricing', 'import', '--from', 'csv', '--provider', 'openai', 'x.json')).code,
    ).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "a": [1, 2\n}');
    const { code, err } = await run(
      'pricing',
      'import',
      '--from',
      'litellm',
      '--provider',
      'openai',
      bad,
    );
    expect(code).toBe(2);
    expect(err).toContain(`${bad} is not valid JSON at line 3, column 1`);
    const missing = await run('pricing', 'check', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
  });

  it('checks the bundled tables, and fails on an invalid one with exit code 1', async () => {
    const bundled = await run('pricing', 'check');
    expect(bundled.code).toBe(0);
    expect(bundled.out).toMatch(
      /^ok {4}bundled openai: openai version \d{4}-\d\d-\d\d, \d+ models/m,
    );
    expect(bundled.out).toMatch(/^ok {4}bundled anthropic: /m);
    const stale = await run('pricing', 'check', '--max-age-days', '1');
    // Whether a bundled price is older than a day depends on today's date; the check still passes.
    expect(stale.code).toBe(0);
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({ provider: 'openai', version: 'soon', currency: 'USD', models: [] }),
    );
    const failed = await run('pricing', 'check', invalid);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(`FAIL  ${invalid}: Invalid pricing table`);
    expect(failed.out).toContain('version');
  });
});

describe('tollgate --help', () => {
  it('documents every command and the exit codes', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    for (const command of ['demo', 'status', 'watch', 'pricing']) expect(out).toContain(command);
    expect(out).toContain('2  usage error');
    for (const sub of ['list', 'show', 'cost', 'import', 'check', 'update']) {
      const help = await run('pricing', sub, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Usage: tollgate pricing ${sub}`);
      expect(help.out).toContain('Exit codes:');
    }
  });

  it('answers an unknown command or a missing option with exit code 2', async () => {
    expect((await run('bogus')).code).toBe(2);
    const missing = await run('pricing', 'cost', '--model', 'gpt-4o');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("required option '--usage <json>' not specified");
  });
});
