import { renderMemoDocx } from './docx';
import { renderMemoHtml } from './html';
import { renderMemoMarkdown } from './markdown';
import type { MemoPageSize } from './options';
import { unavailableError, type PdfEngine } from './pdf';
import { fileSlug } from './text';
import type { Memo } from './types';

export { buildMemo, type MemoSources, type VersionChangesSource } from './model';
export { renderMemoDocx } from './docx';
export { renderMemoHtml, escapeHtml } from './html';
export { renderMemoMarkdown, escapeMarkdown } from './markdown';
export { chromiumPdfEngine, defaultPdfEngine, findChromium, CHROMIUM_ENV, type PdfEngine } from './pdf';
export { MemoError, type MemoErrorCode } from './errors';
export { MEMO_SECTIONS, MEMO_SECTION_TITLES, DEFAULT_PRIVILEGED_HEADER, parseSectionList, resolveMemoOptions, type MemoOptions, type MemoSectionId, type MemoPageSize } from './options';
export type * from './types';

/** Formats a memo is written in. PDF is the HTML printed by a PdfEngine. */
export const MEMO_FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type MemoFormat = (typeof MEMO_FORMATS)[number];

export const MEMO_MIME_TYPES: Record<MemoFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** "memo-llama-3.1-8b-2026-11-28.docx": a name a save dialog can offer. */
export function memoFileName(memo: Memo, format: MemoFormat): string {
  return `memo-${fileSlug(memo.heading.model)}-${memo.heading.preparedAt.slice(0, 10)}.${format}`;
}

/** The PDF of a memo: its print HTML, printed by the engine the caller chose (Electron, or a Chromium). */
export async function renderMemoPdf(memo: Memo, engine: PdfEngine, options: { pageSize?: MemoPageSize } = {}): Promise<Uint8Array> {
  return engine.printToPdf(renderMemoHtml(memo, options));
}

/** One memo in any format: bytes for DOCX and PDF, text for Markdown and HTML. */
export async function renderMemo(memo: Memo, format: MemoFormat, options: { pageSize?: MemoPageSize; pdfEngine?: PdfEngine } = {}): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return renderMemoDocx(memo, options);
    case 'md':
      return renderMemoMarkdown(memo);
    case 'html':
      return renderMemoHtml(memo, options);
    case 'pdf': {
      if (!options.pdfEngine) throw unavailableError();
      return renderMemoPdf(memo, options.pdfEngine, options);
    }
  }
}
