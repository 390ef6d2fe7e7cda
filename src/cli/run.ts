/**
 * The process entry of the command line: runs the arguments it was started with and sets the exit code.
 * bin/license-desk.js imports this file from source (through tsx) or its bundle, dist/cli/license-desk.mjs.
 */
import { runCli } from './main';

process.exitCode = await runCli(process.argv.slice(2));
