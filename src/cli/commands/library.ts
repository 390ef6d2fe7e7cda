import { resolve } from 'node:path';
import { call } from '../../api/dispatch';
import { EXIT_OK, UsageError } from '../io';
import type { Command } from './types';

const json = { type: 'boolean', description: 'print JSON instead of a sentence' } as const;

/** The one file a command names, made absolute from where the command was run (the API takes absolute paths). */
function onePath(command: string, positionals: string[], cwd: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} needs exactly one file`);
  return resolve(cwd, positionals[0]);
}

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup <file>',
  summary: 'write a consistent copy of the library (SQLite online backup; safe while the app is open)',
  options: { json },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    const path = onePath('backup', positionals, io.cwd);
    const result = await call(session(), 'library-backup', { path });
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : `The library was backed up to ${result.path} (${result.totalPages} pages).\n`);
    return EXIT_OK;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore <file>',
  summary: 'replace the library’s content with a backup (checked first; the current content is kept beside it)',
  options: { json },
  needsLibrary: true,
  async run({ values, positionals }, io, session) {
    const path = onePath('restore', positionals, io.cwd);
    const result = await call(session(), 'library-restore', { path });
    if (values.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const upgraded = result.fromVersion < result.schemaVersion ? ` (brought from schema ${result.fromVersion} to ${result.schemaVersion})` : '';
      io.stdout(`Restored ${result.documents} documents from ${result.source}${upgraded}.\nThe library as it was before is kept at ${result.previous}.\n`);
    }
    return EXIT_OK;
  },
};
