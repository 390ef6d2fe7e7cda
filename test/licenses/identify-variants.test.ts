import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMATS_DIR, corpusAvailable, loadVariants } from '../support/corpus';
import { getReference, identifyLicenses, referenceLicenses } from '../../src/licenses/index';
import { importCorpusDocument, wordsOf } from './support';

function nGrams(words: string[], n = 8): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(' '));
  return grams;
}

/**
 * The PDF (Chromium with running headers and page numbers; LibreOffice) and DOCX versions of corpus documents:
 * a variant of a reference licence is identified exactly as that licence, and a variant of a document that holds
 * no licence as nothing. Depends on the PDF and DOCX importers (src/ingest/pdf, src/ingest/docx).
 */
describe.runIf(corpusAvailable)('identification of PDF and DOCX versions of the corpus', () => {
  const referencesByFile = new Map<string, string[]>();
  for (const ref of referenceLicenses()) {
    const file = ref.provenance.corpusFile;
    if (file) referencesByFile.set(file, [...(referencesByFile.get(file) ?? []), ref.id]);
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

/**
 * More printed and converted copies, made by fixtures/make-variants.ts from corpus texts: Markdown licences
 * rendered and printed by Chromium (running header with date and title, footer with URL and page numbers), plain
 * text printed by Chromium (hard line breaks, monospace), LibreOffice PDFs and Word files (automatic numbering).
 */
describe('identification of PDF and DOCX copies made from corpus texts', () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
  const rows = readFileSync(join(fixtures, 'VARIANTS.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  for (const [file, , reference, how] of rows) {
    it(`identifies ${file} (${how}) exactly as ${reference}`, { timeout: 60_000 }, async () => {
      const model = await importCorpusDocument(file, fixtures);
      const matches = identifyLicenses(model);
      expect(matches.map((m) => `${m.id}:${m.match}`)).toEqual([`${reference}:exact`]);
      // The match covers the whole licence: no run of its wording is left outside (what is outside is what a
      // printer or converter added: date, title, URL, page numbers, an archiver's note).
      const refGrams = new Set(nGrams(wordsOf(getReference(reference)!.text)));
      const outside = [model.text.slice(0, matches[0].start), model.text.slice(matches[0].end)];
      expect(outside.flatMap((part) => nGrams(wordsOf(part))).filter((g) => refGrams.has(g))).toEqual([]);
    });
  }
});
