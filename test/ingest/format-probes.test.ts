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
      const pdf = await importDocument(new Uint8Array(readFileSync(join(PROBES, c.variant))), c.variant);
      const text = await importDocument(new Uint8Array(readFileSync(join(LICENCES, c.source))), c.source);
      models.set(c.variant, { pdf, text });
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
