/** How a change is named on screen: its kind in counsel's words, its number, where it sits. */
import type { Change, ChangeKind } from '../../src/compare/types';

export const KIND_LABELS: Record<ChangeKind, string> = {
  modified: 'Modified',
  inserted: 'Added',
  deleted: 'Removed',
  moved: 'Moved',
};

/** "c12" → "12": the engine numbers changes in the later version's reading order. */
export function changeNumber(id: string): string {
  return id.replace(/^c/, '');
}

/** "§ 1.b.v", or the fallback words when the block has no printed number. */
export function sectionLabel(section: string | null, fallback: string): string {
  return section ? `§ ${section}` : fallback;
}

/** Where a change sits, as counsel cite it: "§ 1.b.v", "§ 4 → § 5" for a move or a renumbered one. */
export function changePlace(change: Change): string | null {
  const { oldSection: from, newSection: to } = change;
  if (from && to) return from === to ? `§ ${to}` : `§ ${from} → § ${to}`;
  if (to) return `§ ${to}`;
  if (from) return `§ ${from} (earlier version)`;
  return null;
}

export function kindLabel(change: Change): string {
  return change.kind === 'moved' && change.edited ? 'Moved and edited' : KIND_LABELS[change.kind];
}
