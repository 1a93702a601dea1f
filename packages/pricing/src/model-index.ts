/**
 * Finds a model by the id a caller sends: exact ids, aliases and dated snapshots,
 * `openai/`-style prefixes, any case, and dated ids not listed, which fall back to their
 * family (a snapshot priced differently is its own entry, so it is found first).
 */

import { editDistance } from '@tollgate/core/internal';
import { type CompiledModel, compileModel } from './compile.js';
import type { ModelPricing, Provider } from './schema.js';

// Dated suffixes providers put on snapshot ids: -2024-08-06, -20250514, @20250514 (Vertex),
// and Gemini's -001 versions and -preview-06-05 dated previews.
const DATED_SUFFIX = /(?:-\d{4}-\d{2}-\d{2}|-\d{8}|@\d{8}|-\d{3}|-(?:preview|exp)-\d{2}-\d{2})$/;
// Bedrock: cross-region inference profiles (us.…, eu.…) bill as the in-region model; the
// `global.` profile has its own price and its own entries. Model versions end in -v1:0.
const BEDROCK_REGION = /^(?:us|eu|apac|au|jp|ca|us-gov)\./;
const BEDROCK_VERSION = /-v\d+(?::\d+)?$/;
const MAX_CACHE = 10_000;

interface Slot {
  readonly model: ModelPricing;
  readonly version: string;
  compiled?: CompiledModel;
}

export class ModelIndex {
  private readonly names = new Map<string, Slot>();
  private readonly cache = new Map<string, Slot | null>();
  readonly provider: Provider;

  constructor(provider: Provider, models: ReadonlyArray<{ model: ModelPricing; version: string }>) {
    this.provider = provider;
    for (const { model, version } of models) {
      const slot: Slot = { model, version };
      // Later entries (overrides) win over earlier ones for the names they claim.
      for (const name of [model.id, ...model.aliases, ...model.snapshots])
        this.names.set(name.toLowerCase(), slot);
    }
  }

  /** The compiled model for `id`, or `undefined`. Results are cached per raw id. */
  find(id: string): CompiledModel | undefined {
    let slot = this.cache.get(id);
    if (slot === undefined) {
      slot = this.lookup(id) ?? null;
      if (this.cache.size >= MAX_CACHE) this.cache.clear();
      this.cache.set(id, slot);
    }
    if (slot === null) return undefined;
    slot.compiled ??= compileModel(slot.model, this.provider, slot.version);
    return slot.compiled;
  }

  private lookup(raw: string): Slot | undefined {
    const full = raw.trim().toLowerCase();
    // OpenRouter and Together ids contain a slash (vendor/model): try them whole first.
    const slash = full.lastIndexOf('/');
    const candidates = slash >= 0 ? [full, full.slice(slash + 1)] : [full];
    if (this.provider === 'bedrock') {
      const inRegion = full.replace(BEDROCK_REGION, '');
      candidates.push(inRegion, inRegion.replace(BEDROCK_VERSION, ''));
    }
    for (const id of candidates) {
      const exact = this.names.get(id);
      if (exact) return exact;
    }
    for (const id of candidates) {
      const undated = id.replace(DATED_SUFFIX, '');
      const found = undated === id ? undefined : this.names.get(undated);
      if (found) return found;
    }
    return undefined;
  }

  /** Up to `limit` canonical ids closest to `id` by edit distance. */
  suggest(id: string, limit = 3): string[] {
    const target = id
      .trim()
      .toLowerCase()
      .slice(id.lastIndexOf('/') + 1);
    const scored: Array<[number, string]> = [];
    for (const [name, slot] of this.names) scored.push([editDistance(target, name), slot.model.id]);
    scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    const out: string[] = [];
    for (const [, canonical] of scored) {
      if (!out.includes(canonical)) out.push(canonical);
      if (out.length === limit) break;
    }
    return out;
  }

  /** Every canonical id, in table order. */
  ids(): string[] {
    return [...new Set([...this.names.values()].map((slot) => slot.model.id))];
  }
}
