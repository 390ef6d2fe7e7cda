import { isAbsolute } from 'node:path';
import { schemaVersion } from '../../store/database';
import { ApiError } from '../errors';
import type { HandlerImpls } from './types';

export const libraryHandlers = {
  'library-info': async (ctx) => ({
    path: ctx.library.path,
    schemaVersion: schemaVersion(ctx.library.db),
    documentCount: ctx.library.documents.list().length,
    reviewer: ctx.reviewer,
  }),
  'library-backup': async (ctx, { path }) => {
    // Relative to what? The engine's working directory is nobody's choice: only a path from a dialog or a shell.
    if (!isAbsolute(path)) throw new ApiError('INVALID_ARGUMENT', `The backup path must be absolute: ${path}`);
    return ctx.library.backup(path);
  },
  'library-restore': async (ctx, { path }) => {
    if (!isAbsolute(path)) throw new ApiError('INVALID_ARGUMENT', `The backup path must be absolute: ${path}`);
    return ctx.library.restoreFrom(path, ctx.now());
  },
} satisfies Partial<HandlerImpls>;
