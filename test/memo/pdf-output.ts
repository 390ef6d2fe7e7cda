/** Where the memo tests leave their output for a person to look at (test-results/memo/), and the PNG rendering. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../src/memo';
import { PROJECT_ROOT } from '../support/corpus';

export const MEMO_RESULTS = join(PROJECT_ROOT, 'test-results', 'memo');

export function saveResult(name: string, content: Uint8Array | string): string {
  mkdirSync(MEMO_RESULTS, { recursive: true });
  const path = join(MEMO_RESULTS, name);
  writeFileSync(path, content);
  return path;
}

/** The machine's Chromium, or null (the PDF tests then say they were skipped and why). */
export function chromiumOnThisMachine(): string | null {
  try {
    return findChromium();
  } catch {
    return null;
  }
}

export const pdftoppmAvailable = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).error === undefined;

/** Renders every page of a PDF to PNG at 60 dpi ("<prefix>-01.png", …) and returns the file names. */
export function renderPagesToPng(pdfPath: string, prefix: string): string[] {
  for (const f of readdirSync(MEMO_RESULTS)) if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) rmSync(join(MEMO_RESULTS, f));
  const run = spawnSync('pdftoppm', ['-r', '60', '-png', pdfPath, join(MEMO_RESULTS, prefix)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  return readdirSync(MEMO_RESULTS)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort();
}
