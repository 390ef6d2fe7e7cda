import type { MatrixRow } from '../../assess/matrix';
import { matrixToCsv } from '../../assess/matrix';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import type { HandlerImpls } from './types';

/** The matrix rows for the whole library, or for the documents of one assessment (with their roles). */
function matrixRows(ctx: ApiContext, assessmentId?: number): MatrixRow[] {
  const { library } = ctx;
  const entries = assessmentId
    ? library.assessments.get(assessmentId).documents.map((d) => ({ record: library.documents.get(d.documentId), role: d.role as string | null }))
    : library.documents.list().map((record) => ({ record, role: null }));
  return entries.map(({ record, role }) => {
    const analysis = library.findings.getAnalysis(record.id);
    const findings = analysis ? library.findings.listForDocument(record.id) : [];
    const live = findings.filter((f) => f.status !== 'rejected');
    const firstFact = (key: 'mauThreshold' | 'revenueThreshold') => {
      const hit = live.find((f) => f.category === 'commercial-use' && typeof f.facts[key] === 'number');
      return hit ? (hit.facts[key] as number) : null;
    };
    const usage = live.find((f) => f.category === 'commercial-use' && typeof f.facts.usageThreshold === 'number');
    const a = analysis?.assessment;
    return {
      documentId: record.id,
      title: record.title,
      kind: record.kind,
      family: record.family,
      versionLabel: record.versionLabel,
      role,
      license: record.license,
      commercialUse: a?.commercialUse ?? null,
      commercialCondition: a?.commercialCondition ?? null,
      mauThreshold: firstFact('mauThreshold'),
      revenueThreshold: firstFact('revenueThreshold'),
      usageThreshold: usage ? { value: usage.facts.usageThreshold as number, unit: String(usage.facts.usageUnit ?? 'uses per month') } : null,
      attributionRequired: a ? a.attributionRequired : null,
      outputOwnership: a?.outputOwnership ?? null,
      outputRestrictions: a ? a.outputRestrictions : null,
      acceptableUse: a?.acceptableUse ?? null,
      reviewed: findings.some((f) => f.status !== 'suggested' || f.reviewerCategory !== null),
    };
  });
}

export const auditHandlers = {
  'audit-list': async (ctx, { documentId, assessmentId }) => {
    if (documentId !== undefined) return ctx.library.audit.forDocument(documentId);
    if (assessmentId !== undefined) return ctx.library.audit.forAssessment(assessmentId);
    throw new ApiError('INVALID_ARGUMENT', 'audit-list needs a documentId or an assessmentId.');
  },
  'matrix-get': async (ctx, arg) => matrixRows(ctx, arg?.assessmentId),
  'matrix-csv': async (ctx, arg) => matrixToCsv(matrixRows(ctx, arg?.assessmentId)),
} satisfies Partial<HandlerImpls>;
