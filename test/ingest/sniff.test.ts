import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, sniffFormat } from '../../src/ingest/sniff';
import { BAD_DIR, DOCUMENTS_DIR, corpusAvailable, listCorpus, readCorpusFile } from '../support/corpus';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sniff = (bytes: Uint8Array, name: string) => sniffFormat(bytes, name, () => new TextDecoder().decode(bytes));

describe.skipIf(!corpusAvailable)('format sniffing on the corpus', () => {
  it('reads .txt files as text and .md/.mdx files as Markdown: for text the extension breaks the tie', () => {
    for (const file of listCorpus(DOCUMENTS_DIR)) {
      const expected = /\.mdx?$/.test(file) ? 'markdown' : 'text';
      expect(sniff(readCorpusFile(DOCUMENTS_DIR, file), file), file).toEqual({ kind: 'format', format: expected });
    }
  });

  it('decides from the content for files without a text extension', () => {
    // A Markdown-flavoured licence saved as .txt is text, named LICENSE it is Markdown; plain licences stay text.
    const flavoured = readCorpusFile(DOCUMENTS_DIR, 'llama-3.3-community-license.txt');
    expect(sniff(flavoured, 'LICENSE')).toEqual({ kind: 'format', format: 'markdown' });
    for (const file of ['apache-2.0.txt', 'cc-by-4.0-legalcode.txt', 'llama-3.1-community-license.txt', 'gemma-terms-of-use-2025-03-24.txt']) {
      expect(sniff(readCorpusFile(DOCUMENTS_DIR, file), 'LICENSE'), file).toEqual({ kind: 'format', format: 'text' });
    }
    for (const file of ['chatgpt-commercial-terms-2026-08-22.md', 'odc-by-1.0.md', 'cohere-usage-guidelines-2024-04.mdx']) {
      expect(sniff(readCorpusFile(DOCUMENTS_DIR, file), 'terms'), file).toEqual({ kind: 'format', format: 'markdown' });
    }
    expect(sniff(readCorpusFile(BAD_DIR, 'text-renamed.pdf'), 'text-renamed.pdf')).toEqual({ kind: 'format', format: 'text' });
  });
});

describe('format sniffing', () => {
  it('lets the content win over the name', () => {
    const docx = zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'word/document.xml': utf8('<w:document/>') });
    expect(sniff(docx, 'contract.pdf')).toEqual({ kind: 'format', format: 'docx' });
    expect(sniff(utf8('%PDF-1.7\n%…'), 'terms.docx')).toEqual({ kind: 'format', format: 'pdf' });
    expect(sniff(zipSync({ 'a.txt': utf8('x') }), 'a.docx')).toEqual({ kind: 'zip' });
    expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'scan.md')).toEqual({ kind: 'binary', what: 'a PNG image' });
  });

  it('calls bytes with zeros binary, unless they are UTF-16 text', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(sniff(random, 'notes.txt').kind).toBe('binary');
    const utf16 = new Uint8Array(Buffer.from('The Licensee may use the Model for research purposes only.', 'utf16le'));
    expect(sniff(utf16, 'notes.txt')).toEqual({ kind: 'format', format: 'text' });
  });

  it('needs several pieces of Markdown evidence before calling a text Markdown', () => {
    expect(looksLikeMarkdown('TERMS\n=====\n\nYou may use it.\n\n- one item\n')).toBe(false);
    expect(looksLikeMarkdown('Section 1\n\nSee the policy at https://example.com/policy.\n')).toBe(false);
    expect(looksLikeMarkdown('# Terms\n\n## Use\n\nSee [the policy](https://example.com/policy).\n')).toBe(true);
    expect(looksLikeMarkdown('---\ntitle: Terms\n---\n\n# Terms\n')).toBe(true);
  });
});
