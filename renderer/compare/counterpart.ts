/**
 * Which document a comparison puts against which: by default the previous version on the document's family
 * timeline (the next one for the oldest), and always the earlier of the two on the left.
 */
import { desk } from '../app/desk';
import type { DocumentRecord } from '../app/types';

export interface Pair {
  oldId: number;
  newId: number;
}

/** Timeline position of each member of a family (oldest first), as the library orders versions. */
async function timelineOrder(family: string): Promise<number[]> {
  const timeline = await desk().versionsTimeline({ family });
  return timeline.versions.map((v) => v.documentId);
}

export interface Counterpart {
  documentId: number;
  relation: 'previous' | 'next';
}

/** The version to compare a document with by default: the previous one on its family's timeline, else the next. */
export async function defaultCounterpart(document: DocumentRecord): Promise<Counterpart | null> {
  if (!document.family) return null;
  const order = await timelineOrder(document.family);
  const at = order.indexOf(document.id);
  if (at < 0) return null;
  if (at > 0) return { documentId: order[at - 1], relation: 'previous' };
  return at + 1 < order.length ? { documentId: order[at + 1], relation: 'next' } : null;
}

function dateOf(d: DocumentRecord): string {
  return d.effectiveDate ?? d.importedAt;
}

/** Puts the earlier document first: by the family timeline when both are in one, else by date. */
export async function orderPair(a: DocumentRecord, b: DocumentRecord): Promise<Pair> {
  if (a.family && a.family === b.family) {
    const order = await timelineOrder(a.family);
    const ia = order.indexOf(a.id);
    const ib = order.indexOf(b.id);
    if (ia >= 0 && ib >= 0) return ia <= ib ? { oldId: a.id, newId: b.id } : { oldId: b.id, newId: a.id };
  }
  return dateOf(a) <= dateOf(b) ? { oldId: a.id, newId: b.id } : { oldId: b.id, newId: a.id };
}
