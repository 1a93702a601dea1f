import { type ChainLink, InvalidOptionsError } from '@tollgate/core';
import type { StoreConnection } from './store-connection.js';

/**
 * Where each budget lives: every budget of a tree shares the root's hash tag, so a chain's
 * keys are in one cluster slot and one script can touch them all. The index hash maps each
 * budget id to its root; a tree never changes its root, so the answers are cached.
 */
export class TreeIndex {
  readonly #connection: StoreConnection;
  readonly #prefix: string;
  readonly #indexKey: string;
  /** Budget id -> root id, as recorded in the index hash. */
  readonly #roots = new Map<string, string>();

  constructor(connection: StoreConnection, prefix: string) {
    this.#connection = connection;
    this.#prefix = prefix;
    this.#indexKey = `${prefix}budgets`;
  }

  /** The prefix of every key of the tree rooted at `root`. */
  base(root: string): string {
    return `${this.#prefix}{${root}}:`;
  }

  /** The key prefix of a chain's tree (its root is the chain's last link). */
  chainBase(chain: readonly ChainLink[]): string {
    return this.base(rootLink(chain).id);
  }

  /** The recorded root of a budget, `undefined` when the store never saw it. */
  async rootOf(id: string): Promise<string | undefined> {
    return this.#roots.get(id) ?? this.recordedRoot(id);
  }

  /**
   * The root the index records for a budget now, `undefined` when it holds none: unlike
   * `rootOf`, this answer is not taken from this process's cache, so a budget another process
   * purged reads as unknown.
   */
  async recordedRoot(id: string): Promise<string | undefined> {
    const root = await this.#connection.command(() =>
      this.#connection.client.hget(this.#indexKey, id),
    );
    if (root === null) {
      this.#roots.delete(id);
      return undefined;
    }
    this.#roots.set(id, root);
    return root;
  }

  /** The root of a budget's tree: recorded, or its parent's, or itself for a new root. */
  async rootFor(id: string, parentId: string | null): Promise<string> {
    const known = await this.rootOf(id);
    if (known !== undefined) return known;
    if (parentId === null) return id;
    return (await this.rootOf(parentId)) ?? parentId;
  }

  /** Every budget id with its root, as recorded. */
  async all(): Promise<Record<string, string>> {
    return this.#connection.command(() => this.#connection.client.hgetall(this.#indexKey));
  }

  /** The root of every recorded tree. */
  async roots(): Promise<Set<string>> {
    return new Set(Object.values(await this.all()));
  }

  /** Records budgets a command recreated from its chain, so status, list and expire find them. */
  async recordChain(chain: readonly ChainLink[]): Promise<void> {
    if (chain.every((link) => this.#roots.has(link.id))) return;
    const root = rootLink(chain).id;
    await this.record(chain.map((link) => [link.id, root]));
  }

  /** Records budget ids with their root, unless already known. */
  async record(pairs: [id: string, root: string][]): Promise<void> {
    if (pairs.every(([id]) => this.#roots.has(id))) return;
    await this.#connection.command(() =>
      this.#connection.client.hset(this.#indexKey, Object.fromEntries(pairs)),
    );
    for (const [id, root] of pairs) this.#roots.set(id, root);
  }

  /** Forgets a purged budget. */
  async forget(id: string): Promise<void> {
    await this.#connection.command(() => this.#connection.client.hdel(this.#indexKey, id));
    this.#roots.delete(id);
  }
}

/** The root of a chain; a command without a chain is a caller's mistake. */
export function rootLink(chain: readonly ChainLink[]): ChainLink {
  const root = chain.at(-1);
  if (root === undefined)
    throw new InvalidOptionsError('A store command needs a chain of at least one budget');
  return root;
}
