/**
 * The process entry of the command line: runs the arguments it was started with and sets the exit code.
 * bin/license-desk.js imports this file from source (through tsx) or its bundle, dist/cli/license-desk.mjs.
 */
import { tuneV8ForEngine } from '../runtime/v8-flags';
import { runCli } from './main';

tuneV8ForEngine();
process.exitCode = await runCli(process.argv.slice(2));
