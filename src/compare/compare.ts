import { analyzeDocument } from '../analysis';
import { PatternMemo } from '../clauses';
import type { DocumentAssessment } from '../assess/types';
import type { Category, Finding } from '../clauses/types';
import type { DocumentModel } from '../document/model';
import { blockIndexAt, sectionAt } from '../document/sections';
import { alignTokens } from './align-tokens';
import { cleanUpRuns, type AlignedRun } from './cleanup';
import { pairFindings } from './findings-match';
import { HunkIndex, type Hunk } from './hunks';
import { describeHunk, findMaterialReasons, groupClauseReasons, type LocatedReason } from './materiality';
import { pairMovedRegions, type MovedPair } from './moves';
import { OffsetMap } from './offset-map';
import { materialSummary, REASON_ORDER, topicWeight } from './material-summary';
import { buildParts } from './parts';
import { buildRegions, type Region } from './regions';
import { pairSentenceMoves, type SentenceMove } from './sentence-moves';
import { findTermRenames, termRenameNotes, placesRenamed } from './renames';
import { compareSummaries } from './summary-diff';
import { tokenAtOrAfter, tokenizeForComparison, type ComparisonTokens } from './tokens';
import { COMPARE_SCHEMA, type BlockPair, type Change, type ChangeKind, type ComparedDocument, type Comparison, type SummaryChange, type TextSpan } from './types';
import { quoted } from './wording';

/** What the comparison needs of an analysis: the findings (with counsel's categories, if stored) and the summary. */
export interface ComparedAnalysis {
  findings: Finding[];
  assessment: DocumentAssessment;
}

export interface CompareOptions {
  /** Stored analyses (a library document's findings as reviewed); analysed afresh when absent. */
  oldAnalysis?: ComparedAnalysis;
  newAnalysis?: ComparedAnalysis;
}

/** The engine's whole comparison plus what re-anchoring needs (offset maps), kept off the serialised result. */
export interface ComparisonWithMaps {
  comparison: Comparison;
  oldToNew: OffsetMap;
  newToOld: OffsetMap;
}

/** A change before it has an id: the regions it spans on each side and its alignment runs. */
interface Unit {
  kind: ChangeKind;
  edited: boolean;
  oldRegions: Region[];
  newRegions: Region[];
  runs: AlignedRun[];
}

/**
 * Compares two versions of a document: aligns them word by word (robust to renumbering, reformatting and to
 * blocks split or merged by another file format), groups the differences by the blocks they sit in (modified,
 * inserted, deleted, moved), tags each change with the clause categories it touches, and calls it material when a
 * clause's facts, its operative words, its presence or the document's summary answers change.
 */
export function compareDocuments(oldModel: DocumentModel, newModel: DocumentModel, options: CompareOptions = {}): Comparison {
  return compareDocumentsWithMaps(oldModel, newModel, options).comparison;
}

/** A version's answers for a comparison come from its own clauses (see AnalyzeOptions). */
const CLAUSES_ONLY = { identifyLicence: false } as const;

