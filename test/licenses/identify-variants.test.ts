import { describe, expect, it } from 'vitest';
import { FORMATS_DIR, corpusAvailable, loadVariants } from '../support/corpus';
import { identifyLicenses, referenceLicenses } from '../../src/licenses/index';
import { importCorpusDocument } from './support';

/**
 * The PDF (Chromium with running headers and page numbers; LibreOffice) and DOCX versions of corpus documents:
 * a variant of a reference licence is identified exactly as that licence, and a variant of a document that holds
 * no licence as nothing. Depends on the PDF and DOCX importers (src/ingest/pdf, src/ingest/docx).
 */
describe.runIf(corpusAvailable)('identification of PDF and DOCX versions of the corpus', () => {
  const referencesByFile = new Map<string, string[]>();
  for (const ref of referenceLicenses()) {
    referencesByFile.set(ref.provenance.corpusFile, [...(referencesByFile.get(ref.provenance.corpusFile) ?? []), ref.id]);
  }

  for (const { variant, source } of loadVariants()) {
    const expected = referencesByFile.get(source) ?? [];
    const title = expected.length > 0 ? `identifies ${variant} exactly as ${expected.join(' + ')}` : `finds no licence in ${variant}`;
    it(title, { timeout: 60_000 }, async () => {
      const model = await importCorpusDocument(variant, FORMATS_DIR);
      const matches = identifyLicenses(model);
      expect(matches.map((m) => `${m.id}:${m.match}`)).toEqual(expected.map((id) => `${id}:exact`));
      if (expected.length === 1) {
        // The licence is the whole document: nothing but the licence outside the match.
        expect(matches[0].start).toBeLessThan(5);
        expect(model.text.length - matches[0].end).toBeLessThan(5);
      }
    });
  }
});
