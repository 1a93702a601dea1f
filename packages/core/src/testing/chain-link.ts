import type { ChainLink } from '../store.js';

/**
 * A chain link as a budget without a window, enforcing, would send it: for tests that call
 * a store's methods directly.
 */
export function chainLink(id: string, limitUsd = '1', parentId: string | null = null): ChainLink {
  return {
    id,
    parentId,
    limitUsd,
    window: null,
    enforce: true,
    windowStart: null,
    windowEnd: null,
  };
}
