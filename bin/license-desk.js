#!/usr/bin/env node
// The `license-desk` command. The engine is TypeScript run through tsx's loader, so what runs is always the
// source in src/ — there is no separate build to go stale.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
