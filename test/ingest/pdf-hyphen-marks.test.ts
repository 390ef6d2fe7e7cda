/**
 * A word broken at a line end whose hyphenation mark stands apart from it ("possi -" / "ble."): LibreOffice stretches
 * a justified line up to the mark and the gap reads as a space. The word is mended when the document writes it whole
 * elsewhere, or when the document is hyphenated between syllables and the piece is no word of it; a dash set between
 * spaces at a line end stays a dash.
 */
import { AlignmentType, Document, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../../src/document/builder';
import { importDocument } from '../../src/ingest';
import { addBlocks } from '../../src/ingest/pdf/assemble';
import type { ClassifiedBlock } from '../../src/ingest/pdf/classify';
import { corpusAvailable } from '../support/corpus';
import { corpusParagraphs, officeAvailable, printWithLibreOffice } from './office-print';

/** One paragraph block per list of printed lines, as the reader hands them to addBlocks. */
function assembled(paragraphs: string[][]): string[] {
  const blocks: ClassifiedBlock[] = paragraphs.map((lines) => ({
    kind: 'paragraph',
    level: 0,
    number: null,
    size: 10,
    dropPrefix: 0,
    group: { lines: lines.map((text, i) => ({ text, x: 72, right: 520, top: 100 + 12 * i, bottom: 110 + 12 * i, baseline: 108 + 12 * i, size: 10, font: 'serif', page: 1 })) },
  }));
  return addBlocks(new DocumentBuilder(), blocks, new Map());
}

describe('hyphenation marks set apart from the word (assembling lines)', () => {
  it('mends a word the document writes whole elsewhere, and keeps a dash between words', () => {
    expect(
      assembled([
        ['Commons disclaims all liability to the fullest extent possi -', 'ble. The Licensor -', 'as defined below - may update the terms.'],
        ['To the extent possible, the Licensor waives any right.'],
      ]),
    ).toEqual([
      'Commons disclaims all liability to the fullest extent possible. The Licensor - as defined below - may update the terms.',
      'To the extent possible, the Licensor waives any right.',
    ]);
  });
});

describe('compounds broken at a hyphenation mark set apart (assembling lines)', () => {
  /** Lines of a document that hyphenates words between syllables ("inter-" / "national", "agree-" / "ment"). */
  const hyphenating = ['The parties to this inter-', 'national agreement may end the agree-', 'ment at any time by written notice.'];

  it('closes up a compound the document prints hyphenated elsewhere, or whose first part is a prefix', () => {
    expect(assembled([hyphenating, ['You get a royalty -', 'free licence to use the Model.'], ['The licence is royalty-free.'], ['It is non -', 'exclusive and revocable.']]).slice(1, 4)).toEqual([
      'You get a royalty-free licence to use the Model.',
      'The licence is royalty-free.',
      'It is non-exclusive and revocable.',
    ]);
  });

  it('joins a word broken where its parts are words, in a document that never sets a spaced dash inside a line', () => {
    expect(assembled([hyphenating, ['The licence is granted on a world -', 'wide basis from the be -', 'ginning of the term.']])[1]).toBe(
      'The licence is granted on a worldwide basis from the beginning of the term.',
    );
  });

  it('keeps a dash set between spaces where the document uses such dashes inside its lines', () => {
    expect(assembled([hyphenating, ['The Licensor - as defined below - may grant rights throughout the world on a world -', 'wide basis.']])[1]).toBe(
      'The Licensor - as defined below - may grant rights throughout the world on a world - wide basis.',
    );
  });
});

describe.skipIf(!corpusAvailable || !officeAvailable)('a licence justified and hyphenated by LibreOffice (live; skipped without soffice)', () => {
  const ccBy = corpusAvailable ? corpusParagraphs('cc-by-4.0-legalcode.txt', true) : [];
  let pdf: Uint8Array;
  beforeAll(async () => {
    ({ hyphenated: pdf } = await printWithLibreOffice({
      hyphenated: new Document({
        hyphenation: { autoHyphenation: true },
        styles: { default: { document: { run: { font: 'Liberation Serif', size: 22, language: { value: 'en-US' } } } } },
        sections: [{ children: ccBy.map((text) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [new TextRun(text)] })) }],
      }),
    }));
  }, 180_000);

  it('reads no word broken at a hyphenation mark into "piece - piece", even where both pieces are words ("world - wide")', async () => {
    const model = await importDocument(pdf, 'cc-by-4.0.hyphenated.pdf');
    // The licence sets no hyphen between spaces, so every "piece - piece" in the import would be a misread break.
    expect(ccBy.join(' ')).not.toMatch(/\p{L} - \p{L}/u);
    expect([...model.text.matchAll(/(\p{L}+) - (\p{L}+)/gu)].map((m) => m[0])).toEqual([]);
    expect(model.text).toContain('to the fullest extent possible');
    expect(model.text).toContain('worldwide, royalty-free, non-sublicensable, non-exclusive, irrevocable license');
  });
});
