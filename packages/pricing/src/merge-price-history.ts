/**
 * Merges a newer table (an overrides file, `tollgate pricing update`) over a bundled one by
 * effective date: history before the newer data's first date is kept, the newer entries
 * follow, and models the bundled table lacks are added. Nothing is removed: a model missing
 * from newer data keeps its bundled prices (a call to it must not start failing).
 */
import type { ModelPricing, PricingTable } from './schema.js';

/** A model and the version string its costs will carry. */
export interface VersionedModel {
  readonly model: ModelPricing;
  readonly version: string;
}

function namesOf(model: ModelPricing): string[] {
  return [model.id, ...model.aliases, ...model.snapshots];
}

/** The price history of `newer` laid over `older`: older entries strictly before newer's first date, then newer's. */
export function mergeHistory(
  older: ModelPricing['prices'],
  newer: ModelPricing['prices'],
): ModelPricing['prices'] {
  const first = newer[0]?.effectiveFrom;
  // An undated first entry means "since launch": the newer history replaces all of it.
  if (first === undefined) return newer;
  const kept = older.filter((entry, i) =>
    entry.effectiveFrom === undefined ? i === 0 : entry.effectiveFrom < first,
  );
  return [...kept, ...newer];
}

/** One model laid over another: the older id, every name of both, newer limits, merged price history. */
export function mergeModel(older: ModelPricing, newer: ModelPricing): ModelPricing {
  const snapshots = [...new Set([...older.snapshots, ...newer.snapshots])];
  const aliases = [...new Set([...older.aliases, ...newer.aliases, newer.id])].filter(
    (name) => name !== older.id && !snapshots.includes(name),
  );
  return {
    ...newer,
    id: older.id,
    aliases,
    snapshots: snapshots.filter((name) => name !== older.id),
    prices: mergeHistory(older.prices, newer.prices),
  };
}

/**
 * `models` (a provider's table so far) with a newer table merged over them. Merged and added
 * models carry `<tableVersion>+<newer version>`; untouched ones keep their version.
 */
export function mergeTables(
  models: readonly VersionedModel[],
  tableVersion: string,
  newer: PricingTable,
): VersionedModel[] {
  const merged = [...models];
  const byName = new Map<string, number>();
  merged.forEach(({ model }, i) => {
    for (const name of namesOf(model)) byName.set(name, i);
  });
  const version = `${tableVersion}+${newer.version}`;
  for (const model of newer.models) {
    const at = namesOf(model)
      .map((name) => byName.get(name))
      .find((i) => i !== undefined);
    if (at === undefined) {
      merged.push({ model, version });
    } else {
      merged[at] = { model: mergeModel((merged[at] as VersionedModel).model, model), version };
    }
  }
  return merged;
}
