// The API reference, generated from the TSDoc of every public entry point (`pnpm docs:api`,
// written to docs/api/). The entry points are read from each package's `exports` (the
// `@tollgate/source` condition), so a new package or subpath is documented without editing
// this file; an `./internal` subpath (no semver promise) is left out. Any warning fails the
// build, and a public symbol with no doc is a warning.
import { readdirSync, readFileSync } from 'node:fs';

function publicManifests() {
  const manifests = [];
  for (const name of readdirSync('packages').sort()) {
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
    } catch {
      continue;
    }
    if (!manifest.private) manifests.push({ directory: `packages/${name}`, manifest });
  }
  return manifests;
}

const packages = publicManifests();

/**
 * Every `@tollgate/source` target of every package's `exports`, except `./internal`
 * subpaths: helpers shared by Tollgate's own packages, with no semver promise, so not
 * part of the reference.
 */
function sourceEntryPoints() {
  return packages.flatMap(({ directory, manifest }) =>
    Object.entries(manifest.exports ?? {})
      .filter(([subpath]) => subpath !== './internal')
      .map(([, target]) => (typeof target === 'object' ? target['@tollgate/source'] : undefined))
      .filter((source) => typeof source === 'string')
      .map((source) => `${directory}/${source.replace(/^\.\//, '')}`),
  );
}

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: sourceEntryPoints(),
  tsconfig: 'tsconfig.docs.json',
  out: 'docs/api',
  name: 'Tollgate',
  readme: 'none',
  // Source links need a hosted git remote; a clone of a local path (CI) has none.
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  // Without this only the root package's symbols would be required to have docs.
  packagesRequiringDocumentation: packages.map(({ manifest }) => manifest.name),
};
