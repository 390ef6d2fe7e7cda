/**
 * How changes are shaped, on a real licence (Apache-2.0) edited the way vendors edit: blocks moved (with and
 * without edits), a paragraph deleted next to an edited one, a new item that starts like the next, and wording
 * differences that are not changes (hyphenation, a link target a PDF does not print).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, DOCUMENTS_DIR } from '../support/corpus';
import { compareCorpus, compareLoaded, expectWellFormed, loadText } from './support';

const apache = corpusAvailable ? readFileSync(join(DOCUMENTS_DIR, 'apache-2.0.txt'), 'utf8') : '';
const paragraphs = apache.split(/\n[ \t]*\n/);
const find = (start: string) => {
  const i = paragraphs.findIndex((p) => p.trim().startsWith(start));
  if (i < 0) throw new Error(`no paragraph starting “${start}”`);
  return i;
};

async function compareTexts(before: string, after: string) {
  const [a, b] = await Promise.all([loadText(before, 'before.txt'), loadText(after, 'after.txt')]);
  const comparison = compareLoaded(a, b);
  expectWellFormed(comparison, a.model, b.model);
  return { comparison, a, b };
}

describe.skipIf(!corpusAvailable)('changes on an edited Apache-2.0', () => {
  it('a definition moved to the end is one moved change, shown at both places, not material', async () => {
    const i = find('"Derivative Works"');
    const moved = [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1), paragraphs[i]].join('\n\n');
    const { comparison, b } = await compareTexts(apache, moved);
    expect(comparison.changes).toHaveLength(1);
    const [change] = comparison.changes;
    expect(change).toMatchObject({ kind: 'moved', edited: false, material: false });
    expect(b.model.text.slice(change.new!.start, change.new!.end)).toMatch(/^"Derivative Works" shall mean/);
    expect(change.summary).toMatch(/^Moved from section 1 to section 9 unchanged: “"Derivative Works" shall mean/);
    const rows = comparison.alignment.filter((r) => r.changeId === change.id);
    expect(rows.map((r) => [r.kind, r.oldBlocks.length > 0, r.newBlocks.length > 0])).toEqual([
      ['moved', true, false],
      ['moved', false, true],
    ]);
  });

  it('a clause moved and edited is one moved-and-edited change, material when its operative words change', async () => {
    const i = find('You may add Your own copyright statement');
    const edited = paragraphs[i].replace('You may add', 'You must not add');
    const after = [...paragraphs.slice(0, 3), edited, ...paragraphs.slice(3).filter((_, k) => k + 3 !== i)].join('\n\n');
    const { comparison } = await compareTexts(apache, after);
    expect(comparison.changes).toHaveLength(1);
    const [change] = comparison.changes;
    expect(change).toMatchObject({ kind: 'moved', edited: true, material: true });
    expect(change.parts.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text.trim()])).toEqual([
      ['delete', 'may'],
      ['insert', 'must not'],
    ]);
    expect(change.reasons[0].summary).toMatch(/the wording of .* changed: “may” replaced by “must not”/);
  });

  it('two neighbouring paragraphs moved together are one change', async () => {
    const i = find('2. Grant of Copyright License');
    const after = [...paragraphs.slice(0, i), ...paragraphs.slice(i + 2, i + 6), paragraphs[i], paragraphs[i + 1], ...paragraphs.slice(i + 6)].join('\n\n');
    const { comparison } = await compareTexts(apache, after);
    const moved = comparison.changes.filter((c) => c.kind === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0].oldBlocks.length).toBeGreaterThanOrEqual(2);
    expect(comparison.changes.every((c) => !c.material)).toBe(true);
  });

  it('an edited paragraph followed by a deleted one: one modified change and one deletion', async () => {
    const i = find('7. Disclaimer of Warranty');
    const after = [...paragraphs.slice(0, i), paragraphs[i].replace('"AS IS" BASIS', '"AS IS" BASIS AND WITH ALL FAULTS'), ...paragraphs.slice(i + 2)].join('\n\n');
    const { comparison } = await compareTexts(apache, after);
    expect(comparison.changes.map((c) => [c.kind, c.oldSection])).toEqual([
      ['modified', '7'],
      ['deleted', '8'],
    ]);
    expect(comparison.changes[0].categories).toContain('liability-warranty');
    expect(comparison.changes[1].material).toBe(true); // the limitation of liability is gone
    expect(comparison.changes[1].reasons.map((r) => r.category)).toContain('liability-warranty');
  });

  it('hyphenation, quote style, spacing and a link target printed on one side only are not changes', async () => {
    const i = find('"Licensor" shall mean');
    const after = paragraphs
      .map((p, k) => (k === i ? p.replace('copyright owner', 'copy-right owner').replace(/"/g, '“').replace(/ that is /, '  that  is ') : p))
      .join('\n\n')
      .replace('http://www.apache.org/licenses/', 'http://www.apache.org/licenses/ (https://www.apache.org/licenses/)');
    expect(after).not.toBe(apache);
    const { comparison } = await compareTexts(apache, after);
    expect(comparison.changes).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('a new list item that starts like the next one', () => {
  it('is inserted whole (Llama 3.2 policy, item 8), not spliced into its neighbour', async () => {
    const { comparison, after } = await compareCorpus('llama-3.1-acceptable-use-policy.md', 'llama-3.2-acceptable-use-policy.md');
    const item = comparison.changes.find((c) => c.new && /^(?:\d+\. )?Engage in any action, or facilitate any action, to intentionally circumvent/.test(after.model.text.slice(c.new.start, c.new.end)));
    expect(item).toMatchObject({ kind: 'inserted', material: true });
    expect(item!.parts.map((p) => p.op)).toEqual(['insert']);
  });
});

describe.skipIf(!corpusAvailable)('one-word edits counsel must not miss', () => {
  const edit = async (file: string, from: string, to: string) => {
    const text = readFileSync(join(DOCUMENTS_DIR, file), 'utf8');
    expect(text).toContain(from);
    const { comparison } = await compareTexts(text, text.replace(from, to));
    expect(comparison.changes).toHaveLength(1);
    return comparison.changes[0];
  };

  it('a revenue threshold', async () => {
    const change = await edit('stability-ai-community-license-2024-07-05.md', 'generate more than USD $1,000,000 in annual revenue', 'generate more than USD $5,000,000 in annual revenue');
    expect(change).toMatchObject({ material: true });
    expect(change.summary).toBe('Commercial use: the revenue threshold changed from USD 1 million to USD 5 million');
  });

  it('the governing law', async () => {
    const change = await edit('llama-3.1-community-license.txt', 'laws of the State of California', 'laws of the State of New York');
    expect(change.reasons[0]).toMatchObject({ category: 'governing-law', kind: 'fact', summary: 'Governing law: the governing law changed from the State of California to the State of New York' });
  });

  it('a negation added to a sentence no rule flags', async () => {
    const change = await edit('gemma-terms-of-use-2025-03-24.txt', 'Google may update Gemma from time to time.', 'Google may not update Gemma from time to time.');
    expect(change).toMatchObject({ material: true, categories: ['licence-changes'] });
    expect(change.summary).toMatch(/^Changes to the terms: the wording of a clause changed: “not” added/);
  });

  it('a typo fixed is a change but not a material one', async () => {
    const change = await edit('apache-2.0.txt', 'copyright license to reproduce, prepare Derivative Works of', 'copyrigth license to reproduce, prepare Derivative Works of');
    expect(change.material).toBe(false);
    expect(change.summary).toMatch(/“copyright” replaced by “copyrigth”/);
  });
});
