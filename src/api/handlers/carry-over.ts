import { compareDocumentsWithMaps } from '../../compare/compare';
import { reanchorQuote, type Reanchored } from '../../compare/reanchor';
import { CONTEXT_LENGTH, createSelectors, type TextSelectors } from '../../document/anchors';
import type { DocumentModel } from '../../document/model';
import type { Annotation } from '../../store/annotations';
import type { StoredFinding } from '../../store/findings';
import type { ApiContext } from '../context';
import { librarySide } from './compare';
import type { HandlerImpls } from './types';

/** One annotation or confirmed finding as it was carried. */
export interface CarriedItem {
  /** The earlier annotation, or null for a confirmed finding. */
  fromAnnotationId: number | null;
  /** The earlier finding ("f12") for a confirmed finding. */
  fromFinding: string | null;
  /** The annotation created in the later version (null when a finding was confirmed instead). */
  toAnnotationId: number | null;
  /** The later version's finding confirmed in its place. */
  toFindingId: number | null;
  status: Reanchored['status'];
  confidence: number;
  quote: string;
  /** Where it now is (for an orphan: only where the alignment points). */
  start: number;
  end: number;
}

export interface CarryOverResult {
  fromDocumentId: number;
  toDocumentId: number;
  anchored: CarriedItem[];
  needsConfirmation: CarriedItem[];
  /** Could not be placed: kept as orphaned annotations so nothing counsel wrote is lost. */
  orphaned: CarriedItem[];
  /** Confirmed findings whose clause the later version has too: its matching finding is now confirmed. */
  findingsConfirmed: CarriedItem[];
  /** Earlier annotations already carried by a previous run: not carried twice. */
  skipped: number[];
}

function oldSelectors(model: DocumentModel, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  return { exact: model.text.slice(start, end), prefix: model.text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: model.text.slice(end, end + CONTEXT_LENGTH) };
}

/** Selectors in the later text; an orphan keeps its old quote and context (its position is only a hint). */
function newSelectors(model: DocumentModel, placed: Reanchored, old: { exact: string; prefix: string; suffix: string }): TextSelectors {
  if (placed.status !== 'orphaned') return createSelectors(model, placed.start, placed.end);
  return { start: placed.start, end: placed.end, exact: old.exact, prefix: old.prefix, suffix: old.suffix, page: null, boxes: [] };
}

/** The later finding that flags the same clause: same rule (or category) over the re-anchored span. */
function matchingFinding(findings: StoredFinding[], earlier: StoredFinding, placed: Reanchored): StoredFinding | null {
  const overlap = (f: StoredFinding) => Math.min(f.end, placed.end) - Math.max(f.start, placed.start);
  const candidates = findings.filter((f) => overlap(f) > 0 && f.category === earlier.category && f.status !== 'rejected');
  candidates.sort((a, b) => Number(b.rule === earlier.rule) - Number(a.rule === earlier.rule) || overlap(b) - overlap(a));
  const best = candidates[0];
  // The same clause: most of the re-anchored quote lies in the finding.
  return best && overlap(best) >= 0.6 * (placed.end - placed.start) ? best : null;
}

/**
 * Carries counsel's work from an earlier version to a later one: every annotation is re-anchored by its quote and
 * context (the version alignment giving the hint) and written to the later version with `carriedFrom`; every
 * confirmed finding whose clause is found again confirms the later version's matching finding, else it becomes an
 * annotation saying so. Everything is written in one transaction, each item with its audit entry.
 */
