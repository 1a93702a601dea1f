/**
 * Sweep: every Claude model that bills Anthropic's long-context surcharge carries the tier
 * in every bundled table. Which models bill it comes from Anthropic's 1M-context rule
 * (pricing/README.md): Sonnet 4 and Sonnet 4.5, above 200,000 input tokens. Sonnet 4.6 and
 * later are flat across 1M, so they are left out. The anthropic table is the reference.
 * A table that gives such a model a window above 200k without the tier prices a 250k prompt,
 * and holds for it, at half its input rate (finding: OpenRouter `anthropic/claude-sonnet-4`).
 */
import { describe, expect, it } from 'vitest';
import { bundledTables } from './bundled-tables.js';

/** Sonnet 4 / 4.5 ids in every provider's spelling (`-4-5`, `4.5`, `4-sonnet`), not 4.6+. */
function billsLongContext(id: string): boolean {
  return (
    /claude-(sonnet-4|4(\.5)?-sonnet)/.test(id) && !/sonnet-4[-.][6-9]|4\.[6-9]-sonnet/.test(id)
  );
}

describe('long-context tiers', () => {
  const rows: Array<[string, string]> = [];
  for (const [provider, table] of Object.entries(bundledTables()))
    for (const model of table.models)
      if (model.contextWindow > 200_000 && billsLongContext(model.id))
        rows.push([provider, model.id]);

  it('finds Sonnet 4 and 4.5 in the anthropic, bedrock, vertex and openrouter tables', () => {
    const providers = new Set(rows.map(([p]) => p));
    for (const p of ['anthropic', 'bedrock', 'vertex', 'openrouter'])
      expect(providers).toContain(p);
    expect(rows.map(([, id]) => id)).toContain('anthropic/claude-sonnet-4');
    expect(billsLongContext('claude-sonnet-4-6')).toBe(false);
    expect(billsLongContext('anthropic.claude-sonnet-4-6-v1:0')).toBe(false);
  });

  it.each(rows)('%s %s has a tier above 200,000 input tokens at 2x input', (provider, id) => {
    const model = bundledTables()[provider as keyof ReturnType<typeof bundledTables>].models.find(
      (m) => m.id === id,
    );
    const current = model?.prices.at(-1)?.standard;
    const tier = current?.longContext?.find((t) => t.aboveInputTokens === 200_000);
    expect(tier, `${provider} ${id}`).toBeDefined();
    expect(Number(tier?.input)).toBe(Number(current?.input) * 2);
  });
});
