/**
 * Analyses a snippet of licence text the way the product does (import as Markdown, detect clauses): used by the
 * rule tests for the paraphrases written to prove that rules describe legal language, not corpus files.
 */
import { detectClauses } from '../../src/clauses';
import type { Finding } from '../../src/clauses/types';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';

export async function modelOf(text: string, name = 'snippet.md'): Promise<DocumentModel> {
  return importDocument(new TextEncoder().encode(text), name);
}

export async function findingsOf(text: string): Promise<Finding[]> {
  return detectClauses(await modelOf(text));
}

const corpusCache = new Map<string, Promise<{ model: DocumentModel; findings: Finding[] }>>();

/** A corpus document, imported and analysed once per test file. */
export function corpusDocument(file: string): Promise<{ model: DocumentModel; findings: Finding[] }> {
  let hit = corpusCache.get(file);
  if (!hit) {
    hit = importDocument(readCorpusFile(DOCUMENTS_DIR, file), file).then((model) => ({ model, findings: detectClauses(model) }));
    corpusCache.set(file, hit);
  }
  return hit;
}

/** Findings whose quote contains `phrase` (whitespace-insensitive). */
export function findingsAt(findings: Finding[], phrase: string): Finding[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  return findings.filter((f) => norm(f.quote).includes(norm(phrase)));
}

/** The categories flagged on the unit containing `phrase`. */
export function categoriesAt(findings: Finding[], phrase: string): string[] {
  return [...new Set(findingsAt(findings, phrase).map((f) => f.category))].sort();
}