export function compareDocumentsWithMaps(oldModel: DocumentModel, newModel: DocumentModel, options: CompareOptions = {}): ComparisonWithMaps {
  // Two versions share most of their sentences: the rule patterns run once per distinct sentence.
  const patternMemo = new PatternMemo();
  const oldAnalysis = options.oldAnalysis ?? analyzeDocument(oldModel, { ...CLAUSES_ONLY, patternMemo });
  const newAnalysis = options.newAnalysis ?? analyzeDocument(newModel, { ...CLAUSES_ONLY, patternMemo });
  const dictionary = new Map<string, number>();
  const a = tokenizeForComparison(oldModel, dictionary);
  const b = tokenizeForComparison(newModel, dictionary);
  const runs = cleanUpRuns(alignTokens(a.ids, b.ids), a, b);
  const regions = buildRegions(runs, a, b, oldModel.blocks.length, newModel.blocks.length);
  const moves = pairMovedRegions(regions, a, b);
  const { units, rows } = buildUnits(regions, moves);

  const mappingRuns = [...runs, ...moves.flatMap((m) => m.runs)];

  const alignedHunks: Hunk[] = [];
  units.forEach((u, index) => {
    for (const r of u.runs) if (r.op === 'change') alignedHunks.push({ aFrom: r.aFrom, aTo: r.aTo, bFrom: r.bFrom, bTo: r.bTo, change: index });
  });
  // A sentence moved inside its paragraph is one passage moved: only its edits are hunks.
  const { hunks: hunkList, moves: sentenceMoves } = pairSentenceMoves(alignedHunks, a, b);
  mappingRuns.push(...sentenceMoves.flatMap((m) => m.runs));
  const hunks = new HunkIndex(hunkList, a, b);
  const oldToNew = new OffsetMap(a, b, mappingRuns, false);
  const newToOld = new OffsetMap(b, a, mappingRuns, true);
  hunks.renamed = findTermRenames(hunks, oldModel.text, newModel.text);
  const pairs = pairFindings(oldAnalysis.findings, newAnalysis.findings, oldToNew);
  const reasons = findMaterialReasons({
    oldFindings: oldAnalysis.findings,
    newFindings: newAnalysis.findings,
    pairs,
    hunks,
    oldText: oldModel.text,
    newText: newModel.text,
    blockStartOld: (offset) => oldModel.blocks[Math.max(0, blockIndexAt(oldModel.blocks, offset))]?.start ?? 0,
    blockStartNew: (offset) => newModel.blocks[Math.max(0, blockIndexAt(newModel.blocks, offset))]?.start ?? 0,
  });
  const summaryDiff = compareSummaries(oldAnalysis.assessment, newAnalysis.assessment, oldAnalysis.findings, newAnalysis.findings, hunks, reasons);
  const allReasons = [...summaryDiff.reasons, ...reasons];

  const changes = units.map((u, index) =>
    buildChange(u, index, { oldModel, newModel, a, b, hunks, sentenceMoves, oldFindings: oldAnalysis.findings, newFindings: newAnalysis.findings, reasons: allReasons }),
  );
  const idOf = (unit: Unit | null) => (unit ? changes[units.indexOf(unit)].id : null);
  const alignment: BlockPair[] = rows.map((row) => blockPair(row, oldModel, newModel, idOf(row.unit)));
  const summaryChanges: SummaryChange[] = summaryDiff.changes.map(({ hunks: list, ...rest }) => {
    const changeIds = [...new Set(list.map((k) => changes[hunkList[k].change].id))];
    return { ...rest, changeIds, material: rest.category !== null && changeIds.length > 0 };
  });

  const unchangedWords = (list: AlignedRun[]) => list.reduce((n, r) => n + (r.op === 'change' ? 0 : r.aTo - r.aFrom), 0);
  const equalWords = unchangedWords(runs) + moves.reduce((n, m) => n + unchangedWords(m.runs), 0) + sentenceMoves.reduce((n, m) => n + unchangedWords(m.runs), 0);
  const count = (kind: ChangeKind) => changes.filter((c) => c.kind === kind).length;
  const comparison: Comparison = {
    schema: COMPARE_SCHEMA,
    old: describeDocument(oldModel, oldAnalysis.assessment),
    new: describeDocument(newModel, newAnalysis.assessment),
    changes,
    alignment,
    summaryChanges,
    materialSummary: materialSummary(changes, summaryChanges),
    termRenames: termRenameNotes(hunks, changes),
    stats: {
      identical: alignment.filter((r) => r.kind === 'identical').length,
      modified: count('modified'),
      inserted: count('inserted'),
      deleted: count('deleted'),
      moved: count('moved'),
      material: changes.filter((c) => c.material).length,
      similarity: a.ids.length === 0 ? (b.ids.length === 0 ? 1 : 0) : Math.round((equalWords / a.ids.length) * 1000) / 1000,
    },
  };
  return { comparison, oldToNew, newToOld };
}

interface Row {
  kind: BlockPair['kind'];
  oldRegions: Region[];
  newRegions: Region[];
  unit: Unit | null;
}

/**
 * Regions in reading order become changes and side-by-side rows: moved pairs become one change shown at both
 * places, a deletion and an insertion that are the same block rewritten in place become one modified change, and
 * runs of whole deleted (or inserted) blocks become one change.
 */
