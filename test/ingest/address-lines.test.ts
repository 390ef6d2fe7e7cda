/**
 * A postal address set on lines of its own — the copyright agent's address in the ChatGPT terms, a notices
 * clause's address — is short and capitalised as a caption is, but it is no heading: read as one, each line
 * became a section of its own in the outline and split the clause it belongs to.
 */
import { Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { isAddressLine } from '../../src/ingest/text/headings';
import { DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';
import { officeAvailable, printWithLibreOffice } from './office-print';

/** The copyright-complaints passage of the ChatGPT terms: caption, request, the agent's address line by line. */
function copyrightPassage(): { caption: string; lines: string[] } {
  const source = new TextDecoder().decode(readCorpusFile(DOCUMENTS_DIR, 'chatgpt-terms-of-service-current.md')).split(/\r?\n/);
  const at = source.findIndex((line) => line.trim() === 'Copyright complaints');
  const lines = source
    .slice(at + 2)
    .map((line) => line.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/[_*\u2060]/g, '').trim())
    .filter(Boolean)
    .slice(0, 6);
  return { caption: source[at].trim(), lines };
}

const headings = (model: DocumentModel) => model.blocks.filter((b) => b.kind === 'heading').map((b) => model.text.slice(b.start, b.end));

describe('address lines', () => {
  it('are told by a street, a postcode, a post box or a company name alone, and captions are not', () => {
    for (const line of ['1455 3rd Street', 'San Francisco, CA 94158', 'Dublin 1, D01 YC43', 'London EC1A 1BB', 'PO Box 12', 'OpenAI OpCo, LLC', '1 Hacker Way', '100 Main St., Suite 200']) {
      expect(isAddressLine(line), line).toBe(true);
    }
    for (const line of ['Intellectual Property', 'Use Restrictions', 'Limitation of Liability', '1 Place of Performance', '12 Court Proceedings', 'Third Party Software']) {
      expect(isAddressLine(line), line).toBe(false);
    }
  });
});

describe.skipIf(!corpusAvailable)('the ChatGPT terms’ copyright agent’s address', () => {
  it('is no heading in a text file', async () => {
    const { caption, lines } = copyrightPassage();
    // The caption underlined, as the terms set it; the address one line each, as printed.
    const text = [caption, '-'.repeat(caption.length), '', lines[0], '', ...lines.slice(1, 5), '', lines[5]].join('\n');
    const model = await importDocument(new TextEncoder().encode(text), 'copyright.txt');
    expect(lines.slice(1, 4)).toEqual(['OpenAI OpCo, LLC', '1455 3rd Street', 'San Francisco, CA 94158']);
    expect(headings(model)).toEqual([caption]);
  });

  it.skipIf(!officeAvailable)('is no heading in a PDF printed by LibreOffice, one paragraph a line (live; skipped without soffice)', async () => {
    const { caption, lines } = copyrightPassage();
    const { page } = await printWithLibreOffice({
      page: new Document({ sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(caption)] }), ...lines.map((line) => new Paragraph(line))] }] }),
    });
    const model = await importDocument(page, 'copyright.pdf');
    expect(headings(model)).toEqual([caption]);
    expect(model.text).toContain('1455 3rd Street');
  }, 180_000);
});
