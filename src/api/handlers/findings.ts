import { ApiError } from '../errors';
import type { HandlerImpls } from './types';

export const findingHandlers = {
  'findings-review': async (ctx, { findingId, status, category }) => {
    if (status === undefined && category === undefined) {
      throw new ApiError('INVALID_ARGUMENT', 'findings-review needs a status, a category, or both.');
    }
    return ctx.library.findings.review(findingId, { status, category }, ctx.reviewer, ctx.now().toISOString());
  },
} satisfies Partial<HandlerImpls>;
