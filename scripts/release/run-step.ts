/**
 * Steps of the release and consumer checks: each runs a command, prints its output as it
 * goes, and is recorded as one check in a report that `scripts/test-summary.mjs` counts
 * (the shape of a Vitest JSON report: `numPassedTests`, `numFailedTests`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One recorded check. */
export interface CheckResult {
  name: string;
  passed: boolean;
  seconds: number;
}

/** Options of one command. */
export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs a command with inherited output; resolves to true when it exits 0. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      // No input: a step never waits on a terminal (the CLI's live views need one).
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code) => resolve(code === 0));
  });
}

/** Collects checks and writes them as a report. */
export class CheckReport {
  readonly results: CheckResult[] = [];

  /** Runs `work` as the check `name` and records whether it passed. */
  async check(name: string, work: () => Promise<boolean>): Promise<boolean> {
    const started = Date.now();
    console.log(`\n▶ ${name}`);
    let passed = false;
    try {
      passed = await work();
    } catch (error) {
      console.error(error);
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    this.results.push({ name, passed, seconds });
    console.log(`${passed ? '✓' : '✗'} ${name} (${seconds}s)`);
    return passed;
  }

  /** True when every check passed (and there was at least one). */
  get passed(): boolean {
    return this.results.length > 0 && this.results.every((result) => result.passed);
  }

  /** Writes the report and prints a one-line summary per check. */
  write(path: string): void {
    const failed = this.results.filter((result) => !result.passed);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      `${JSON.stringify(
        {
          numPassedTests: this.results.length - failed.length,
          numFailedTests: failed.length,
          checks: this.results,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\n${this.results.length - failed.length} checks passed, ${failed.length} failed`);
    for (const result of failed) console.log(`  failed: ${result.name}`);
  }
}
