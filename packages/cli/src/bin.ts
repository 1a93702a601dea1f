#!/usr/bin/env node
import { main } from './main.js';

// main() never throws: it prints what went wrong and resolves to the exit code. The code
// is set rather than process.exit() called, so pending output is flushed first.
process.exitCode = await main(process.argv);
