import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ApiContext } from '../api/context';
import { toWireError } from '../api/errors';
import { assessCommand } from './commands/assess';
import { compareCommand } from './commands/compare';
import { analyzeCommand, importCommand, listCommand, reanalyzeCommand, searchCommand, showCommand } from './commands/documents';
import { backupCommand, restoreCommand } from './commands/library';
import { memoCommand } from './commands/memo';
import type { Command } from './commands/types';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, processIO, type CliIO } from './io';
import { openSession } from './session';

/** Every command, in the order `--help` lists them. Later features append their own. */
export const COMMANDS: Command[] = [importCommand, listCommand, showCommand, searchCommand, analyzeCommand, reanalyzeCommand, assessCommand, memoCommand, compareCommand, backupCommand, restoreCommand];

const GLOBAL_OPTIONS = {
  db: { type: 'string', description: 'library file (default: $LICENSE_DESK_DB, else the desktop app’s library)' },
  reviewer: { type: 'string', description: 'your name, recorded on changes (default: $LICENSE_DESK_REVIEWER or the login name)' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
  version: { type: 'boolean', short: 'V', description: 'print the version' },
} as const;

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function helpText(command?: Command): string {
  const opt = (name: string, o: { type: string; short?: string; description: string }) =>
    `  ${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ' <value>' : ''}`.padEnd(30) + o.description;
  if (command) {
    return [
      `Usage: license-desk ${command.usage} [options]`,
      '',
      command.summary,
      '',
      'Options:',
      ...Object.entries(command.options).map(([n, o]) => opt(n, o)),
      ...Object.entries(GLOBAL_OPTIONS).map(([n, o]) => opt(n, o)),
      '',
    ].join('\n');
  }
  return [
    'License Desk — review AI model licences, acceptable use policies and AI vendors’ terms, offline.',
    '',
    'Usage: license-desk <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(28)}${c.summary}`),
    '',
    'Global options:',
    ...Object.entries(GLOBAL_OPTIONS).map(([n, o]) => opt(n, o)),
    '',
    'Every command that prints data takes --json. Errors go to stderr as "error <CODE>: message" with exit code 1',
    '(2 for a wrong command line). Run "license-desk <command> --help" for a command’s options.',
    '',
  ].join('\n');
}

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(name === 'help' && rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined));
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`error USAGE: unknown command ${JSON.stringify(name)}. Run "license-desk --help" for the list.\n`);
    return EXIT_USAGE;
  }
  let session: ApiContext | undefined;
  try {
    const parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      io.stdout(helpText(command));
      return EXIT_OK;
    }
    const open = () => (session ??= openSession(parsed.values.db as string | undefined, io, parsed.values.reviewer as string | undefined));
    return await command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }, io, open);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`error USAGE: ${(error as Error).message}. Run "license-desk ${command.name} --help".\n`);
      return EXIT_USAGE;
    }
    const errno = error as NodeJS.ErrnoException;
    if (errno.code === 'ENOENT' && errno.path) {
      io.stderr(`error FILE_NOT_FOUND: no such file: ${errno.path}\n`);
      return EXIT_FAILED;
    }
    const wire = toWireError(error);
    io.stderr(`error ${wire.code}: ${wire.message}\n`);
    return EXIT_FAILED;
  } finally {
    session?.library.close();
  }
}
