/** The Markdown memo, parsed back as GitHub-flavoured Markdown. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taxonomyCategory } from '../../src/clauses/taxonomy';
import { CATEGORIES } from '../../src/clauses/types';
import { buildMemo, renderMemoMarkdown } from '../../src/memo';
import { citationOf, expectedMemo } from './expected';
import { openTempLibrary, reviewLlamaAssessment, type ReviewedAssessment, type TempLibrary } from './memo-fixture';
import { containsWords, mdFind, mdTables, mdText, parseMarkdown, type MdNode } from './read-back';

let lib: TempLibrary;
let review: ReviewedAssessment;
let markdown: string;
let root: MdNode;
let expected: ReturnType<typeof expectedMemo>;

beforeAll(async () => {
  lib = openTempLibrary();
  review = await reviewLlamaAssessment(lib.ctx);
  expected = expectedMemo(lib.ctx, review.assessment.id);
  markdown = renderMemoMarkdown(buildMemo(lib.ctx.library, review.assessment.id, {}, { now: lib.ctx.now }));
  root = parseMarkdown(markdown);
});
afterAll(() => lib.close());

describe('Markdown memo', () => {
  it('opens with the privileged header, the title and the heading block, then numbered sections', () => {
    expect(markdown.split('\n')[0]).toBe('**Privileged & Confidential — Attorney Work Product**');
    const headings = mdFind(root, 'heading').map((h) => `${h.depth} ${mdText(h)}`);
    const categories = CATEGORIES.filter((c) => expected.live.some((f) => f.category === c));
    expect(headings.slice(0, 4 + categories.length)).toEqual([
      '1 Licence review: Llama 3.1 8B Instruct',
      '2 1. Executive summary',
      '2 2. Documents reviewed',
      '2 3. Findings by category',
      ...categories.map((c, i) => `3 3.${i + 1} ${taxonomyCategory(c).name} (${expected.live.filter((f) => f.category === c).length})`),
    ]);
    expect(categories.length).toBe(4);
    const facts = mdTables(root)[0];
    expect(Object.fromEntries(facts.slice(1).map((r) => [r[0], r[1]]))).toEqual({
      Model: 'Llama 3.1 8B Instruct',
      'Intended use': review.assessment.intendedUse,
      Reviewer: 'Ann Counsel',
      Date: '28 November 2026',
      Status: 'Decided',
      Decision: 'Approved with conditions',
      Assessment: '#1',
    });
  });

  it('has the verdict table as a GFM table', () => {
    const table = mdTables(root).find((t) => t[0].join('|') === 'Topic|Verdict|Conditions|Deciding document')!;
    expect(table.slice(1).map((r) => r[0])).toEqual(expected.verdicts.map((v) => v.title));
    expected.verdicts.forEach((v, i) => {
      expect(table[i + 1][1]).toContain(v.label);
      if (v.conditions) expect(containsWords(table[i + 1][2], v.conditions)).toBe(true);
      expect(table[i + 1][3]).toContain(v.decidingTitle!);
    });
  });

  it('quotes every live finding as a blockquote after its citation, and not the rejected one', () => {
    const quotes = mdFind(root, 'blockquote').map(mdText);
    const text = mdText(root);
    for (const f of expected.live) {
      expect(quotes.some((q) => containsWords(q, f.quote)), f.quote.slice(0, 80)).toBe(true);
      const ref = citationOf(f);
      if (ref) expect(text).toContain(`${f.documentTitle}, ${ref}`);
    }
    expect(quotes.some((q) => containsWords(q, review.rejectedQuote))).toBe(false);
  });

  it('has the rationale, the annotation with its comment, conditions, open questions and the sign-off', () => {
    const text = mdText(root);
    expect(text).toContain(review.rationale);
    expect(text).toContain(review.annotationComment);
    for (const c of [...review.conditions, ...review.openQuestions]) expect(text).toContain(c);
    const signoff = mdTables(root).at(-1)!;
    expect(signoff.slice(1).map((r) => r[0])).toEqual(['Reviewer', 'Date', 'Decision', 'Signature']);
    expect(signoff[3][1]).toBe('Approved with conditions');
  });

  it('keeps only the sections asked for', () => {
    const only = renderMemoMarkdown(buildMemo(lib.ctx.library, review.assessment.id, { include: ['summary', 'signoff'] }, { now: lib.ctx.now }));
    const headings = mdFind(parseMarkdown(only), 'heading').map(mdText);
    expect(headings).toEqual(['Licence review: Llama 3.1 8B Instruct', '1. Executive summary', '2. Sign-off']);
  });
});
