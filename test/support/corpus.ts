/**
 * The shared corpus (../shared/corpus) as tests and the evaluation see it: paths, gold labels, and the
 * passage-locating rule of the corpus README (lowercase runs of ASCII letters and digits, searched in order).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = resolve(here, '..', '..');
export const CORPUS_DIR = process.env.LICENSE_DESK_CORPUS ?? resolve(PROJECT_ROOT, '..', 'shared', 'corpus');
export const DOCUMENTS_DIR = join(CORPUS_DIR, 'documents');
export const FORMATS_DIR = join(CORPUS_DIR, 'formats');
export const BAD_DIR = join(CORPUS_DIR, 'bad');
export const PERF_PDF = join(CORPUS_DIR, 'perf', 'big-agreements.pdf');

export const corpusAvailable = existsSync(DOCUMENTS_DIR);

export type GoldPassage = string | { from: string; to: string };

export interface GoldLabel {
  file: string;
  kind: string;
  family: string;
  commercial_use: string;
  commercial_condition?: string;
  attribution_required: boolean;
  output_ownership: string;
  output_restrictions: boolean;
  acceptable_use: string;
  exhaustive: boolean;
  notes?: string;
  quotes: Record<string, GoldPassage[]>;
}

export function loadLabels(): GoldLabel[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as GoldLabel[];
}

export function readCorpusFile(dir: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, file)));
}

export function listCorpus(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.endsWith('.tsv') && !f.startsWith('.')).sort();
}

/** formats/VARIANTS.tsv: variant file -> the documents/ file whose labels apply to it. */
export function loadVariants(): Array<{ variant: string; source: string }> {
  return readFileSync(join(FORMATS_DIR, 'VARIANTS.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [variant, source] = l.split('\t');
      return { variant, source };
    });
}

export interface WordRun {
  word: string;
  start: number;
  end: number;
}

/** Lowercase runs of ASCII letters and digits, with their offsets in the text. */
export function wordRuns(text: string): WordRun[] {
  const runs: WordRun[] = [];
  const re = /[a-z0-9]+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) runs.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return runs;
}

function findSequence(haystack: WordRun[], needle: string[], from = 0): number {
  if (needle.length === 0) return -1;
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j].word !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Where a gold passage sits in an analysed text, as [start, end) offsets, or null when its word sequence does
 * not occur. `{from, to}` spans from the first occurrence of `from` to the end of the next occurrence of `to`.
 */
export function locatePassage(text: string, passage: GoldPassage, runs: WordRun[] = wordRuns(text)): { start: number; end: number } | null {
  if (typeof passage === 'string') {
    const words = wordRuns(passage).map((r) => r.word);
    const i = findSequence(runs, words);
    return i < 0 ? null : { start: runs[i].start, end: runs[i + words.length - 1].end };
  }
  const fromWords = wordRuns(passage.from).map((r) => r.word);
  const toWords = wordRuns(passage.to).map((r) => r.word);
  const i = findSequence(runs, fromWords);
  if (i < 0) return null;
  const j = findSequence(runs, toWords, i);
  if (j < 0) return null;
  return { start: runs[i].start, end: runs[j + toWords.length - 1].end };
}
