import type { BudgetDefinition, ChainLink } from '@tollgate/core';
import { encodeWindow } from '@tollgate/core/store-kit';
import { toFixed } from './fixed-money.js';
import { rootLink } from './tree-index.js';

// Core reuses link objects (frozen) until the window moves on, and a command never changes
// its links, so a link's definition is encoded once rather than on every command.
const encodedLinks = new WeakMap<ChainLink, readonly [string, string, string]>();

/** A link's parent, limit (fixed form, rounded down) and window as script arguments. */
export function linkArgs(link: ChainLink): readonly [string, string, string] {
  let encoded = encodedLinks.get(link);
  if (encoded === undefined) {
    encoded = definitionArgs(link);
    encodedLinks.set(link, encoded);
  }
  return encoded;
}

/** A budget's parent, limit (fixed form, rounded down) and window as script arguments. */
export function definitionArgs(definition: BudgetDefinition): readonly [string, string, string] {
  return [
    definition.parentId ?? '',
    toFixed(definition.limitUsd, 'down'),
    encodeWindow(definition.window),
  ];
}

/** A link's window start as a script argument: empty without a window. */
export function windowArg(link: ChainLink): string {
  return link.windowStart === null ? '' : String(link.windowStart);
}

/** The link at a 1-based position (as Lua reports it). */
export function linkAt(chain: readonly ChainLink[], position: number): ChainLink {
  return chain[position - 1] ?? rootLink(chain);
}
