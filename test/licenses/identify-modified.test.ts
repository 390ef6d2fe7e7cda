import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../support/corpus';
import { identifyLicense, identifyLicenses } from '../../src/licenses/index';
import { changedWords, importText, readCorpusText, replaceOnce } from './support';

/**
 * A standard licence with one word edited (the trap of a vendor agreement that silently changes a licence) must
 * be reported as that licence, `modified`, with exactly the edited word in the diff.
 */
interface Edit {
  file: string;
  id: string;
  from: string;
  to: string;
  deleted: string[];
  inserted: string[];
  where: string;
}

const EDITS: Edit[] = [
  { file: 'llama-3.1-community-license.txt', id: 'llama3.1', from: '700 million monthly active users', to: '900 million monthly active users', deleted: ['700'], inserted: ['900'], where: 'middle (Section 2)' },
  { file: 'cc-by-nc-4.0-legalcode.txt', id: 'CC-BY-NC-4.0', from: 'NonCommercial means not primarily', to: 'Commercial means not primarily', deleted: ['noncommercial'], inserted: ['commercial'], where: 'definitions' },
  { file: 'stability-ai-non-commercial-research-community-license-2023-11-28.txt', id: 'stability-ai-nc-research-community-2023-11-28', from: 'research or non-commercial purposes', to: 'research or commercial purposes', deleted: ['non'], inserted: [], where: 'definitions (a word removed)' },
  { file: 'gemma-terms-of-use-2024-02-21.txt', id: 'gemma-2024-02-21', from: 'Google claims no rights in Outputs', to: 'Google claims all rights in Outputs', deleted: ['no'], inserted: ['all'], where: 'output clause' },
  { file: 'tongyi-qianwen-license-agreement.txt', id: 'tongyi-qianwen', from: 'more than 100 million monthly active users', to: 'more than 10 million monthly active users', deleted: ['100'], inserted: ['10'], where: 'commercial threshold' },
  { file: 'llama-3.2-community-license.txt', id: 'llama3.2', from: 'non-exclusive, worldwide', to: 'exclusive, worldwide', deleted: ['non'], inserted: [], where: 'grant (a sibling, 3.3, exists)' },
  { file: 'apache-2.0.txt', id: 'Apache-2.0', from: 'royalty-free, irrevocable\n      copyright license', to: 'royalty-free, revocable\n      copyright license', deleted: ['irrevocable'], inserted: ['revocable'], where: 'copyright grant' },
  { file: 'mit-license-stability-ai-2024.txt', id: 'MIT', from: 'OTHER DEALINGS IN THE\nSOFTWARE.', to: 'OTHER DEALINGS IN THE\nMODEL.', deleted: ['software'], inserted: ['model'], where: 'last word' },
  { file: 'bsd-3-clause.txt', id: 'BSD-3-Clause', from: 'Redistribution and use in source', to: 'Distribution and use in source', deleted: ['redistribution'], inserted: ['distribution'], where: 'first sentence' },
  { file: 'llama-3-acceptable-use-policy.md', id: 'llama3-aup', from: 'Military, warfare, nuclear industries', to: 'Warfare, nuclear industries', deleted: ['military'], inserted: [], where: 'a prohibited use removed' },
];

