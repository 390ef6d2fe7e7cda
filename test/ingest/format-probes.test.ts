/**
 * The same licence as text and as a PDF printed by LibreOffice or Chromium (fixtures made from the GNU texts in
 * test/fixtures/common-licenses, see test/fixtures/format-probes/make-format-probes.mjs) must read the same:
 * every word in order, hyphenated compounds broken at a line end kept whole, and the licence identified exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { identifyLicense } from '../../src/licenses/index';
import { PROJECT_ROOT, wordRuns } from '../support/corpus';

const PROBES = join(PROJECT_ROOT, 'test', 'fixtures', 'format-probes');
const LICENCES = join(PROJECT_ROOT, 'test', 'fixtures', 'common-licenses');
const PARAPHRASES = join(PROJECT_ROOT, 'test', 'clauses', 'paraphrases');

const load = (dir: string, file: string) => importDocument(new Uint8Array(readFileSync(join(dir, file))), file);
const blockTexts = (m: DocumentModel, kind: string) => m.blocks.filter((b) => b.kind === kind).map((b) => wordRuns(m.text.slice(b.start, b.end)).map((r) => r.word).join(' '));

const cases = [
  // LibreOffice breaks "mouse-clicks" at its hyphen; the text prints neither "mouse" nor "clicks" anywhere else.
  { variant: 'GPL-2.libreoffice.pdf', source: 'GPL-2.txt', licence: 'GPL-2.0', compound: 'mouse-clicks' },
  // Chromium breaks "machine-generated"; "generated" occurs nowhere else in the text.
  { variant: 'GFDL-1.2.chromium.pdf', source: 'GFDL-1.2.txt', licence: 'GFDL-1.2', compound: 'machine-generated' },
];

describe('PDF printed from a licence text without hyphenation', () => {
  const models = new Map<string, { pdf: DocumentModel; text: DocumentModel }>();
  beforeAll(async () => {
    for (const c of cases) {
      models.set(c.variant, { pdf: await load(PROBES, c.variant), text: await load(LICENCES, c.source) });
    }
  }, 60_000);

  it.each(cases)('$variant keeps the hyphen of "$compound", broken at a line end', ({ variant, compound }) => {
    const { pdf } = models.get(variant)!;
    expect(pdf.text).toContain(compound);
    expect(pdf.text).not.toContain(compound.replace('-', ''));
  });

  it.each(cases)('$variant reads exactly the words of $source, in order, without its running header or page numbers', ({ variant }) => {
    const { pdf, text } = models.get(variant)!;
    expect(wordRuns(pdf.text).map((r) => r.word)).toEqual(wordRuns(text.text).map((r) => r.word));
  });

  it.each(cases)('$variant is identified as $licence, exactly as its text', ({ variant, licence }) => {
    const match = identifyLicense(models.get(variant)!.pdf);
    expect(match?.id).toBe(licence);
    expect(match?.match).toBe('exact');
  });
});

describe('PDF printed by Chromium from a Markdown use policy (bullets drawn, not printed as text)', () => {
  let pdf: DocumentModel;
  let source: DocumentModel;
  beforeAll(async () => {
    pdf = await load(PROBES, 'developer-platform-usage-policies.chromium.pdf');
    source = await load(PARAPHRASES, 'developer-platform-usage-policies.md');
  }, 60_000);

  it('reads every bulleted entry as its own list item, as in the Markdown, though its bullet is not in the text', () => {
    const items = blockTexts(source, 'list-item');
    expect(items.length).toBeGreaterThan(15);
    expect(blockTexts(pdf, 'list-item')).toEqual(items);
  });

  it('keeps the paragraphs that introduce the lists as paragraphs', () => {
    // The date line reads as a heading in the PDF; a mail address printed as a link gets its target after it.
    const expected = blockTexts(source, 'paragraph').filter((p) => !p.startsWith('updated'));
    const paragraphs = blockTexts(pdf, 'paragraph');
    expect(paragraphs).toHaveLength(expected.length);
    paragraphs.forEach((p, i) => expect(p.startsWith(expected[i]), p).toBe(true));
  });
});

describe('one-page PDF printed by Chromium with a running header and "Page 1 of 1"', () => {
  it('leaves out the header although it cannot recur on other pages, and starts with the title', async () => {
    const pdf = await load(PROBES, 'usage-policy-anthropic-style.chromium.pdf');
    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).not.toMatch(/CONFIDENTIAL|Page 1 of 1/);
    expect(pdf.text.startsWith('Gull Usage Policy')).toBe(true);
    expect(pdf.blocks[0].kind).toBe('heading');
  });
});
