/** Shared steps of the assessment, matrix and memo tests: importing corpus documents and reading the engine's view. */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadLabels, type GoldLabel } from '../../support/corpus';
import type { DeskLibrary } from './fixtures';
import { importThroughDialog } from './library-page';
import { DOCUMENTS_DIR } from './paths';

export interface DocumentRecord {
  id: number;
  title: string;
  sourceName: string;
  kind: string;
  commercialUse: string | null;
  license: { name: string; match: string } | null;
}

export interface Verdict {
  topic: string;
  title: string;
  verdict: string;
  rationale: string;
  conditions: string;
  decidingDocumentId: number | null;
  decidingClauses: { findingId: number; quote: string; page: number | null; section: string | null }[];
  warnings: string[];
  editedBy: string | null;
  prefill: { verdict: string } | null;
}

export interface Assessment {
  id: number;
  modelName: string;
  intendedUse: string;
  reviewer: string;
  status: string;
  decision: string | null;
  conditions: string[];
  openQuestions: string[];
  submittedAt: string | null;
  decidedAt: string | null;
  documents: { documentId: number; role: string }[];
  verdicts: Verdict[];
}

/** The licence, its acceptable use policy and the vendor's service terms: the three documents of a typical review. */
export const LLAMA_SET = ['llama-3.1-community-license.txt', 'llama-3.1-acceptable-use-policy.md', 'llama-api-terms-of-service-2026-08-22.md'];

/** Imports corpus documents through the library's file dialog; returns their records by file name. */
export async function importCorpus(app: Page, desk: DeskLibrary, files: string[]): Promise<Map<string, DocumentRecord>> {
  await importThroughDialog(
    app,
    files.map((f) => (f.startsWith('/') ? f : join(DOCUMENTS_DIR, f))),
  );
  const list = await desk.call<DocumentRecord[]>('documents-list');
  const byFile = new Map<string, DocumentRecord>();
  for (const file of files) {
    const record = list.find((d) => file.endsWith(d.sourceName));
    if (!record) throw new Error(`${file} was not imported`);
    byFile.set(file.split('/').pop()!, record);
  }
  return byFile;
}

export function goldLabel(file: string): GoldLabel {
  const label = loadLabels().find((l) => l.file === file);
  if (!label) throw new Error(`No gold label for ${file}`);
  return label;
}

/** The verdict a topic gets across documents: the most restrictive (the order src/assess/topics.ts documents). */
export const RESTRICTIVENESS: Record<string, string[]> = {
  'commercial-use': ['non-commercial', 'conditional', 'permitted', 'not-addressed'],
  attribution: ['required', 'not-required'],
};

export function mostRestrictive(topic: string, values: string[]): string {
  const order = RESTRICTIVENESS[topic];
  return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
}
