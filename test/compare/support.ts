/** Corpus documents and comparisons for the compare tests (each document imported and analysed once per file). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { analyzeDocument } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { compareDocuments } from '../../src/compare';
import type { Comparison } from '../../src/compare';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { CORPUS_DIR, DOCUMENTS_DIR, FORMATS_DIR } from '../support/corpus';

export interface Loaded {
  model: DocumentModel;
  analysis: Analysis;
}

const cache = new Map<string, Promise<Loaded>>();

/** A corpus document (documents/ or formats/) imported and analysed. */
export function loadCorpus(file: string): Promise<Loaded> {
  let loaded = cache.get(file);
  if (!loaded) {
    const dir = /\.(?:pdf|docx)$/.test(file) ? FORMATS_DIR : DOCUMENTS_DIR;
    loaded = importDocument(new Uint8Array(readFileSync(join(dir, file))), file).then((model) => ({ model, analysis: analyzeDocument(model) }));
    cache.set(file, loaded);
  }
  return loaded;
}

/** A text imported and analysed as if it were a file of that name. */
export async function loadText(text: string, name: string): Promise<Loaded> {
  const model = await importDocument(new TextEncoder().encode(text), name);
  return { model, analysis: analyzeDocument(model) };
}

export function compareLoaded(before: Loaded, after: Loaded): Comparison {
  return compareDocuments(before.model, after.model, { oldAnalysis: before.analysis, newAnalysis: after.analysis });
}

export async function compareCorpus(older: string, newer: string): Promise<{ comparison: Comparison; before: Loaded; after: Loaded }> {
  const [before, after] = await Promise.all([loadCorpus(older), loadCorpus(newer)]);
  return { comparison: compareLoaded(before, after), before, after };
}

/** VERSIONS.tsv: older, newer, the changes a comparison must call material. */
export function loadVersionPairs(): Array<{ older: string; newer: string; material: string }> {
  return readFileSync(join(CORPUS_DIR, 'VERSIONS.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [older, newer, material] = l.split('\t');
      return { older, newer, material };
    });
}

/**
 * What every comparison must hold whatever the documents: spans inside the texts, word parts that tile each
 * change's span on each side (so a renderer printing them reproduces the text), material exactly when there is
 * a reason, the categories of every reason among the change's categories, and rows covering every block.
 */
export function expectWellFormed(c: Comparison, before: DocumentModel, after: DocumentModel): void {
  for (const change of c.changes) {
    for (const [span, model] of [
      [change.old, before],
      [change.new, after],
    ] as const) {
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(model.text.length);
      expect(span.end).toBeGreaterThan(span.start);
    }
    expect(change.old !== null || change.new !== null).toBe(true);
    const oldParts = change.parts.filter((p) => p.old);
    const newParts = change.parts.filter((p) => p.new);
    if (change.old) expect(oldParts.map((p) => before.text.slice(p.old!.start, p.old!.end)).join(''), change.id).toBe(before.text.slice(change.old.start, change.old.end));
    if (change.new) expect(newParts.map((p) => after.text.slice(p.new!.start, p.new!.end)).join(''), change.id).toBe(after.text.slice(change.new.start, change.new.end));
    expect(change.material, change.id).toBe(change.reasons.length > 0);
    for (const r of change.reasons) if (r.category) expect(change.categories, change.id).toContain(r.category);
    expect(change.summary.length).toBeGreaterThan(10);
  }
  const oldBlocks = c.alignment.flatMap((r) => r.oldBlocks);
  const newBlocks = c.alignment.flatMap((r) => r.newBlocks);
  expect(new Set(oldBlocks)).toEqual(new Set(before.blocks.map((b) => b.id)));
  expect(new Set(newBlocks)).toEqual(new Set(after.blocks.map((b) => b.id)));
}

/** Every material reason, with the change it belongs to. */
export function reasonsOf(c: Comparison) {
  return c.changes.flatMap((change) => change.reasons.map((reason) => ({ ...reason, change })));
}
