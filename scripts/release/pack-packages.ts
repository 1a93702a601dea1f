/** Packs every public workspace package into one folder, as `pnpm publish` would upload it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './run-step.ts';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A workspace package that is published. */
export interface PublicPackage {
  name: string;
  version: string;
  directory: string;
}

/** A packed package: its tarball, named as pnpm names it. */
export interface PackedPackage extends PublicPackage {
  tarball: string;
}

/** Every package under `packages/` that is not private, in name order. */
export function publicPackages(): PublicPackage[] {
  const root = join(repositoryRoot, 'packages');
  return readdirSync(root)
    .map((entry) => join(root, entry))
    .filter((directory) => existsSync(join(directory, 'package.json')))
    .map((directory) => {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        private?: boolean;
      };
      return { ...manifest, directory };
    })
    .filter((manifest) => manifest.private !== true)
    .map(({ name, version, directory }) => ({ name, version, directory }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The file name pnpm gives a package's tarball: `@scope/name` 1.2.3 -> `scope-name-1.2.3.tgz`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/**
 * Packs every public package into `destination` with `pnpm pack`, which applies
 * `publishConfig` and turns `workspace:^` ranges into real ones. Packages must be built.
 */
export async function packPackages(destination: string): Promise<PackedPackage[]> {
  const target = resolve(destination);
  const packed: PackedPackage[] = [];
  for (const pkg of publicPackages()) {
    const ok = await runCommand('pnpm', ['pack', '--pack-destination', target], {
      cwd: pkg.directory,
    });
    const tarball = join(target, tarballName(pkg.name, pkg.version));
    if (!ok || !existsSync(tarball)) throw new Error(`pnpm pack failed for ${pkg.name}`);
    packed.push({ ...pkg, tarball });
  }
  return packed;
}
