/**
 * Link targets written after their label in PDF text ("label (url)"): where the link's measured end falls inside
 * an address, the target still goes after the whole address.
 */
import { Document, ExternalHyperlink, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { placeLinkTargets } from '../../src/ingest/pdf/link-targets';
import type { PlacedRun } from '../../src/ingest/pdf/page-lines';
import { corpusAvailable } from '../support/corpus';
import { corpusParagraphs, officeAvailable, printWithLibreOffice } from './office-print';

const run = (str: string, x0: number, x1: number): PlacedRun => ({ str, x0, x1, baseline: 10, top: 2, bottom: 12, size: 10, font: 'serif' });
const withInserts = (r: PlacedRun) => [...(r.inserts ?? [])].sort((a, b) => b.at - a.at).reduce((s, { at, text }) => s.slice(0, at) + text + s.slice(at), r.str);

describe('PDF link targets', () => {
  it('puts a mail link target after the whole address when the link area ends short of it', () => {
    // 40 characters over 400 points; the link area stops two characters before the end of the address.
    const line = run('Address means team.partners@tii.ae. Next', 0, 400);
    placeLinkTargets([line], [{ url: 'mailto:team.partners@tii.ae', x0: 140, x1: 330, top: 0, bottom: 14 }]);
    expect(withInserts(line)).toBe('Address means team.partners@tii.ae (mailto:team.partners@tii.ae). Next');
  });

  it('leaves a link label that is not an address where it ends ("Download PDF|View")', () => {
    const line = run('Download PDFView previous terms', 0, 310);
    placeLinkTargets([line], [{ url: 'https://cdn.example/terms.pdf', x0: 0, x1: 120, top: 0, bottom: 14 }]);
    expect(withInserts(line)).toBe('Download PDF (https://cdn.example/terms.pdf)View previous terms');
  });

  it('puts the target after a link broken over two lines, whichever line its area is listed for first', () => {
    const first = { ...run('send us the model', 0, 170), baseline: 10, top: 2, bottom: 12 };
    const second = { ...run('withdrawal form, or', 0, 190), baseline: 24, top: 16, bottom: 26 };
    // LibreOffice lists the lower line's area first.
    placeLinkTargets([first, second], [
      { url: 'https://example.com/withdrawal', x0: 0, x1: 150, top: 14, bottom: 28 },
      { url: 'https://example.com/withdrawal', x0: 120, x1: 170, top: 0, bottom: 14 },
    ]);
    expect([withInserts(first), withInserts(second)]).toEqual(['send us the model', 'withdrawal form (https://example.com/withdrawal), or']);
  });

  it('puts the target before the space after the label when the area was measured past it', () => {
    const line = run('subject to our Developer Terms and you are', 0, 420);
    placeLinkTargets([line], [{ url: 'https://example.com/dev', x0: 150, x1: 321, top: 0, bottom: 14 }]);
    expect(withInserts(line)).toBe('subject to our Developer Terms (https://example.com/dev) and you are');
  });
});

describe.skipIf(!corpusAvailable || !officeAvailable)('links in a PDF printed by LibreOffice (live; skipped without soffice)', () => {
  // Paragraphs of the ChatGPT terms that link to other policies, as Word hyperlinks ("[label](url)" in the source).
  const linked = corpusAvailable ? corpusParagraphs('chatgpt-terms-of-service-current.md').filter((text) => /\[[^\]]+\]\(https?:[^)\s]+\)/.test(text)) : [];
  const LINK = /\[([^\]]+)\]\((https?:[^)\s]+)\)/g;
  // Markup and the word joiners the page's source puts in labels go (the document text drops invisible characters).
  const plainText = (text: string) => text.replace(/\*\*|__|\\|[\u200B-\u200D\u2060\uFEFF]/g, '');
  let text = '';

  beforeAll(async () => {
    const paragraphs = linked.map((source) => {
      const children: Array<TextRun | ExternalHyperlink> = [];
      let last = 0;
      for (const m of source.matchAll(LINK)) {
        children.push(new TextRun(plainText(source.slice(last, m.index))), new ExternalHyperlink({ link: m[2], children: [new TextRun({ text: plainText(m[1]), style: 'Hyperlink' })] }));
        last = m.index + m[0].length;
      }
      children.push(new TextRun(plainText(source.slice(last))));
      return new Paragraph({ children });
    });
    const { links } = await printWithLibreOffice({ links: new Document({ sections: [{ children: paragraphs }] }) });
    text = (await importDocument(links, 'chatgpt-terms-links.pdf')).text.replace(/\s+/g, ' ');
  }, 180_000);

  it('writes each link target after its label, as the Markdown import does (LibreOffice links carry no print flag)', () => {
    // Labels that are words (not an address printed as its own label, nor a stray ";"), each target linked once in
    // its paragraph (the source also links a ";" after one label: the two areas are one link).
    const expected = linked.flatMap((source) => {
      const links = [...source.matchAll(LINK)];
      return links
        .filter((m) => /\p{L}{2}/u.test(m[1]) && !/:\/\//.test(m[1]) && links.filter((other) => other[2] === m[2]).length === 1)
        .map((m) => `${plainText(m[1]).trim()} (${m[2]})`);
    });
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const missing = expected.filter((labelAndTarget) => !text.includes(labelAndTarget));
    expect(missing).toEqual([]);
  });
});
