#!/usr/bin/env node
/** Entry point: the only place that reads process state; everything below gets it passed in. */
import { processIo } from './io.js';
import { runCli } from './program.js';

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`dossier: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
