import type { DocumentModel } from '../document/model';
import { taxonomyCategory } from '../clauses/taxonomy';
import type { Category } from '../clauses/types';
import type { Change, Comparison, DiffPart } from './types';
import { percentUnchanged, summaryFieldLabel, summaryValueWords } from './wording';

/**
 * The comparison report as both exports print it (HTML and DOCX): a heading, the material changes in counsel's
 * words, the summary answers that changed, the list of changes, and the whole new text as a redline (deleted
 * words struck, inserted words underlined, moved blocks pointed to from where they were).
 */
export interface RedlineSegment {
  text: string;
  mark: 'same' | 'inserted' | 'deleted';
}

export interface RedlineParagraph {
  segments: RedlineSegment[];
  heading: boolean;
  /** The change the paragraph shows, printed beside it ("c4 · modified · material"). */
  changeId: string | null;
  label: string | null;
  material: boolean;
  /** A paragraph standing for a block that moved away (its text is printed where it now is). */
  movedAway: boolean;
}

export interface ReportChange {
  id: string;
  kind: string;
  where: string;
  categories: string[];
  material: boolean;
  summary: string;
}

export interface ComparisonReport {
  title: string;
  oldTitle: string;
  newTitle: string;
  oldSource: string;
  newSource: string;
  statsLine: string;
  materialSummary: string[];
  /** Defined terms renamed throughout, each said once. */
  termRenames: string[];
  /** Each changed summary answer with its name and values in words ("Acceptable use", "embedded", "by reference"). */
  summaryChanges: Array<{ field: string; old: string; new: string; summary: string; material: boolean }>;
  changes: ReportChange[];
  redline: RedlineParagraph[];
}

/**
 * Where a version came from, as a report counsel may send says it: the file's name or the library document, never
 * the folders of the reviewer's machine ("/home/ann/Downloads/…"); the format and fingerprint when nothing else is known.
 */
function sourceLabel(side: Comparison['old']): string {
  const source = side.source;
  if (!source) return `${side.format}, SHA-256 ${side.sha256.slice(0, 12)}…`;
  const library = /^library:(\d+)$/.exec(source);
  if (library) return `library document ${library[1]}`;
  return source.split(/[\\/]/).pop() || source;
}

const KIND_LABELS: Record<Change['kind'], string> = { modified: 'modified', inserted: 'inserted', deleted: 'deleted', moved: 'moved' };

function categoryName(c: Category): string {
  return taxonomyCategory(c).name;
}

function where(change: Change): string {
  if (change.kind === 'moved') return `§ ${change.oldSection ?? '—'} → § ${change.newSection ?? '—'}`;
  const section = change.newSection ?? change.oldSection;
  return section ? `§ ${section}` : '—';
}

function kindLabel(change: Change): string {
  return change.kind === 'moved' && change.edited ? 'moved and edited' : KIND_LABELS[change.kind];
}

/** Parts split into paragraphs at block breaks, each part keeping its mark. */
function partsToParagraphs(parts: DiffPart[]): RedlineSegment[][] {
  const paragraphs: RedlineSegment[][] = [[]];
  for (const part of parts) {
    const mark: RedlineSegment['mark'] = part.op === 'insert' ? 'inserted' : part.op === 'delete' ? 'deleted' : 'same';
    part.text.split(/\n\n/).forEach((chunk, i) => {
      if (i > 0) paragraphs.push([]);
      if (chunk) paragraphs[paragraphs.length - 1].push({ text: chunk, mark });
    });
  }
  return paragraphs.filter((p) => p.some((s) => s.text.trim()));
}

export function buildComparisonReport(comparison: Comparison, oldModel: DocumentModel, newModel: DocumentModel): ComparisonReport {
  const changeById = new Map(comparison.changes.map((c) => [c.id, c]));
  const newIndex = new Map(newModel.blocks.map((b, i) => [b.id, i]));
  const shown = new Set<string>();
  const shownAway = new Set<string>();
  const redline: RedlineParagraph[] = [];
  const labelOf = (c: Change) => `${c.id} · ${kindLabel(c)}${c.material ? ' · material' : ''}`;

  for (const row of comparison.alignment) {
    if (!row.changeId) {
      for (const id of row.newBlocks) {
        const block = newModel.blocks[newIndex.get(id)!];
        redline.push({ segments: [{ text: newModel.text.slice(block.start, block.end), mark: 'same' }], heading: block.kind === 'heading', changeId: null, label: null, material: false, movedAway: false });
      }
      continue;
    }
    const change = changeById.get(row.changeId)!;
    if (change.kind === 'moved' && row.newBlocks.length === 0) {
      if (shownAway.has(change.id)) continue;
      shownAway.add(change.id);
      redline.push({
        segments: [{ text: `[Moved to ${change.newSection ? `section ${change.newSection}` : 'a later place'} — see ${change.id}]`, mark: 'same' }],
        heading: false,
        changeId: change.id,
        label: labelOf(change),
        material: change.material,
        movedAway: true,
      });
      continue;
    }
    if (shown.has(change.id)) continue;
    shown.add(change.id);
    partsToParagraphs(change.parts).forEach((segments, i) => {
      redline.push({ segments, heading: false, changeId: change.id, label: i === 0 ? labelOf(change) : null, material: change.material, movedAway: false });
    });
  }

  const s = comparison.stats;
  const counts = [
    [s.modified, 'modified'],
    [s.inserted, 'inserted'],
    [s.deleted, 'deleted'],
    [s.moved, 'moved'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, w]) => `${n} ${w}`);
  return {
    title: `Comparison of ${comparison.old.title} and ${comparison.new.title}`,
    oldTitle: comparison.old.title,
    newTitle: comparison.new.title,
    oldSource: sourceLabel(comparison.old),
    newSource: sourceLabel(comparison.new),
    statsLine: `${comparison.changes.length} change${comparison.changes.length === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}, ${s.material} material; ${percentUnchanged(s.similarity)}% of the earlier wording is unchanged.`,
    materialSummary: comparison.materialSummary,
    termRenames: (comparison.termRenames ?? []).map((t) => t.summary),
    summaryChanges: comparison.summaryChanges.map((c) => ({ field: summaryFieldLabel(c.field), old: summaryValueWords(c.field, c.old), new: summaryValueWords(c.field, c.new), summary: c.summary, material: c.material })),
    changes: comparison.changes.map((c) => ({ id: c.id, kind: kindLabel(c), where: where(c), categories: c.categories.map(categoryName), material: c.material, summary: c.summary })),
    redline,
  };
}
