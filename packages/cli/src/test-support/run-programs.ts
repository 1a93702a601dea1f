import { pathToFileURL } from 'node:url';

/**
 * Runs the README's programs one after the other in this one process (one start instead of
 * one each), announcing each with a `=== PATH` line so the test can tell their output apart.
 * Each is imported, so its top-level code runs exactly as written.
 */
for (const path of process.argv.slice(2)) {
  process.stdout.write(`=== ${path}\n`);
  await import(pathToFileURL(path).href);
}
