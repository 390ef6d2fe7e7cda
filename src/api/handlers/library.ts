import { schemaVersion } from '../../store/database';
import type { HandlerImpls } from './types';

export const libraryHandlers = {
  'library-info': async (ctx) => ({
    path: ctx.library.path,
    schemaVersion: schemaVersion(ctx.library.db),
    documentCount: ctx.library.documents.list().length,
    reviewer: ctx.reviewer,
  }),
} satisfies Partial<HandlerImpls>;