describe.runIf(corpusAvailable)('a reference with one word changed', () => {
  for (const edit of EDITS) {
    it(`${edit.id}: "${edit.from.replace(/\s+/g, ' ')}" -> "${edit.to.replace(/\s+/g, ' ')}" (${edit.where}) is modified with that word in the diff`, async () => {
      const original = readCorpusText(edit.file);
      const model = await importText(replaceOnce(original, edit.from, edit.to), edit.file);
      const matches = identifyLicenses(model);
      expect(matches.map((m) => m.id)).toEqual([edit.id]);
      const [match] = matches;
      expect(match.match).toBe('modified');
      expect(match.score).toBeGreaterThan(0.99);
      expect(match.score).toBeLessThan(1);
      expect(changedWords(match)).toEqual({ inserted: edit.inserted, deleted: edit.deleted });
      // Every part points into the document; an inserted part quotes the document at its offsets.
      for (const part of match.diff!) {
        expect(part.start).toBeGreaterThanOrEqual(match.start);
        expect(part.end).toBeLessThanOrEqual(match.end);
        if (part.op === 'insert') expect(model.text.slice(part.start, part.end)).toBe(part.text);
      }
      // The diff stays compact: a few words of context around the change, not the whole licence.
      const shown = match.diff!.map((p) => p.text).join(' ');
      expect(shown.length).toBeLessThan(400);
    });
  }

  it('reports several scattered edits, each in the diff, and still names the licence', async () => {
    let text = readCorpusText('llama-3.3-community-license.txt');
    text = replaceOnce(text, 'royalty-free limited license', 'royalty-bearing limited license');
    text = replaceOnce(text, 'greater than 700 million', 'greater than 70 million');
    text = replaceOnce(text, 'laws of the State of California', 'laws of the State of Delaware');
    const match = identifyLicense(await importText(text, 'llama-3.3-edited.txt'));
    expect(match).toMatchObject({ id: 'llama3.3', match: 'modified' });
    expect(changedWords(match!)).toEqual({ inserted: ['bearing', '70', 'delaware'], deleted: ['free', '700', 'california'] });
  });

  it('reports a version the library does not hold as a modified copy of its closest sibling, with the version in the diff', async () => {
    const text = readCorpusText('llama-3.3-community-license.txt').replaceAll('3.3', '3.4').replace('December 6, 2024', 'March 1, 2025');
    const match = identifyLicense(await importText(text, 'llama-3.4.txt'));
    expect(match).toMatchObject({ id: 'llama3.3', match: 'modified' });
    const { inserted, deleted } = changedWords(match!);
    expect(new Set(inserted)).toEqual(new Set(['3.4', 'march', '1', '2025']));
    expect(new Set(deleted)).toEqual(new Set(['3.3', 'december', '6', '2024']));
  });

  it('reports an added sentence as inserted words', async () => {
    const text = replaceOnce(
      readCorpusText('cc-by-4.0-legalcode.txt'),
      'Creative Commons may be contacted at creativecommons.org.',
      'Creative Commons may be contacted at creativecommons.org.',
    ).replace('Section 2 -- Scope.', 'Section 2 -- Scope.\n\nThe Licensor may revoke these rights at any time.');
    const match = identifyLicense(await importText(text, 'cc-by-edited.txt'));
    expect(match).toMatchObject({ id: 'CC-BY-4.0', match: 'modified' });
    expect(changedWords(match!)).toEqual({ inserted: ['the', 'licensor', 'may', 'revoke', 'these', 'rights', 'at', 'any', 'time'], deleted: [] });
  });

  it('does not call a text "modified" for differences of form only', async () => {
    // Quote styles, dashes, case of a heading, re-numbered list items, a hyphenation split and a Markdown link.
    let text = readCorpusText('llama-3.1-community-license.txt');
    text = text.replace(/[“”]/g, '"').replace(/’/g, "'");
    text = replaceOnce(text, 'non-exclusive, worldwide', 'non‑exclusive, worldwide');
    text = replaceOnce(text, '2. Additional Commercial Terms.', '(2) ADDITIONAL COMMERCIAL TERMS.');
    text = replaceOnce(text, 'royalty-free limited license', 'royalty-free lim- ited license');
    text = replaceOnce(text, 'https://llama.meta.com/doc/overview', '[https://llama.meta.com/doc/overview](https://llama.meta.com/doc/overview)');
    const match = identifyLicense(await importText(text, 'llama-3.1-reformatted.txt'));
    expect(match).toMatchObject({ id: 'llama3.1', match: 'exact', score: 1 });
  });
});