function buildUnits(regions: Region[], moves: MovedPair[]): { units: Unit[]; rows: Row[] } {
  // Blocks moved together (consecutive on both sides) are one move.
  const groupOf = new Map<number, Unit>();
  let last: { move: MovedPair; unit: Unit } | null = null;
  for (const move of moves.filter((m) => !m.inPlace).sort((x, y) => x.deleted - y.deleted)) {
    if (last && move.deleted === last.move.deleted + 1 && move.inserted === last.move.inserted + 1) {
      last.unit.oldRegions.push(regions[move.deleted]);
      last.unit.newRegions.push(regions[move.inserted]);
      last.unit.runs = [...last.unit.runs, ...move.runs];
      last.unit.edited ||= move.edited;
    } else {
      last = { move, unit: { kind: 'moved', edited: move.edited, oldRegions: [regions[move.deleted]], newRegions: [regions[move.inserted]], runs: move.runs } };
    }
    last.move = move;
    groupOf.set(move.deleted, last.unit);
    groupOf.set(move.inserted, last.unit);
  }
  const inPlace = new Map<number, MovedPair>();
  for (const m of moves) if (m.inPlace) inPlace.set(Math.min(m.deleted, m.inserted), m).set(Math.max(m.deleted, m.inserted), m);

  const units: Unit[] = [];
  const rows: Row[] = [];
  const listed = new Set<Unit>();
  let open: { unit: Unit; region: number } | null = null;
  regions.forEach((region, i) => {
    const rewrite = inPlace.get(i);
    const moved = groupOf.get(i);
    if (region.kind === 'identical') {
      rows.push({ kind: 'identical', oldRegions: [region], newRegions: [region], unit: null });
    } else if (region.kind === 'modified' || rewrite) {
      if (rewrite && Math.max(rewrite.deleted, rewrite.inserted) === i) return; // emitted with its partner
      const [oldRegion, newRegion] = rewrite ? [regions[rewrite.deleted], regions[rewrite.inserted]] : [region, region];
      const unit: Unit = { kind: 'modified', edited: true, oldRegions: [oldRegion], newRegions: [newRegion], runs: rewrite ? rewrite.runs : region.runs };
      units.push(unit);
      rows.push({ kind: 'modified', oldRegions: [oldRegion], newRegions: [newRegion], unit });
    } else if (moved) {
      // Listed among the changes where the block now is; a row at each place.
      if (region.kind === 'inserted' && !listed.has(moved)) {
        listed.add(moved);
        units.push(moved);
      }
      rows.push({ kind: 'moved', oldRegions: region.kind === 'deleted' ? [region] : [], newRegions: region.kind === 'inserted' ? [region] : [], unit: moved });
    } else if (open && open.region === i - 1 && open.unit.kind === region.kind) {
      // Consecutive whole blocks deleted (or inserted) are one change.
      const row = rows[rows.length - 1];
      (region.kind === 'deleted' ? open.unit.oldRegions : open.unit.newRegions).push(region);
      (region.kind === 'deleted' ? row.oldRegions : row.newRegions).push(region);
      open.unit.runs = [...open.unit.runs, ...region.runs];
      open = { unit: open.unit, region: i };
      return;
    } else {
      const kind = region.kind as 'inserted' | 'deleted';
      const unit: Unit = { kind, edited: false, oldRegions: kind === 'deleted' ? [region] : [], newRegions: kind === 'inserted' ? [region] : [], runs: region.runs };
      units.push(unit);
      rows.push({ kind, oldRegions: unit.oldRegions.slice(), newRegions: unit.newRegions.slice(), unit });
      open = { unit, region: i };
      return;
    }
    open = null;
  });
  // A move whose new place has no row of its own (cannot happen with paired regions, but never lose a change).
  for (const unit of groupOf.values()) if (!listed.has(unit)) {
    listed.add(unit);
    units.push(unit);
  }
  return { units, rows };
}

function blockRange(regions: Region[], side: 'old' | 'new'): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (const r of regions) {
    const [f, t] = side === 'old' ? [r.oldBlockFrom, r.oldBlockTo] : [r.newBlockFrom, r.newBlockTo];
    if (t <= f) continue;
    from = Math.min(from, f);
    to = Math.max(to, t);
  }
  return from < to ? [from, to] : null;
}

function spanOf(model: DocumentModel, range: [number, number] | null): TextSpan | null {
  if (!range) return null;
  return { start: model.blocks[range[0]].start, end: model.blocks[range[1] - 1].end };
}

function blockIds(model: DocumentModel, range: [number, number] | null): string[] {
  return range ? model.blocks.slice(range[0], range[1]).map((b) => b.id) : [];
}

function blockPair(row: Row, oldModel: DocumentModel, newModel: DocumentModel, changeId: string | null): BlockPair {
  const oldRange = blockRange(row.oldRegions, 'old');
  const newRange = blockRange(row.newRegions, 'new');
  const numbers = (model: DocumentModel, range: [number, number] | null) => (range ? model.blocks.slice(range[0], range[1]).map((b) => b.number ?? '') : []);
  return {
    kind: row.kind,
    oldBlocks: blockIds(oldModel, oldRange),
    newBlocks: blockIds(newModel, newRange),
    old: spanOf(oldModel, oldRange),
    new: spanOf(newModel, newRange),
    changeId,
    renumbered: row.kind === 'identical' && numbers(oldModel, oldRange).join('|') !== numbers(newModel, newRange).join('|'),
  };
}

