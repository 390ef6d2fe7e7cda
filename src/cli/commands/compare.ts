import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { analyzeDocument } from '../../analysis';
import { PatternMemo } from '../../clauses';
import { librarySide } from '../../api/handlers/compare';
import type { ApiContext } from '../../api/context';
import { compareDocuments, type ComparedAnalysis } from '../../compare/compare';
import { percentUnchanged } from '../../compare/wording';
import type { Comparison } from '../../compare/types';
import type { DocumentModel } from '../../document/model';
import { importDocument } from '../../ingest';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import type { Command } from './types';

interface Side {
  source: string;
  documentId?: number;
  model: DocumentModel;
  analysis: ComparedAnalysis;
}

/**
 * A side is a file when such a file exists, else a library id ("12" or "#12"). A file named like a number
 * still wins: what is on disk is what the person pointed at.
 */
async function loadSide(arg: string, io: CliIO, session: () => ApiContext, patternMemo: PatternMemo): Promise<Side> {
  const path = resolve(io.cwd, arg);
  const id = /^#?\d+$/.test(arg) ? Number(arg.replace('#', '')) : null;
  if (existsSync(path) || id === null || id <= 0) {
    const bytes = new Uint8Array(await readFile(path));
    const model = await importDocument(bytes, basename(path));
    return { source: arg, model, analysis: analyzeDocument(model, { identifyLicence: false, patternMemo }) };
  }
  const side = librarySide(session(), id);
  return { source: `library:${id}`, documentId: id, model: side.model, analysis: side.analysis };
}

/** Written under a temporary name in the same folder and renamed, so a failed export never leaves half a report. */
async function writeAtomically(path: string, content: Uint8Array | string): Promise<void> {
  const staging = await mkdtemp(join(dirname(path), '.compare-'));
  try {
    const partial = join(staging, basename(path));
    await writeFile(partial, content);
    await rename(partial, path);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function outputPath(io: CliIO, value: unknown, option: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !value) throw new UsageError(`--${option} needs a file name`);
  const path = resolve(io.cwd, value);
  if (!existsSync(dirname(path))) throw new UsageError(`the folder ${dirname(path)} does not exist`);
  return path;
}

function printText(comparison: Comparison, io: CliIO): void {
  const s = comparison.stats;
  const lines = [
    `${comparison.old.title}  →  ${comparison.new.title}`,
    `  ${comparison.changes.length} changes (${s.modified} modified, ${s.inserted} inserted, ${s.deleted} deleted, ${s.moved} moved), ${s.material} material; ${percentUnchanged(s.similarity)}% of the earlier wording unchanged`,
  ];
  if (comparison.materialSummary.length) {
    lines.push('', 'Material changes');
    for (const m of comparison.materialSummary) lines.push(`  • ${m}`);
  } else lines.push('', 'No material change.');
  if (comparison.termRenames?.length) {
    lines.push('', 'Said once for the whole document');
    for (const r of comparison.termRenames) lines.push(`  • ${r.summary}`);
  }
  if (comparison.changes.length) {
    lines.push('', 'Changes');
    for (const c of comparison.changes) {
      const where = c.kind === 'moved' ? `§${c.oldSection ?? '—'}→§${c.newSection ?? '—'}` : c.newSection || c.oldSection ? `§${c.newSection ?? c.oldSection}` : '';
      lines.push(`  ${c.id.padEnd(5)}${(c.kind + (c.kind === 'moved' && c.edited ? '+edited' : '')).padEnd(15)}${c.material ? 'MATERIAL ' : ''}${where ? `${where} ` : ''}${c.categories.length ? `[${c.categories.join(', ')}] ` : ''}${c.summary}`);
    }
  }
  io.stdout(lines.join('\n') + '\n');
}

export const compareCommand: Command = {
  name: 'compare',
  usage: 'compare <old> <new>',
  summary: 'compare two versions (files or library ids): changes, categories, material changes; HTML/DOCX redline',
  options: {
    json: { type: 'boolean', description: 'print the comparison as JSON (schema license-desk/compare@1)' },
    html: { type: 'string', description: 'write a self-contained HTML report with the redline to this file' },
    docx: { type: 'string', description: 'write a Word redline (insertions underlined, deletions struck) to this file' },
  },
  needsLibrary: false,
  async run({ values, positionals }, io, session) {
    if (positionals.length !== 2) throw new UsageError('compare needs two documents: the earlier version, then the later one (file paths or library ids)');
    const htmlPath = outputPath(io, values.html, 'html');
    const docxPath = outputPath(io, values.docx, 'docx');
    // Both sides at once: a PDF's pages are read in workers, so two PDFs overlap.
    // The two versions share most of their sentences: the rule patterns run once per distinct sentence.
    const patternMemo = new PatternMemo();
    const [before, after] = await Promise.all([loadSide(positionals[0], io, session, patternMemo), loadSide(positionals[1], io, session, patternMemo)]);
    const comparison = compareDocuments(before.model, after.model, { oldAnalysis: before.analysis, newAnalysis: after.analysis });
    comparison.old = { ...comparison.old, source: before.source, ...(before.documentId ? { documentId: before.documentId } : {}) };
    comparison.new = { ...comparison.new, source: after.source, ...(after.documentId ? { documentId: after.documentId } : {}) };

    // With --json, stdout carries only the JSON; notes about written files go to stderr.
    const note = (text: string) => (values.json ? io.stderr(text) : io.stdout(text));
    if (htmlPath) {
      const { renderComparisonHtml } = await import('../../compare/html');
      await writeAtomically(htmlPath, renderComparisonHtml(comparison, before.model, after.model));
      note(`Wrote the HTML comparison report to ${htmlPath}\n`);
    }
    if (docxPath) {
      const { renderComparisonDocx } = await import('../../compare/docx');
      await writeAtomically(docxPath, await renderComparisonDocx(comparison, before.model, after.model));
      note(`Wrote the Word redline to ${docxPath}\n`);
    }
    if (values.json) io.stdout(JSON.stringify(comparison) + '\n');
    else if (!htmlPath && !docxPath) printText(comparison, io);
    return EXIT_OK;
  },
};
