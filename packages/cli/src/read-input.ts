import { readFile } from 'node:fs/promises';
import { runtimeError, usageError } from './cli-error.js';

/** A file's text; a missing file is a usage error naming `what` it was meant to be. */
export async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`Cannot read ${what}: no such file ${path}`);
    throw runtimeError(`Cannot read ${what} ${path}: ${(error as Error).message}`, error);
  }
}