export function carryOver(ctx: ApiContext, fromDocumentId: number, toDocumentId: number): CarryOverResult {
  const before = librarySide(ctx, fromDocumentId);
  const after = librarySide(ctx, toDocumentId);
  const { oldToNew } = compareDocumentsWithMaps(before.model, after.model, { oldAnalysis: before.analysis, newAnalysis: after.analysis });
  const now = ctx.now().toISOString();
  const result: CarryOverResult = { fromDocumentId, toDocumentId, anchored: [], needsConfirmation: [], orphaned: [], findingsConfirmed: [], skipped: [] };
  const file = (item: CarriedItem) => (item.status === 'anchored' ? result.anchored : item.status === 'needs-confirmation' ? result.needsConfirmation : result.orphaned).push(item);

  ctx.library.transaction(() => {
    const already = ctx.library.versions.carriedSources(toDocumentId);
    for (const a of ctx.library.annotations.listForDocument(fromDocumentId)) {
      if (already.has(a.id)) {
        result.skipped.push(a.id);
        continue;
      }
      const span = { start: a.start, end: a.end };
      const placed = reanchorQuote({ exact: a.quote, prefix: a.prefix, suffix: a.suffix }, after.model.text, oldToNew.mapSpan(span), oldToNew.alignedShare(span));
      const created = carryAnnotation(ctx, a, placed, after.model, fromDocumentId, toDocumentId, now);
      file({ fromAnnotationId: a.id, fromFinding: null, toAnnotationId: created.id, toFindingId: null, status: placed.status, confidence: placed.confidence, quote: a.quote, start: created.start, end: created.end });
    }

    const laterFindings = ctx.library.findings.listForDocument(toDocumentId);
    // A confirmed finding already carried as a note by an earlier run says so in its comment.
    const notes = ctx.library.annotations.listForDocument(toDocumentId).filter((n) => n.carriedFrom === null && n.tags.includes('carried-finding'));
    const alreadyNoted = (f: StoredFinding) => notes.some((n) => n.comment.includes(`(finding ${f.id}, ${f.rule})`));
    for (const f of ctx.library.findings.listForDocument(fromDocumentId)) {
      if (f.status !== 'confirmed') continue;
      const selector = oldSelectors(before.model, f.start, f.end);
      const span = { start: f.start, end: f.end };
      const placed = reanchorQuote(selector, after.model.text, oldToNew.mapSpan(span), oldToNew.alignedShare(span));
      const match = placed.status === 'anchored' ? matchingFinding(laterFindings, f, placed) : null;
      if (match) {
        const confirmed = match.status === 'confirmed' ? match : ctx.library.findings.review(match.findingId, { status: 'confirmed', ...(f.reviewerCategory ? { category: f.reviewerCategory } : {}) }, ctx.reviewer, now);
        result.findingsConfirmed.push({ fromAnnotationId: null, fromFinding: f.id, toAnnotationId: null, toFindingId: confirmed.findingId, status: 'anchored', confidence: placed.confidence, quote: f.quote, start: confirmed.start, end: confirmed.end });
        continue;
      }
      if (alreadyNoted(f)) continue;
      const status = placed.status === 'anchored' ? 'needs-confirmation' : placed.status;
      const created = ctx.library.versions.insertCarriedAnnotation(
        {
          documentId: toDocumentId,
          fromDocumentId,
          carriedFrom: null,
          category: f.category,
          comment: `Confirmed by ${f.reviewedBy ?? 'a reviewer'} on the earlier version (finding ${f.id}, ${f.rule}): ${f.explanation} ${
            placed.status === 'orphaned' ? 'The clause was not found in this version.' : match === null && placed.status === 'anchored' ? 'No rule flags the clause here: check it still says the same.' : 'The clause’s wording changed: confirm it still applies.'
          }`,
          tags: ['carried-finding'],
          author: f.reviewedBy ?? ctx.reviewer,
          selectors: newSelectors(after.model, { ...placed, status }, selector),
          anchorStatus: status,
          anchorConfidence: placed.confidence,
        },
        ctx.reviewer,
        now,
      );
      file({ fromAnnotationId: null, fromFinding: f.id, toAnnotationId: created.id, toFindingId: null, status, confidence: placed.confidence, quote: f.quote, start: created.start, end: created.end });
    }

    const carried = result.anchored.length + result.needsConfirmation.length + result.orphaned.length;
    ctx.library.audit.append({
      at: now,
      actor: ctx.reviewer,
      entity: 'document',
      entityId: toDocumentId,
      action: 'carry-over',
      documentId: toDocumentId,
      summary: `Carried ${carried} annotation${carried === 1 ? '' : 's'} from “${before.title}”: ${result.anchored.length} anchored, ${result.needsConfirmation.length} to confirm, ${result.orphaned.length} orphaned; ${result.findingsConfirmed.length} confirmed finding${result.findingsConfirmed.length === 1 ? '' : 's'} carried`,
      after: {
        fromDocumentId,
        anchored: result.anchored.map((i) => i.toAnnotationId),
        needsConfirmation: result.needsConfirmation.map((i) => i.toAnnotationId),
        orphaned: result.orphaned.map((i) => i.toAnnotationId),
        findingsConfirmed: result.findingsConfirmed.map((i) => i.toFindingId),
      },
    });
  });
  return result;
}

function carryAnnotation(ctx: ApiContext, a: Annotation, placed: Reanchored, model: DocumentModel, fromDocumentId: number, toDocumentId: number, now: string): Annotation {
  return ctx.library.versions.insertCarriedAnnotation(
    {
      documentId: toDocumentId,
      fromDocumentId,
      carriedFrom: a.id,
      category: a.category,
      comment: a.comment,
      tags: a.tags,
      author: a.author,
      selectors: newSelectors(model, placed, { exact: a.quote, prefix: a.prefix, suffix: a.suffix }),
      anchorStatus: placed.status,
      anchorConfidence: placed.confidence,
    },
    ctx.reviewer,
    now,
  );
}

export const carryOverHandlers = {
  'annotations-carry-over': async (ctx, { fromDocumentId, toDocumentId }): Promise<CarryOverResult> => carryOver(ctx, fromDocumentId, toDocumentId),
} satisfies Partial<HandlerImpls>;