interface ChangeContext {
  oldModel: DocumentModel;
  newModel: DocumentModel;
  a: ComparisonTokens;
  b: ComparisonTokens;
  hunks: HunkIndex;
  sentenceMoves: SentenceMove[];
  oldFindings: Finding[];
  newFindings: Finding[];
  reasons: LocatedReason[];
}

const SPREAD_SUMMARY_RANK = 6;

function buildChange(unit: Unit, index: number, ctx: ChangeContext): Change {
  const oldRange = blockRange(unit.oldRegions, 'old');
  const newRange = blockRange(unit.newRegions, 'new');
  const oldSpan = spanOf(ctx.oldModel, oldRange);
  const newSpan = spanOf(ctx.newModel, newRange);
  const parts = buildParts(unit.runs, ctx.a, ctx.b, oldSpan, newSpan);
  const own = ctx.hunks.hunks.map((h, k) => (h.change === index ? k : -1)).filter((k) => k >= 0);
  const ownSet = new Set(own);
  // A summary answer that rests on this change alone leads (the grant no longer non-commercial); one spread over
  // several changes (the use policy no longer part of the document) is said after what this change itself does, so
  // the deleted ban on improving other models does not read as "the acceptable use policy is no longer part …".
  const rank = (r: LocatedReason) => (r.kind === 'summary' && r.hunks.some((k) => !ownSet.has(k)) ? SPREAD_SUMMARY_RANK : REASON_ORDER[r.kind]);
  const reasons = groupClauseReasons(ctx.reasons.filter((r) => r.hunks.some((k) => ownSet.has(k)))).sort((x, y) => rank(x) - rank(y) || topicWeight(x.category) - topicWeight(y.category));

  const categories = new Set<Category>();
  for (const k of own) {
    const h = ctx.hunks.hunks[k];
    const oldAt = ctx.hunks.oldOffset(h);
    const newAt = ctx.hunks.newOffset(h);
    const oldEnd = h.aTo > h.aFrom ? ctx.a.ends[h.aTo - 1] : oldAt;
    const newEnd = h.bTo > h.bFrom ? ctx.b.ends[h.bTo - 1] : newAt;
    for (const f of ctx.oldFindings) if (touches(f, oldAt, oldEnd)) categories.add(f.category);
    for (const g of ctx.newFindings) if (touches(g, newAt, newEnd)) categories.add(g.category);
  }
  const movedHere = ctx.sentenceMoves.filter((m) => m.change === index || m.fromChange === index);
  for (const m of movedHere) {
    const [oldAt, oldEnd, newAt, newEnd] = [ctx.a.starts[m.aFrom], ctx.a.ends[m.aTo - 1], ctx.b.starts[m.bFrom], ctx.b.ends[m.bTo - 1]];
    for (const f of ctx.oldFindings) if (touches(f, oldAt, oldEnd)) categories.add(f.category);
    for (const g of ctx.newFindings) if (touches(g, newAt, newEnd)) categories.add(g.category);
  }
  for (const r of reasons) if (r.category) categories.add(r.category);

  const oldSection = oldSpan ? sectionAt(ctx.oldModel, oldSpan.start) : null;
  const newSection = newSpan ? sectionAt(ctx.newModel, newSpan.start) : null;
  const material = reasons.length > 0;
  // A change made only of a term renamed throughout is one place of that rename, said once for the document.
  const renames = own.map((k) => ctx.hunks.renamed.get(k));
  const renamedTerm = !material && renames.length > 0 && renames.every((r) => r && r.from === renames[0]!.from && r.to === renames[0]!.to) ? renames[0] : undefined;
  return {
    id: `c${index + 1}`,
    kind: unit.kind,
    edited: unit.edited,
    old: oldSpan,
    new: newSpan,
    oldBlocks: blockIds(ctx.oldModel, oldRange),
    newBlocks: blockIds(ctx.newModel, newRange),
    oldSection,
    newSection,
    categories: [...categories].sort((x, y) => topicWeight(x) - topicWeight(y) || x.localeCompare(y)),
    material,
    reasons: reasons.map(({ hunks: _hunks, quote: _quote, ...r }) => r),
    summary: material ? materialChangeSummary(reasons) : `${plainChangeSummary(unit, index, own, movedHere, ctx, oldSpan, newSpan, oldSection, newSection)}${renamedTerm ? ` — renamed throughout, ${placesRenamed(ctx.hunks, renamedTerm)} places in all` : ''}`,
    parts,
    ...(renamedTerm ? { renamedTerm: { from: renamedTerm.from, to: renamedTerm.to } } : {}),
  };
}

