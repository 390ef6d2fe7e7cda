import { describe, expect, it } from 'vitest';
import { detectClauses } from '../../src/clauses';
import { CATEGORIES, STANCES } from '../../src/clauses/types';
import { corpusAvailable, DOCUMENTS_DIR, listCorpus } from '../support/corpus';
import { corpusDocument, findingsOf, modelOf } from './snippet';

describe('detectClauses', () => {
  it('returns findings in document order with stable ids, quotes that are the text slice, and explanations', async () => {
    const model = await modelOf('You may not use outputs of the Model to train a competing model.\n\nThis Agreement is governed by the laws of Ireland.');
    const findings = detectClauses(model);
    expect(findings.map((f) => f.id)).toEqual(findings.map((_, i) => `f${i + 1}`));
    for (const f of findings) {
      expect(model.text.slice(f.start, f.end)).toBe(f.quote);
      expect(CATEGORIES).toContain(f.category);
      expect(STANCES).toContain(f.stance);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThan(1);
      expect(f.explanation.length).toBeGreaterThan(10);
      expect(f.explanation).not.toMatch(/\{\w+\}/);
    }
    // One passage, several findings: the model-training ban is an output term and a use restriction.
    expect(findings.filter((f) => f.start === 0).map((f) => f.category)).toEqual(['output-ownership', 'acceptable-use']);
    expect(detectClauses(model)).toEqual(findings);
  });

  it('does not flag headings', async () => {
    const fs = await findingsOf('# Commercial Use and Attribution\n\nYou must keep the copyright notice.');
    expect(fs.every((f) => !f.quote.startsWith('Commercial Use and Attribution'))).toBe(true);
  });

  it('gives a clause that points at a titled section the category of that section', async () => {
    const fs = await findingsOf(
      ['1. Attribution.', '1.1 You must retain all copyright notices in copies you distribute.', '2. Other terms.', '2.1 You may meet the conditions in Section 1 by linking to the notices.'].join(
        '\n\n',
      ),
    );
    const ref = fs.find((f) => f.quote.includes('conditions in Section 1'))!;
    expect(ref).toMatchObject({ category: 'attribution', rule: 'attribution/section-reference' });
  });
});

describe.skipIf(!corpusAvailable)('detectClauses on the corpus', () => {
  it('analyses every corpus document, with the page of the block (null for text formats)', async () => {
    for (const file of listCorpus(DOCUMENTS_DIR)) {
      const { model, findings } = await corpusDocument(file);
      for (const f of findings) {
        const block = model.blocks.find((b) => b.start <= f.start && f.end <= b.end)!;
        expect(f.page).toBe(block.page);
      }
      expect(findings.length, file).toBeGreaterThan(0);
    }
  }, 120_000);
});
