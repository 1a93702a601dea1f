/**
 * The consumer test: installs the packed packages into fresh projects outside the workspace
 * (one with npm, one with pnpm) with the peers a user brings (both SDKs, `ai` and
 * `@ai-sdk/openai`, `@opentelemetry/api`), typechecks a TypeScript consumer of every package
 * with `skipLibCheck: false` under `moduleResolution` nodenext and bundler, and runs an ESM and
 * a CommonJS script that wrap both SDKs and an AI SDK model against `@tollgate/mock-provider`,
 * refuse a call and read status, on every Node binary given. Writes `reports/consumer.json`;
 * exits 1 when any check fails.
 *
 *   pnpm consumer [--packs <folder of tarballs>] [--node <node binary>]...
 *
 * Without `--packs` it builds nothing and packs the current builds into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type PackedPackage,
  packPackages,
  publicPackages,
  repositoryRoot,
  tarballName,
} from '../release/pack-packages.ts';
import { CheckReport, runCommand } from '../release/run-step.ts';

/** The SDKs and tools the consumer brings, as a user would (same versions the workspace tests). */
const consumerDependencies = {
  openai: '6.49.0',
  '@anthropic-ai/sdk': '1.14.0',
  ai: '7.0.173',
  '@ai-sdk/openai': '4.0.118',
  '@opentelemetry/api': '1.9.1',
  typescript: '~5.9.3',
  '@types/node': '^20.19.0',
};

const fixture = join(repositoryRoot, 'scripts/consumer/fixture');

/** Everything this run writes outside the repository: the projects and any tarballs it packs. */
const scratch = mkdtempSync(join(tmpdir(), 'tollgate-consumer-'));

type Manager = 'npm' | 'pnpm';

/** Writes a fresh project that depends on every tarball (and pins `@tollgate/*` to them). */
function createProject(manager: Manager, packed: readonly PackedPackage[]): string {
  const directory = join(scratch, manager);
  mkdirSync(directory);
  for (const file of readdirSync(fixture)) cpSync(join(fixture, file), join(directory, file));
  const tarballs = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:${pkg.tarball}`]));
  const manifest: Record<string, unknown> = {
    name: `tollgate-consumer-${manager}`,
    private: true,
    type: 'module',
    dependencies: { ...tarballs, ...consumerDependencies },
  };
  if (manager === 'npm') {
    // A dependency of a tarball (`@tollgate/core@^0.1.0`) resolves to the local tarball.
    manifest.overrides = Object.fromEntries(packed.map((pkg) => [pkg.name, `$${pkg.name}`]));
  } else {
    // pnpm blocks dependency build scripts by default: the consumer needs none of them.
    writeFileSync(
      join(directory, 'pnpm-workspace.yaml'),
      `overrides:\n${packed.map((pkg) => `  '${pkg.name}': 'file:${pkg.tarball}'`).join('\n')}\n`,
    );
  }
  writeFileSync(join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return directory;
}

function installArgs(manager: Manager): string[] {
  // --ignore-scripts: better-sqlite3 (a peer of @tollgate/sqlite and a dependency of the CLI)
  // would compile from source; the consumer loads its JavaScript, never opens a database.
  return manager === 'npm'
    ? ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']
    : ['install', '--ignore-scripts', '--reporter=append-only'];
}

/** The folder of tarballs: the one given, or a fresh pack of the current builds. */
async function tarballs(packs: string | undefined): Promise<PackedPackage[]> {
  if (packs === undefined) return packPackages(join(scratch, 'packs'));
  const folder = resolve(packs);
  return publicPackages().map((pkg) => ({
    ...pkg,
    tarball: join(folder, tarballName(pkg.name, pkg.version)),
  }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      packs: { type: 'string' },
      node: { type: 'string', multiple: true },
      report: { type: 'string', default: 'reports/consumer.json' },
    },
  });
  const nodes = values.node ?? [process.execPath];
  const report = new CheckReport();
  const packed = await tarballs(values.packs);
  const managers: Manager[] = ['npm', 'pnpm'];
  const projects = managers.map((manager) => ({
    manager,
    directory: createProject(manager, packed),
  }));
  // Both installs at once: they wait on the network and the disk, not the CPU.
  const installed = await Promise.all(
    projects.map(({ manager, directory }) =>
      report.check(`${manager}: install the tarballs`, () =>
        runCommand(manager, installArgs(manager), { cwd: directory }),
      ),
    ),
  );
  for (const [index, { manager, directory }] of projects.entries()) {
    if (!installed[index]) continue;
    // nodenext-ai-sdk: the AI SDK file under nodenext with what `ai`'s own declarations need.
    for (const config of ['nodenext', 'nodenext-ai-sdk', 'bundler']) {
      await report.check(`${manager}: tsc, skipLibCheck false, ${config}`, () =>
        runCommand(
          process.execPath,
          ['node_modules/typescript/bin/tsc', '-p', `tsconfig.${config}.json`],
          {
            cwd: directory,
          },
        ),
      );
    }
    for (const node of nodes) {
      const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` };
      const version = nodeVersion(node);
      for (const entry of ['esm.mjs', 'cjs.cjs']) {
        await report.check(`${manager}: node ${version} ${entry}`, () =>
          runCommand(node, [entry], { cwd: directory, env }),
        );
      }
      // The installed `tollgate` bin: what a new user runs first, and a price lookup.
      for (const args of [['demo'], ['pricing', 'show', 'gpt-4o']]) {
        await report.check(`${manager}: node ${version} tollgate ${args.join(' ')}`, () =>
          runCommand(join(directory, 'node_modules/.bin/tollgate'), args, { cwd: directory, env }),
        );
      }
    }
  }
  report.write(resolve(repositoryRoot, values.report));
  if (report.passed) {
    // Each project holds a full install; keep them only to look into a failure.
    rmSync(scratch, { recursive: true, force: true });
  } else {
    console.log(`The projects are kept for a look: ${scratch}`);
    process.exitCode = 1;
  }
}

function nodeVersion(node: string): string {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

await main();
