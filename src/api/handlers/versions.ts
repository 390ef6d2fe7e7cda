import type { Analysis } from '../../analysis/types';
import { CORE_CATEGORIES } from '../../clauses/types';
import { compareVersions, orderTimeline, shingleShare, suggestEffectiveDate, suggestFamily, suggestVersionLabel, wordShingles, type FamilySuggestion, type VersionCandidate } from '../../compare/versions';
import type { DocumentModel } from '../../document/model';
import type { DocumentMetadata, DocumentRecord } from '../../store/records';
import type { VersionNotice } from '../../store/versions';
import type { ApiContext } from '../context';
import { compareLibraryDocuments } from './compare';
import type { HandlerImpls } from './types';

/** What the library suggests about a document's place among versions (applied on import where nothing was given). */
export interface VersionSuggestion {
  family: string | null;
  versionLabel: string | null;
  effectiveDate: string | null;
  /** Library documents the family suggestion rests on, and why. */
  related: number[];
  reasons: string[];
}

export interface TimelineEntry {
  documentId: number;
  title: string;
  kind: DocumentRecord['kind'];
  versionLabel: string | null;
  effectiveDate: string | null;
  importedAt: string;
  /** Assessments relying on this version. */
  assessments: number[];
}

export interface FamilyTimeline {
  family: string;
  /** Oldest first: by effective date, else version label, else import date. */
  versions: TimelineEntry[];
}

/** Every library document as a version candidate, in one query. */
function libraryCandidates(ctx: ApiContext): VersionCandidate[] {
  return ctx.library.documents.versionFacts();
}

function candidateOf(d: DocumentRecord, licenseFamily: string | null): VersionCandidate {
  return {
    id: d.id,
    title: d.title,
    sourceName: d.sourceName,
    kind: d.kind,
    family: d.family,
    versionLabel: d.versionLabel,
    effectiveDate: d.effectiveDate,
    importedAt: d.importedAt,
    licenseFamily,
  };
}

/**
 * How much wording a text shares with a library document (sharedWording), reading the other's text only when a
 * title alone suggests a relation, and splitting this text into word sequences once for all of them.
 */
function wordingShared(ctx: ApiContext, text: string): (other: VersionCandidate) => number {
  let own: Set<string> | undefined;
  return (other) => shingleShare((own ??= wordShingles(text)), wordShingles(ctx.library.documents.getText(other.id)));
}

/** Suggestions for a document about to be imported (id 0: not in the library yet). */
export function suggestForImport(ctx: ApiContext, model: DocumentModel, analysis: Analysis, sourceName: string, title: string): VersionSuggestion {
  const effectiveDate = suggestEffectiveDate(model.text, sourceName);
  const candidate: VersionCandidate = {
    id: 0,
    title,
    sourceName,
    kind: analysis.assessment.kind,
    family: null,
    versionLabel: null,
    effectiveDate,
    importedAt: ctx.now().toISOString(),
    licenseFamily: analysis.license?.family ?? null,
  };
  const family = suggestFamily(candidate, libraryCandidates(ctx), wordingShared(ctx, model.text));
  return { family: family?.family ?? null, versionLabel: suggestVersionLabel(title, sourceName, effectiveDate), effectiveDate, related: family?.related ?? [], reasons: family?.reasons ?? [] };
}

/** Metadata from the suggestions for what the importer did not say. */
export function suggestedMetadata(suggestion: VersionSuggestion, given: DocumentMetadata): DocumentMetadata {
  const out: DocumentMetadata = {};
  if (given.family === undefined && suggestion.family) out.family = suggestion.family;
  if (given.versionLabel === undefined && suggestion.versionLabel) out.versionLabel = suggestion.versionLabel;
  if (given.effectiveDate === undefined && suggestion.effectiveDate) out.effectiveDate = suggestion.effectiveDate;
  return out;
}

/** Related documents that had no family yet join the one just suggested, so the family is whole. */
export function fileRelatedVersions(ctx: ApiContext, suggestion: VersionSuggestion): void {
  if (!suggestion.family) return;
  for (const id of suggestion.related) {
    const doc = ctx.library.documents.get(id);
    if (doc.family === null) ctx.library.documents.updateMetadata(id, { family: suggestion.family }, ctx.reviewer, ctx.now().toISOString());
  }
}

/**
 * After a document joins a family: for every earlier version an assessment relies on, compare it with the new one
 * and record a notice listing the changed categories and the assessments (and topics) they touch.
 */
