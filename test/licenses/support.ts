/**
 * Test support for licence identification: importing corpus files (cached: several tests read the same ones),
 * importing a text built in a test, and reading the word content of diff parts.
 */
import { DOCUMENTS_DIR, readCorpusFile } from '../support/corpus';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest/index';
import { foldWord, tokenizeLegalText } from '../../src/licenses/tokenize';
import type { LicenseDiffPart, LicenseMatch } from '../../src/licenses/types';

const cache = new Map<string, Promise<DocumentModel>>();

export function importCorpusDocument(file: string, dir = DOCUMENTS_DIR): Promise<DocumentModel> {
  const key = `${dir}/${file}`;
  let model = cache.get(key);
  if (!model) {
    model = importDocument(readCorpusFile(dir, file), file);
    cache.set(key, model);
  }
  return model;
}

export function importText(text: string, name: string): Promise<DocumentModel> {
  return importDocument(new TextEncoder().encode(text), name);
}

export function readCorpusText(file: string, dir = DOCUMENTS_DIR): string {
  return new TextDecoder().decode(readCorpusFile(dir, file));
}

/** The compared words of a piece of text (what identification sees). */
export function wordsOf(text: string): string[] {
  return tokenizeLegalText(text).map((t) => t.word);
}

/** The changed words of a match, by direction: what the document added, what it lacks. */
export function changedWords(match: LicenseMatch): { inserted: string[]; deleted: string[] } {
  const parts = match.diff ?? [];
  const words = (op: LicenseDiffPart['op']) =>
    parts
      .filter((p) => p.op === op)
      .flatMap((p) => p.text.match(/[\p{L}\p{N}]+(?:\.\d+)*/gu) ?? [])
      .map(foldWord);
  return { inserted: words('insert'), deleted: words('delete') };
}

/** Replaces the first occurrence of `from` (which must occur) with `to`. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" does not occur in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
