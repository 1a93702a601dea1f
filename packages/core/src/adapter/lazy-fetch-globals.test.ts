import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('importing the kit', () => {
  it('does not touch Response, whose first touch loads Node fetch (15 ms and more)', () => {
    // Node 20 defines `Response` as a getter that loads fetch and then becomes a plain value;
    // Node 24 loads fetch at start-up, so there is nothing to spare there.
    const script = `
      if (typeof Object.getOwnPropertyDescriptor(globalThis, 'Response').get !== 'function') {
        console.log('not lazy');
        process.exit(0);
      }
      await import('@tollgate/core');
      await import('@tollgate/core/adapter');
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'Response');
      console.log(typeof descriptor.get === 'function' ? 'untouched' : 'touched');
    `;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--conditions=@tollgate/source', '--input-type=module', '-e', script],
      { cwd: packageRoot, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    // Only a Node that loads fetch at start-up (24 and later) has nothing to spare.
    const major = Number(process.versions.node.split('.')[0]);
    expect(run.stdout.trim()).toBe(major >= 24 ? 'not lazy' : 'untouched');
  });
});
