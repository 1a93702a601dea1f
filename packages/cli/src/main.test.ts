import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from './test-support/capture-io.js';
import { cliDir, runCli } from './test-support/run-cli.js';
import { spend } from './test-support/spend.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cli-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], signal?: AbortSignal) =>
  runMain(args, signal === undefined ? {} : { signal });

describe('tollgate --version', () => {
  it("prints the package's version when run from source", async () => {
    const manifest = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8'));
    const { code, out } = await run(['--version']);
    expect(code).toBe(0);
    expect(out).toBe(`${manifest.version}\n`);
  });

  it('reads package.json at run time from the built bin, not a version baked into the code', async () => {
    // A copy of the package laid out as published: package.json next to dist/.
    const packageDir = join(dir, 'cli');
    cpSync(join(cliDir, 'package.json'), join(packageDir, 'package.json'));
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    writeFileSync(
      join(packageDir, 'package.json'),
      JSON.stringify({ ...manifest, version: '9.8.7-test.1' }),
    );
    symlinkSync(join(cliDir, 'node_modules'), join(packageDir, 'node_modules'));
    await build({
      entry: { bin: join(cliDir, 'src', 'bin.ts') },
      outDir: join(packageDir, 'dist'),
      format: ['esm'],
      target: 'node20',
      // Dependencies stay imports, as in the published build.
      external: [/^[^./]/],
      config: false,
      silent: true,
    });
    const result = spawnSync(process.execPath, [join(packageDir, 'dist', 'bin.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('9.8.7-test.1\n');
  });
});

describe('tollgate watch --interval', () => {
  it.each(['5000', '1001', '49', '0', '-5', '2.5', 'soon'])(
    'rejects %s with exit code 2 and says what it expects',
    async (value) => {
      const { code, err } = await run(['watch', '--store', 'sqlite:x.db', '--interval', value]);
      expect(code).toBe(2);
      expect(err).toContain(
        `option '--interval <ms>' argument '${value}' is invalid. expected a whole number of milliseconds from 50 to 1000`,
      );
    },
  );

  it.each(['50', '1000'])('accepts %s and refreshes at that interval', async (value) => {
    const store = `sqlite:${join(dir, `interval-${value}.db`)}`;
    await spend({
      store,
      root: { id: 'session', limitUsd: '1' },
      calls: [{ model: 'gpt-4o', provider: 'openai', costUsd: '0.01', input: 1, output: 1 }],
    });
    // Aborted from the start: one frame, then watch ends.
    const { code, out } = await run(
      ['watch', '--store', store, '--interval', value],
      AbortSignal.abort(),
    );
    expect(code).toBe(0);
    expect(out).toContain('session');
  });

  it('documents the range in its help', async () => {
    const { out } = await runCli(['watch', '--help']);
    expect(out).toMatch(/--interval <ms> +refresh interval in milliseconds, 50 to 1000/);
  });
});
