/**
 * The review sidebar's filters over findings and counsel's annotations together: category, status (the
 * engine's suggestions, confirmed, rejected, or counsel's own), author, tag, and a search over the quoted
 * words and the comments.
 */
import type { StoredFinding } from '../app/types';
import type { Annotation, AnnotationCategory } from '../state/annotations';

/** 'own' = counsel's own highlights (annotations); the others are the findings' review states. */
export type ItemStatus = 'suggested' | 'confirmed' | 'rejected' | 'own';

export interface SidebarFilters {
  category: AnnotationCategory | 'all';
  status: ItemStatus | 'all';
  author: string | 'all';
  tag: string | 'all';
  query: string;
}

export const NO_SIDEBAR_FILTERS: SidebarFilters = { category: 'all', status: 'all', author: 'all', tag: 'all', query: '' };

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  suggested: 'Suggested',
  confirmed: 'Confirmed',
  rejected: 'Rejected',
  own: 'Counsel’s own',
};

export function isFiltering(filters: SidebarFilters): boolean {
  return filters.category !== 'all' || filters.status !== 'all' || filters.author !== 'all' || filters.tag !== 'all' || filters.query.trim() !== '';
}

function matchesQuery(query: string, ...texts: string[]): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = texts.join('\n').toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function findingMatches(finding: StoredFinding, filters: SidebarFilters): boolean {
  if (filters.category !== 'all' && finding.category !== filters.category) return false;
  if (filters.status !== 'all' && finding.status !== filters.status) return false;
  // A finding's author is whoever decided it; a suggestion has none.
  if (filters.author !== 'all' && finding.reviewedBy !== filters.author) return false;
  if (filters.tag !== 'all') return false;
  return matchesQuery(filters.query, finding.quote, finding.explanation ?? '');
}

export function annotationMatches(annotation: Annotation, filters: SidebarFilters): boolean {
  if (filters.category !== 'all' && annotation.category !== filters.category) return false;
  if (filters.status !== 'all' && filters.status !== 'own') return false;
  if (filters.author !== 'all' && annotation.author !== filters.author) return false;
  if (filters.tag !== 'all' && !annotation.tags.includes(filters.tag)) return false;
  return matchesQuery(filters.query, annotation.quote, annotation.comment, annotation.tags.join(' '));
}

/** The choices the author and tag filters offer: everyone who wrote or decided something, every tag used. */
export function filterChoices(findings: StoredFinding[], annotations: Annotation[]): { authors: string[]; tags: string[] } {
  const authors = new Set<string>();
  for (const a of annotations) authors.add(a.author);
  for (const f of findings) if (f.reviewedBy) authors.add(f.reviewedBy);
  const tags = new Set(annotations.flatMap((a) => a.tags));
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return { authors: sorted(authors), tags: sorted(tags) };
}

/** Tags as typed in one box: separated by commas, trimmed, without repeats. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}
