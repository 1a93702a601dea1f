import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type MockProvider, startMockProvider } from '@tollgate/mock-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUse, readmeBlocks, shellCommands, shownFiles } from './test-support/readme-blocks.js';
import { cliDir, repoRoot, sourceArgs } from './test-support/run-cli.js';

// What this test reads: the root README and every package's README, as committed.
const readmes = [
  'README.md',
  ...readdirSync(join(repoRoot, 'packages')).map((name) => `packages/${name}/README.md`),
].map((path) => ({ path, blocks: readmeBlocks(readFileSync(join(repoRoot, path), 'utf8')) }));
const root = readmes.find((readme) => readme.path === 'README.md')?.blocks ?? [];

/**
 * The environment of a reader's shell: none of the outer `pnpm vitest` run's npm_* and
 * INIT_CWD variables (a nested `pnpm` must see the folder it is typed in), and no API keys.
 */
function shellEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(npm_|INIT_CWD$|OPENAI_|ANTHROPIC_)/.test(name)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function ended(child: ChildProcess): Promise<Ended> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

// A folder inside the workspace (so `pnpm` finds its scripts and the packages resolve),
// ignored by git, where the commands leave their files.
mkdirSync(join(repoRoot, '.tollgate'), { recursive: true });
const work = mkdtempSync(join(repoRoot, '.tollgate', 'readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs one command line as a reader's shell would. */
function shell(line: string, detached = false): ChildProcess {
  return spawn('sh', ['-c', line], {
    cwd: work,
    env: shellEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

describe('README.md commands, run exactly as written', () => {
  const runBlocks = root.filter((block) => block.use.kind === 'run');
  const untilOutput = root.filter((block) => block.use.kind === 'run-until-output');

  it('has the "Then try" commands marked to be run', () => {
    const commands = runBlocks.flatMap((block) => shellCommands(block.code));
    expect(commands).toContain('pnpm demo --store sqlite:budgets.db');
    expect(commands).toContain('pnpm tollgate status --store sqlite:budgets.db');
    expect(untilOutput.flatMap((block) => shellCommands(block.code))).toContain(
      'pnpm tollgate watch --store sqlite:budgets.db',
    );
  });

  it('runs every line of each marked block in order, each exiting 0', async () => {
    const outputs = new Map<string, string>();
    for (const block of runBlocks) {
      for (const line of shellCommands(block.code)) {
        const result = await ended(shell(line));
        const where = `README.md:${block.line} \`${line}\``;
        expect(result.err, where).not.toMatch(stackTrace);
        expect({ where, code: result.code }).toEqual({ where, code: 0 });
        outputs.set(line, result.out);
      }
    }
    // The status straight after the demo shows the budgets the demo left.
    expect(outputs.get('pnpm tollgate status --store sqlite:budgets.db')).toMatch(
      /^demo-1\/session +\$0\.50 +\$0\.051668 /m,
    );
  }, 120_000);

  it('runs each long-running command until it prints, then stops it with Ctrl-C', async () => {
    for (const block of untilOutput) {
      for (const line of shellCommands(block.code)) {
        const child = shell(line, true);
        const result = ended(child);
        // Like a reader watching it: the first screenful, then Ctrl-C to the whole group.
        await new Promise<void>((resolve) => {
          let seen = '';
          child.stdout?.on('data', (chunk: Buffer) => {
            seen += chunk.toString();
            if (seen.includes('\n\n')) resolve();
          });
        });
        process.kill(-(child.pid as number), 'SIGINT');
        const { out, err } = await result;
        expect(err, line).not.toMatch(stackTrace);
        expect(out, line).toMatch(/demo-1\/session/);
      }
    }
  }, 60_000);
});

describe('README TypeScript, checked and run exactly as written', () => {
  const files = shownFiles(readmes);
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider();
  });
  afterAll(async () => {
    await mock?.close();
  });

  it('ties every TypeScript block to a file of the repository, or says why not', () => {
    const unmarked = readmes.flatMap((readme) =>
      readme.blocks
        .filter((block) => block.use.kind === 'unmarked')
        .map((block) => `${readme.path}:${block.line}`),
    );
    expect(unmarked).toEqual([]);
    expect(files.filter((file) => file.run).map((file) => file.path)).toContain(
      'docs/readme/first-hour.ts',
    );
  });

  it('shows each file exactly: its blocks, in order, are the file that typecheck and lint check', () => {
    // `pnpm typecheck` and `pnpm lint` check these files; so they check the README.
    const tsconfig = readFileSync(join(repoRoot, 'tsconfig.json'), 'utf8');
    for (const file of files) {
      expect(tsconfig, file.path).toContain(`"${dirname(file.path)}"`);
      const text = readFileSync(join(repoRoot, file.path), 'utf8');
      expect({ blocks: file.places, text: file.text }).toEqual({ blocks: file.places, text });
    }
  });

  it('runs each program against the mock provider, with no warning from the SDKs', async () => {
    const programs = files.filter((shown) => shown.run).map((shown) => join(repoRoot, shown.path));
    const child = spawn(
      process.execPath,
      sourceArgs(join(cliDir, 'src', 'test-support', 'run-programs.ts'), ...programs),
      {
        cwd: work,
        // The SDKs read their keys and base URLs from the environment, as in production.
        env: shellEnv({
          OPENAI_API_KEY: 'test-key',
          OPENAI_BASE_URL: mock.openaiBaseURL,
          ANTHROPIC_API_KEY: 'test-key',
          ANTHROPIC_BASE_URL: mock.anthropicBaseURL,
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const { code, out, err } = await ended(child);
    expect(err).toBe('');
    expect(code).toBe(0);
    // Every program ran to its end and printed what it shows.
    const printed = out.split(/^=== /m).slice(1);
    expect(printed.map((text) => text.split('\n')[0])).toEqual(programs);
    for (const text of printed) expect(text.split('\n').slice(1).join('').trim()).not.toBe('');
  }, 60_000);
});

describe('readmeBlocks', () => {
  const markdown = [
    '# Title',
    '<!-- readme-test: run -->',
    '```sh',
    '$ pnpm demo   # the demo',
    '',
    '# a comment',
    'pnpm tollgate status',
    '```',
    '<!-- readme-test: program docs/app.ts -->',
    '',
    '```ts',
    "const a = 'x';",
    '```',
    '<!-- readme-test: skip needs a client -->',
    'Some words in between.',
    '```ts',
    'client.call();',
    '```',
    '```text',
    'output',
    '```',
  ].join('\n');

  it('reads each block with the use its marker gives, and only the line right before counts', () => {
    const blocks = readmeBlocks(markdown);
    expect(blocks.map((block) => [block.lang, block.use, block.line])).toEqual([
      ['sh', { kind: 'run' }, 3],
      ['ts', { kind: 'file', path: 'docs/app.ts', run: true }, 11],
      ['ts', { kind: 'unmarked' }, 16],
      ['text', { kind: 'none' }, 19],
    ]);
    expect(shellCommands(blocks[0]?.code ?? '')).toEqual([
      'pnpm demo   # the demo',
      'pnpm tollgate status',
    ]);
  });

  it('refuses an unknown marker and an unclosed block, so nothing is skipped by a typo', () => {
    expect(() => parseUse('runn', 4)).toThrow('line 4: unknown readme-test marker "runn"');
    expect(() => readmeBlocks('```sh\npnpm demo\n')).toThrow(
      'line 1: the code block is never closed',
    );
    expect(parseUse('run until output', 1)).toEqual({ kind: 'run-until-output' });
    expect(parseUse('skip a fragment', 1)).toEqual({ kind: 'skip', reason: 'a fragment' });
    expect(parseUse('file docs/x.ts', 1)).toEqual({ kind: 'file', path: 'docs/x.ts', run: false });
  });
});

describe('shownFiles', () => {
  it('joins the blocks of one file in order with a blank line, across READMEs', () => {
    const block = (code: string, path: string, run: boolean, line: number) => ({
      lang: 'ts',
      code,
      use: { kind: 'file' as const, path, run },
      line,
    });
    expect(
      shownFiles([
        {
          path: 'README.md',
          blocks: [block('a\n', 'x.ts', false, 3), block('b\n', 'y.ts', false, 9)],
        },
        { path: 'p/README.md', blocks: [block('c\n', 'x.ts', true, 1)] },
      ]),
    ).toEqual([
      { path: 'x.ts', run: true, text: 'a\n\nc\n', places: ['README.md:3', 'p/README.md:1'] },
      { path: 'y.ts', run: false, text: 'b\n', places: ['README.md:9'] },
    ]);
  });
});
