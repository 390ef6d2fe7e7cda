import { createSelectors } from '../../document/anchors';
import type { DocumentModel } from '../../document/model';
import { ApiError } from '../errors';
import type { HandlerImpls } from './types';

/**
 * The caller's selection must lie inside the stored text: a range outside it is the caller's mistake, answered with
 * INVALID_ARGUMENT, not the INTERNAL error createSelectors' RangeError would become.
 */
function selectorsFor(model: DocumentModel, start: number, end: number) {
  if (start < 0 || end > model.text.length || start >= end) {
    throw new ApiError('INVALID_ARGUMENT', `A selection must be a non-empty range inside the text (got ${start}–${end} of ${model.text.length} characters).`, { start, end, length: model.text.length });
  }
  return createSelectors(model, start, end);
}

export const annotationHandlers = {
  /** Selectors (quote with context, page, boxes) are computed here from the stored text, never trusted from the caller. */
  'annotations-create': async (ctx, { documentId, start, end, category, comment, tags }) => {
    const model = ctx.library.documents.getModel(documentId);
    const selectors = selectorsFor(model, start, end);
    return ctx.library.annotations.create({ documentId, category, comment, tags, selectors }, ctx.reviewer, ctx.now().toISOString());
  },
  'annotations-list': async (ctx, { documentId, includeDeleted }) => ctx.library.annotations.listForDocument(documentId, { includeDeleted }),
  'annotations-update': async (ctx, { id, category, comment, tags, start, end, anchorStatus }) => {
    const current = ctx.library.annotations.get(id);
    const selectors = start !== undefined && end !== undefined ? selectorsFor(ctx.library.documents.getModel(current.documentId), start, end) : undefined;
    return ctx.library.annotations.update(id, { category, comment, tags, selectors, anchorStatus }, ctx.reviewer, ctx.now().toISOString());
  },
  'annotations-delete': async (ctx, { id }) => ctx.library.annotations.delete(id, ctx.reviewer, ctx.now().toISOString()),
  'annotations-restore': async (ctx, { id }) => ctx.library.annotations.restore(id, ctx.reviewer, ctx.now().toISOString()),
} satisfies Partial<HandlerImpls>;
