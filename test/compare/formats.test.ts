/**
 * The same text in another form is not a new version: a PDF or DOCX of a corpus document, a copy whose sections
 * were renumbered, or one whose paragraphs were split and joined differently reports no material change, and
 * few changes at all — while a real edit made in such a copy is still found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, DOCUMENTS_DIR, loadVariants } from '../support/corpus';
import { compareCorpus, compareLoaded, expectWellFormed, loadCorpus, loadText } from './support';

/** Renumbers a plain-text licence: top-level "1." becomes "11.", "a." becomes "(b)", as a redrafted copy might. */
function renumber(text: string): string {
  return text
    .replace(/^(\s*)(\d{1,2})\.(?=\s)/gm, (_m, space: string, n: string) => `${space}${Number(n) + 10}.`)
    .replace(/^(\s*)([a-h])\.(?=\s)/gm, (_m, space: string, c: string) => `${space}(${String.fromCharCode(c.charCodeAt(0) + 1)})`);
}

describe.skipIf(!corpusAvailable)('the same text in another format', () => {
  const variants = corpusAvailable ? loadVariants() : [];

  for (const { variant, source } of variants) {
    it(`${variant} against ${source}: no material change, hardly any change`, async () => {
      const { comparison, before, after } = await compareCorpus(source, variant);
      expectWellFormed(comparison, before.model, after.model);
      expect(comparison.changes.filter((c) => c.material).map((c) => c.summary)).toEqual([]);
      expect(comparison.summaryChanges.filter((s) => s.material)).toEqual([]);
      // At most a title or a copyright line the PDF printer dropped; nothing inside the clauses.
      expect(comparison.changes.length).toBeLessThanOrEqual(2);
      expect(comparison.changes.every((c) => c.categories.length === 0)).toBe(true);
      expect(comparison.stats.similarity).toBeGreaterThan(0.98);
    });
  }
});

describe.skipIf(!corpusAvailable)('renumbered and reflowed copies', () => {
  for (const file of ['llama-3.1-community-license.txt', 'apache-2.0.txt', 'tongyi-qianwen-license-agreement.txt']) {
    it(`${file} with its sections renumbered reports no change, and marks the renumbered blocks`, async () => {
      const text = readFileSync(join(DOCUMENTS_DIR, file), 'utf8');
      const copy = renumber(text);
      expect(copy).not.toBe(text);
      const [before, after] = await Promise.all([loadCorpus(file), loadText(copy, file)]);
      expect(after.model.blocks.map((b) => b.number)).not.toEqual(before.model.blocks.map((b) => b.number));
      const comparison = compareLoaded(before, after);
      expectWellFormed(comparison, before.model, after.model);
      expect(comparison.changes).toEqual([]);
      expect(comparison.alignment.filter((r) => r.renumbered).length).toBeGreaterThan(3);
    });
  }

  it('a renumbered copy with one clause edited reports exactly that edit, as material', async () => {
    const file = 'llama-3.1-community-license.txt';
    const text = readFileSync(join(DOCUMENTS_DIR, file), 'utf8');
    const copy = renumber(text).replace('700 million monthly active users', '70 million monthly active users');
    const [before, after] = await Promise.all([loadCorpus(file), loadText(copy, file)]);
    const comparison = compareLoaded(before, after);
    expect(comparison.changes).toHaveLength(1);
    const [change] = comparison.changes;
    expect(change).toMatchObject({ kind: 'modified', material: true, oldSection: '2', newSection: '12' });
    expect(change.reasons[0]).toMatchObject({ category: 'commercial-use', kind: 'fact', fact: { name: 'mauThreshold', old: 700_000_000, new: 70_000_000 } });
    expect(change.summary).toMatch(/^Commercial use: the monthly-active-user threshold changed from 700 million to 70 million/);
    expect(change.parts.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text.trim()])).toEqual([
      ['delete', '700'],
      ['insert', '70'],
    ]);
  });

  it('paragraphs split and joined differently (one block in the copy for two in the original) still compare equal', async () => {
    const file = 'gemma-terms-of-use-2025-03-24.txt';
    const text = readFileSync(join(DOCUMENTS_DIR, file), 'utf8');
    // Join every second paragraph to the one before it, and split long ones at a sentence: another renderer's blocks.
    const paragraphs = text.split(/\n[ \t]*\n/);
    const reflowed = paragraphs
      .map((p, i) => (i % 2 === 1 && !/^\s*\d/.test(p) ? ` ${p.trim()}` : `\n\n${p.replace(/\. (?=[A-Z][a-z]+ [a-z]+ [a-z]+)/, '.\n\n')}`))
      .join('')
      .trim();
    const [before, after] = await Promise.all([loadCorpus(file), loadText(reflowed, file)]);
    expect(after.model.blocks.length).not.toBe(before.model.blocks.length);
    const comparison = compareLoaded(before, after);
    expectWellFormed(comparison, before.model, after.model);
    expect(comparison.changes).toEqual([]);
    expect(comparison.alignment.some((r) => r.oldBlocks.length !== r.newBlocks.length)).toBe(true);
  });
});
