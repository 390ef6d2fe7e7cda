import { buildMemo, memoFileName, MEMO_MIME_TYPES, renderMemo } from '../../memo';
import type { HandlerImpls } from './types';

export interface RenderedMemo {
  format: 'docx' | 'md' | 'html';
  /** A name a save dialog can offer, e.g. "memo-llama-3.1-8b-2026-11-28.docx". */
  fileName: string;
  mimeType: string;
  title: string;
  /** Bytes for DOCX, text for Markdown and HTML. */
  content: Uint8Array | string;
}

export const memoHandlers = {
  /**
   * The memo of an assessment. PDF is not a format here: the app prints it from this HTML with Electron's
   * printToPDF in the main process (the CLI with a Chromium), so the handler map stays free of a print engine.
   */
  'memo-render': async (ctx, { assessmentId, format, options }): Promise<RenderedMemo> => {
    const memo = buildMemo(ctx.library, assessmentId, options ?? {}, { now: ctx.now });
    const content = await renderMemo(memo, format, { pageSize: options?.pageSize });
    return { format, fileName: memoFileName(memo, format), mimeType: MEMO_MIME_TYPES[format], title: memo.heading.title, content };
  },
} satisfies Partial<HandlerImpls>;
