/**
 * `pnpm release`: everything short of publishing. It builds, checks (lint, typecheck, the API
 * reference with no undocumented public symbol, and with `--tests` the whole test suite),
 * packs every public package into `release/` exactly as it would be uploaded, and runs
 * publint and Are The Types Wrong on every tarball. Publishing needs credentials and is a
 * person's step: `pnpm changeset publish` (see docs/releasing.md).
 *
 *   pnpm release [--tests] [--skip-checks] [--out <folder>] [--report <file>]
 *
 * `--skip-checks` skips build, lint and typecheck (CI runs them first); the API reference,
 * packing, publint and attw always run.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packPackages, repositoryRoot } from './pack-packages.ts';
import { CheckReport, runCommand } from './run-step.ts';

const { values } = parseArgs({
  options: {
    tests: { type: 'boolean', default: false },
    'skip-checks': { type: 'boolean', default: false },
    out: { type: 'string', default: 'release' },
    report: { type: 'string', default: 'reports/release.json' },
  },
});

/**
 * True when the packed package.json is what a registry user can install: no `workspace:`
 * range (pnpm pack replaces them) and no `@tollgate/source` condition pointing at sources
 * that are not shipped (publishConfig drops it). Prints what is wrong otherwise.
 */
function packedManifestIsClean(tarball: string): boolean {
  const manifest = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
    encoding: 'utf8',
  });
  const { exports } = JSON.parse(manifest) as { exports?: unknown };
  const problems = [
    ...[...manifest.matchAll(/"([^"]+)": "workspace:[^"]*"/g)].map(
      (match) => `${match[1]} has a workspace: range`,
    ),
    // Only the exports matter: a script may name the condition (pricing's `schema` does).
    ...(JSON.stringify(exports ?? {}).includes('"@tollgate/source"')
      ? ['exports keep the @tollgate/source condition']
      : []),
  ];
  for (const problem of problems) console.error(`${tarball}: ${problem}`);
  return problems.length === 0;
}

const report = new CheckReport();
const pnpm =
  (...args: string[]) =>
  () =>
    runCommand('pnpm', args, { cwd: repositoryRoot });

if (!values['skip-checks']) {
  const steps: [string, string[]][] = [
    ['build', ['build']],
    ['lint', ['lint']],
    ['typecheck', ['typecheck']],
  ];
  if (values.tests) steps.push(['tests', ['test']]);
  for (const [name, args] of steps) {
    if (!(await report.check(name, pnpm(...args)))) break;
  }
}
// A missing doc fails the release but does not stop the packages from being packed and checked.
const built = report.results.every((result) => result.passed);
if (built) await report.check('API reference, no undocumented public symbol', pnpm('docs:api'));

if (built) {
  const out = resolve(repositoryRoot, values.out);
  rmSync(out, { recursive: true, force: true });
  const packed = await packPackages(out);
  for (const pkg of packed) {
    const tarball = relative(repositoryRoot, pkg.tarball);
    await report.check(`${pkg.name}: packed manifest`, async () =>
      packedManifestIsClean(pkg.tarball),
    );
    await report.check(`${pkg.name}: publint`, pnpm('exec', 'publint', '--strict', tarball));
    // ESM only: `require()` loads it on every supported Node (>= 20.19, see engines), so the
    // esm-only profile does not count "CommonJS resolves to ESM" (or node10) as a problem.
    await report.check(
      `${pkg.name}: attw`,
      pnpm('exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'),
    );
  }
  console.log(`\nPacked ${packed.length} packages into ${relative(repositoryRoot, out)}/.`);
}

report.write(resolve(repositoryRoot, values.report));
if (report.passed) {
  console.log('Ready. To publish (needs npm credentials): pnpm changeset publish');
} else {
  process.exitCode = 1;
}