export function recordVersionNotices(ctx: ApiContext, documentId: number): VersionNotice[] {
  const doc = ctx.library.documents.get(documentId);
  if (!doc.family) return [];
  const notices: VersionNotice[] = [];
  const earlier = ctx.library.documents.list({ family: doc.family }).filter((d) => d.id !== doc.id && compareVersions(d, doc) < 0);
  for (const previous of orderTimeline(earlier).reverse()) {
    const assessments = ctx.library.assessments.listUsingDocument(previous.id);
    if (assessments.length === 0) continue;
    const { comparison } = compareLibraryDocuments(ctx, previous.id, doc.id);
    const changed = new Set(comparison.changes.flatMap((c) => c.categories));
    const material = new Set<string>(comparison.changes.filter((c) => c.material).flatMap((c) => c.reasons.map((r) => r.category).filter((x): x is NonNullable<typeof x> => x !== null)));
    const order = (list: Iterable<string>) => [...list].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    notices.push(
      ctx.library.versions.createNotice(
        {
          documentId: doc.id,
          previousDocumentId: previous.id,
          family: doc.family,
          changedCategories: order(changed),
          materialCategories: order(material),
          summary: comparison.materialSummary.slice(0, 20),
          counts: { changes: comparison.changes.length, material: comparison.stats.material },
          assessments: assessments.map((a) => ({ assessmentId: a.id, topics: a.verdicts.map((v) => v.topic).filter((t) => material.has(t)) })),
        },
        ctx.now().toISOString(),
      ),
    );
  }
  return notices;
}

/** recordVersionNotices for the import path: an unexpected failure becomes a warning naming it, not a failed import. */
export function recordVersionNoticesSafely(ctx: ApiContext, documentId: number): { notices: VersionNotice[]; warning: string | null } {
  try {
    return { notices: recordVersionNotices(ctx, documentId), warning: null };
  } catch (error) {
    return { notices: [], warning: `The comparison with earlier versions could not be made, so no version notice was raised: ${(error as Error).message}` };
  }
}

function rank(category: string): number {
  const core = (CORE_CATEGORIES as readonly string[]).indexOf(category);
  return core >= 0 ? core : 10;
}

function timeline(ctx: ApiContext, family: string): FamilyTimeline {
  const docs = orderTimeline(ctx.library.documents.list({ family }));
  return {
    family,
    versions: docs.map((d) => ({
      documentId: d.id,
      title: d.title,
      kind: d.kind,
      versionLabel: d.versionLabel,
      effectiveDate: d.effectiveDate,
      importedAt: d.importedAt,
      assessments: ctx.library.assessments.listUsingDocument(d.id).map((a) => a.id),
    })),
  };
}

export const versionHandlers = {
  /** Every family in the library with its versions in order. */
  'versions-families': async (ctx): Promise<FamilyTimeline[]> => {
    const families = [...new Set(ctx.library.documents.list().map((d) => d.family).filter((f): f is string => !!f))].sort((a, b) => a.localeCompare(b));
    return families.map((f) => timeline(ctx, f));
  },
  'versions-timeline': async (ctx, { family }): Promise<FamilyTimeline> => timeline(ctx, family),
  /** What the library would suggest for a document's family, version label and effective date (nothing is changed). */
  'versions-suggest': async (ctx, { documentId }): Promise<VersionSuggestion> => {
    const doc = ctx.library.documents.get(documentId);
    const model = ctx.library.documents.getModel(documentId);
    const others = libraryCandidates(ctx);
    const family: FamilySuggestion | null = suggestFamily(others.find((c) => c.id === doc.id) ?? candidateOf(doc, null), others, wordingShared(ctx, model.text));
    const effectiveDate = suggestEffectiveDate(model.text, doc.sourceName);
    return {
      family: family?.family ?? null,
      versionLabel: suggestVersionLabel(doc.title, doc.sourceName, effectiveDate),
      effectiveDate,
      related: family?.related ?? [],
      reasons: family?.reasons ?? [],
    };
  },
  'versions-notices': async (ctx, arg): Promise<VersionNotice[]> => ctx.library.versions.listNotices(arg ?? {}),
  'versions-dismiss-notice': async (ctx, { id }): Promise<VersionNotice> => ctx.library.versions.dismissNotice(id, ctx.reviewer, ctx.now().toISOString()),
} satisfies Partial<HandlerImpls>;
