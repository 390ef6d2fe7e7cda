/**
 * Web pages printed to PDF by Chromium (a terms page saved with the browser's "Save as PDF"), made at test time
 * from corpus Markdown rendered by markdown-it: the PDF reader must nest lists as the page does.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';
import { chromiumAvailable, printWithChromium } from './office-print';

describe.skipIf(!corpusAvailable || !chromiumAvailable)('PDFs printed by Chromium (live; skipped without chromium)', () => {
  it('nests numbered lists three deep as the page does, though most lines start at the deepest indent', async () => {
    const file = 'gemma-prohibited-use-policy-2024-02-21.md';
    const markdown = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, file));
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gemma Prohibited Use Policy</title></head><body>${new MarkdownIt().render(markdown)}</body></html>`;
    const pdf = await importDocument(printWithChromium(html), 'gemma-prohibited-use-policy.chromium.pdf');
    const source = await importDocument(new TextEncoder().encode(markdown), file);
    const items = (model: typeof pdf) => model.blocks.filter((b) => b.kind === 'list-item').map((b) => `${b.level} ${b.number}`);
    expect(new Set(items(source).map((item) => item.split(' ')[0]))).toEqual(new Set(['1', '2', '3']));
    expect(items(pdf)).toEqual(items(source));
  }, 120_000);
});
