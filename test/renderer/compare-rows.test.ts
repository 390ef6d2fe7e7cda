/**
 * The compare view's rows (renderer/compare/compareRows.ts) on every version pair of the corpus, a licence against
 * its PDF, and a copy with a clause moved: each side shows every block of its document once, in order; the word
 * marks cut the text without losing any of it; the redline keeps every character of the later version, and strikes
 * and underlines exactly the words the side-by-side view marks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare';
import type { DocumentModel } from '../../src/document/model';
import { buildRows, piecesOf, redlineParagraphs, rowOfChange, type CompareRow } from '../../renderer/compare/compareRows';
import { compareLoaded, loadCorpus, loadText } from '../compare/support';
import { CORPUS_DIR, corpusAvailable, DOCUMENTS_DIR } from '../support/corpus';

function versionPairs(): [string, string][] {
  return readFileSync(join(CORPUS_DIR, 'VERSIONS.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t').slice(0, 2) as [string, string]);
}

/** The later version as the redline prints it (struck words left out), one paragraph per line. */
function redlineNewText(rows: CompareRow[], newModel: DocumentModel): string {
  const out: string[] = [];
  for (const row of rows) {
    if (!row.change) {
      for (const b of row.newBlocks) out.push(newModel.text.slice(b.start, b.end));
      continue;
    }
    if (row.moveEnd === 'from') continue;
    for (const p of redlineParagraphs(row)) {
      const text = p.pieces.filter((x) => x.op !== 'delete').map((x) => newModel.text.slice(x.start, x.end)).join('');
      if (text) out.push(text);
    }
  }
  return out.join('\n');
}

/** Spans as one sorted list with touching spans joined (a piece cut at a block boundary is still one mark). */
function joined(spans: { start: number; end: number }[]): string {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end + 2) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out.map((s) => `${s.start}-${s.end}`).join(' ');
}

function checkRows(comparison: Comparison, oldModel: DocumentModel, newModel: DocumentModel): CompareRow[] {
  const rows = buildRows(comparison, oldModel, newModel);
  // Every block of each document appears on its side exactly once; the later one's in reading order.
  const oldIds = rows.flatMap((r) => r.oldBlocks.map((b) => b.id));
  const newIds = rows.flatMap((r) => r.newBlocks.map((b) => b.id));
  expect([...oldIds].sort()).toEqual(oldModel.blocks.map((b) => b.id).sort());
  expect(newIds).toEqual(newModel.blocks.map((b) => b.id));
  for (const row of rows) {
    // Marks lie inside the row's own blocks, and cutting a block at them gives back its text whole.
    for (const [blocks, marks] of [
      [row.oldBlocks, row.oldMarks],
      [row.newBlocks, row.newMarks],
    ] as const) {
      for (const m of marks) expect(blocks.some((b) => m.start < b.end && m.end > b.start), `mark ${m.start}-${m.end} of row ${row.index}`).toBe(true);
      for (const b of blocks) {
        const pieces = piecesOf(b.start, b.end, marks);
        expect(pieces[0]?.start ?? b.start).toBe(b.start);
        for (let i = 1; i < pieces.length; i++) expect(pieces[i].start).toBe(pieces[i - 1].end);
        expect(pieces.at(-1)?.end ?? b.end).toBe(b.end);
      }
    }
    if (row.change) expect(rowOfChange(rows, row.change.id, row.moveEnd ?? 'to')).not.toBeNull();
  }
  // The redline keeps every character of the later version's blocks.
  expect(redlineNewText(rows, newModel).replace(/\s+/g, '')).toBe(newModel.blocks.map((b) => newModel.text.slice(b.start, b.end)).join('').replace(/\s+/g, ''));
  // Its struck and added words are exactly the side-by-side view's marks (unchanged words are printed as the
  // later version has them, so the earlier text is not rebuilt word for word where the engine saw only noise).
  for (const row of rows) {
    if (!row.change || row.moveEnd === 'from' || row.kind === 'inserted' || row.kind === 'deleted') continue;
    const pieces = redlineParagraphs(row).flatMap((p) => p.pieces);
    expect(joined(pieces.filter((x) => x.op === 'delete')), `struck words of ${row.change.id}`).toBe(joined(row.oldMarks));
    expect(joined(pieces.filter((x) => x.op === 'insert')), `added words of ${row.change.id}`).toBe(joined(row.newMarks));
  }
  return rows;
}

describe.skipIf(!corpusAvailable)('compare view rows', () => {
  for (const [older, newer] of corpusAvailable ? versionPairs() : []) {
    it(`${older} → ${newer}`, async () => {
      const [a, b] = await Promise.all([loadCorpus(older), loadCorpus(newer)]);
      const comparison = compareLoaded(a, b);
      const rows = checkRows(comparison, a.model, b.model);
      expect(rows.filter((r) => r.change).length).toBeGreaterThanOrEqual(comparison.changes.length);
    });
  }

  it('a licence against its own PDF: rows pair the split and merged paragraphs, nothing marked as material', async () => {
    const [pdf, text] = await Promise.all([loadCorpus('llama-3.1-community-license.chromium.pdf'), loadCorpus('llama-3.1-community-license.txt')]);
    const comparison = compareLoaded(pdf, text);
    const rows = checkRows(comparison, pdf.model, text.model);
    expect(rows.some((r) => r.change?.material)).toBe(false);
  });

  it('a moved clause: a row at each place, linked, the first of each end leading, each pointing the right way', async () => {
    const original = readFileSync(join(DOCUMENTS_DIR, 'gemma-terms-of-use-2025-03-24.txt'), 'utf8');
    const paragraphs = original.split('\n\n');
    const at = paragraphs.findIndex((p) => p.startsWith('This Agreement will be governed by the laws'));
    const [moved] = paragraphs.splice(at, 1);
    paragraphs.splice(11, 0, moved);
    const [a, b] = await Promise.all([loadText(original, 'gemma.txt'), loadText(paragraphs.join('\n\n'), 'gemma-reordered.txt')]);
    const comparison = compareLoaded(a, b);
    const move = comparison.changes.find((c) => c.kind === 'moved');
    expect(move).toBeDefined();
    const rows = checkRows(comparison, a.model, b.model);
    const from = rows.filter((r) => r.change?.id === move!.id && r.moveEnd === 'from');
    const to = rows.filter((r) => r.change?.id === move!.id && r.moveEnd === 'to');
    expect(from.length).toBeGreaterThan(0);
    expect(to.length).toBeGreaterThan(0);
    expect(from.filter((r) => r.moveLead)).toHaveLength(1);
    expect(to.filter((r) => r.moveLead)).toHaveLength(1);
    // The clause moved up: from its old place the new one is above, and from the new one the old is below.
    expect(from[0].movePartnerBelow).toBe(false);
    expect(to[0].movePartnerBelow).toBe(true);
    expect(rowOfChange(rows, move!.id, 'from')).toBe(from[0]);
    expect(rowOfChange(rows, move!.id, 'to')).toBe(to[0]);
  });
});

describe('cutting a block at its word marks', () => {
  it('tiles the block, marks clipped to it', () => {
    expect(piecesOf(10, 30, [{ start: 5, end: 12 }, { start: 15, end: 18 }, { start: 28, end: 40 }])).toEqual([
      { start: 10, end: 12, marked: true },
      { start: 12, end: 15, marked: false },
      { start: 15, end: 18, marked: true },
      { start: 18, end: 28, marked: false },
      { start: 28, end: 30, marked: true },
    ]);
    expect(piecesOf(0, 5, [])).toEqual([{ start: 0, end: 5, marked: false }]);
  });
});