/** A finding touches a changed span when they overlap, or when a point change falls strictly inside it. */
function touches(f: Finding, start: number, end: number): boolean {
  if (start === end) return f.start < start && f.end > start;
  return f.start < end && f.end > start;
}

function materialChangeSummary(reasons: LocatedReason[]): string {
  const first = reasons[0].summary;
  const others = new Set(reasons.slice(1).map((r) => r.summary).filter((s) => s !== first)).size;
  return others > 0 ? `${first} (and ${others} more)` : first;
}

/** Words of one side inside a span. */
function countTokens(tokens: ComparisonTokens, span: TextSpan): number {
  let n = 0;
  for (let i = tokenAtOrAfter(tokens, span.start); i < tokens.ids.length && tokens.starts[i] < span.end; i++) n++;
  return n;
}

function plainChangeSummary(unit: Unit, index: number, own: number[], movedHere: SentenceMove[], ctx: ChangeContext, oldSpan: TextSpan | null, newSpan: TextSpan | null, oldSection: string | null, newSection: string | null): string {
  const where = (section: string | null, text: string) => (section ? `Section ${section}` : quoted(text, 60));
  const oldText = oldSpan ? ctx.oldModel.text.slice(oldSpan.start, oldSpan.end) : '';
  const newText = newSpan ? ctx.newModel.text.slice(newSpan.start, newSpan.end) : '';
  // A passage moved is said as moved first, at both places; its edits, if any, follow with the others.
  const within = oldText.includes('\n') || newText.includes('\n') ? 'the passage' : 'the paragraph';
  const moved = movedHere.map((m) => {
    const text = quoted(m.change === index ? ctx.b.text.slice(ctx.b.starts[m.bFrom], ctx.b.ends[m.bTo - 1]) : ctx.a.text.slice(ctx.a.starts[m.aFrom], ctx.a.ends[m.aTo - 1]), 80);
    const edited = m.edited ? ' and edited' : '';
    if (m.change === m.fromChange) return `${text} moved within ${within}${edited}`;
    return m.change === index ? `${text} moved here from c${m.fromChange + 1}${edited}` : `${text} moved to c${m.change + 1}${edited}`;
  });
  const movedNote = moved.length ? ` (${moved.join('; ')})` : '';
  // Words written in or struck out whole that all moved from or to another place are said as moved only.
  const movedWords = movedHere.reduce((n, m) => n + (m.change === index ? m.bTo - m.bFrom : m.aTo - m.aFrom), 0);
  const allMoved = (span: TextSpan | null, tokens: ComparisonTokens) => span !== null && movedWords >= countTokens(tokens, span);
  switch (unit.kind) {
    case 'inserted':
      if (allMoved(newSpan, ctx.b)) return moved.join('; ');
      return `New text${newSection ? ` in section ${newSection}` : ''}: ${quoted(newText, 160)}${movedNote}`;
    case 'deleted':
      if (allMoved(oldSpan, ctx.a)) return moved.join('; ');
      return `Removed${oldSection ? ` from section ${oldSection}` : ''}: ${quoted(oldText, 160)}${movedNote}`;
    case 'moved':
      return `${oldSection && newSection && oldSection !== newSection ? `Moved from section ${oldSection} to section ${newSection}` : 'Moved'}${unit.edited ? ' and edited' : ' unchanged'}: ${quoted(newText, 120)}${movedNote}`;
    default: {
      // The same edit made in several places of one block (a term renamed twice) is said once, with its count.
      const counts = new Map<string, number>();
      for (const k of own) {
        const edit = describeHunk(ctx.hunks, ctx.hunks.hunks[k], 80);
        counts.set(edit, (counts.get(edit) ?? 0) + 1);
      }
      const edits = [...moved, ...[...counts].map(([edit, n]) => (n > 1 ? `${edit} (${n} places)` : edit))];
      const shown = edits.slice(0, 2).join('; ');
      return `${where(newSection, newText)}: ${shown}${edits.length > 2 ? `; ${edits.length - 2} more edits` : ''}`;
    }
  }
}

function describeDocument(model: DocumentModel, assessment: DocumentAssessment): ComparedDocument {
  const { decidedBy: _decidedBy, ...summary } = assessment;
  return {
    title: model.title,
    format: model.format,
    sha256: model.sha256,
    characters: model.text.length,
    blocks: model.blocks.length,
    pageCount: model.pageCount,
    summary,
  };
}
