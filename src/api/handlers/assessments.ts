import { customTopicId } from '../../assess/topics';
import { prefillVerdicts } from '../prefill';
import type { HandlerImpls } from './types';

export const assessmentHandlers = {
  'assessments-create': async (ctx, { modelName, intendedUse, reviewer, documents }) => {
    const prefills = prefillVerdicts(ctx.library, documents);
    return ctx.library.assessments.create({ modelName, intendedUse, reviewer: reviewer ?? ctx.reviewer, documents }, prefills, ctx.reviewer, ctx.now().toISOString());
  },
  'assessments-list': async (ctx) => ctx.library.assessments.list(),
  'assessments-get': async (ctx, { id }) => ctx.library.assessments.get(id),
  'assessments-update': async (ctx, { id, changes }) => ctx.library.assessments.update(id, changes, ctx.reviewer, ctx.now().toISOString()),
  'assessments-set-documents': async (ctx, { id, documents }) =>
    ctx.library.assessments.setDocuments(id, documents, prefillVerdicts(ctx.library, documents), ctx.reviewer, ctx.now().toISOString()),
  'assessments-update-verdict': async (ctx, { id, topic, changes }) => ctx.library.assessments.updateVerdict(id, topic, changes, ctx.reviewer, ctx.now().toISOString()),
  'assessments-add-topic': async (ctx, { id, title }) => ctx.library.assessments.addTopic(id, customTopicId(title), title.trim(), ctx.reviewer, ctx.now().toISOString()),
  'assessments-remove-topic': async (ctx, { id, topic }) => ctx.library.assessments.removeTopic(id, topic, ctx.reviewer, ctx.now().toISOString()),
  /** Re-computes the engine's suggestions from the current analyses; the reviewer's own answers stay. */
  'assessments-refresh': async (ctx, { id }) => {
    const assessment = ctx.library.assessments.get(id);
    return ctx.library.assessments.refreshPrefills(id, prefillVerdicts(ctx.library, assessment.documents));
  },
  'assessments-delete': async (ctx, { id }) => {
    ctx.library.assessments.delete(id, ctx.reviewer, ctx.now().toISOString());
    return { deleted: id };
  },
} satisfies Partial<HandlerImpls>;
