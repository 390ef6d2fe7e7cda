import { describe, expect, it } from 'vitest';
import { corpusAvailable, locatePassage } from '../support/corpus';
import { identifyLicense, identifyLicenses } from '../../src/licenses/index';
import { changedWords, importText, readCorpusText, replaceOnce } from './support';

/** Splits a service-terms text at the paragraph break nearest its middle. */
function splitAtMiddle(text: string): [string, string] {
  const at = text.indexOf('\n\n', Math.floor(text.length / 2));
  return [text.slice(0, at), text.slice(at)];
}

describe.runIf(corpusAvailable)('a licence embedded in a larger document', () => {
  it('finds Apache-2.0 glued into the middle of a vendor agreement, with the span it occupies', async () => {
    const [head, tail] = splitAtMiddle(readCorpusText('chatgpt-commercial-terms-2026-08-22.md'));
    const apache = readCorpusText('apache-2.0.txt');
    const model = await importText(`${head}\n\nAppendix B. Open source licence\n\n${apache}\n\n${tail}`, 'vendor-agreement.txt');

    const matches = identifyLicenses(model);
    expect(matches.map((m) => `${m.id}:${m.match}`)).toEqual(['Apache-2.0:exact']);
    const [match] = matches;
    const first = locatePassage(model.text, 'Apache License Version 2.0, January 2004');
    const last = locatePassage(model.text, 'See the License for the specific language governing permissions and limitations under the License.');
    expect(first && last).toBeTruthy();
    expect(match.start).toBe(first!.start);
    expect(Math.abs(match.end - last!.end)).toBeLessThanOrEqual(1); // the closing full stop
    // The agreement around it is not part of the match, and the licence is a small part of the document.
    expect(model.text.slice(match.start - 40, match.start)).toMatch(/Open source licence\s*$/);
    expect(match.coverage).toBeLessThan(0.35);
    // The document "is" the agreement, not Apache-2.0, but the primary match is still the only licence found.
    expect(identifyLicense(model)?.id).toBe('Apache-2.0');
  });

  it('finds a silently edited Llama 3.1 licence inside service terms and reports the edit', async () => {
    const [head, tail] = splitAtMiddle(readCorpusText('chatgpt-terms-of-service-current.md'));
    const llama = replaceOnce(readCorpusText('llama-3.1-community-license.txt'), '700 million', '7 million');
    const model = await importText(`${head}\n\n${llama}\n\n${tail}`, 'terms-with-licence.md');

    const [match, ...rest] = identifyLicenses(model);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ id: 'llama3.1', match: 'modified' });
    expect(changedWords(match)).toEqual({ deleted: ['700'], inserted: ['7'] });
    const first = locatePassage(model.text, 'LLAMA 3.1 COMMUNITY LICENSE AGREEMENT');
    const last = locatePassage(model.text, 'exclusive jurisdiction of any dispute arising out of this Agreement');
    expect(match.start).toBe(first!.start);
    expect(Math.abs(match.end - last!.end)).toBeLessThanOrEqual(1);
  });

  it('finds two different licences in one file, in document order, without overlap', async () => {
    const text = [
      readCorpusText('mit-license-stability-ai-2024.txt'),
      'Third-party notices follow.',
      readCorpusText('cc-by-4.0-legalcode.txt'),
      readCorpusText('llama-4-acceptable-use-policy.md'),
    ].join('\n\n');
    const model = await importText(text, 'notices.md');
    const matches = identifyLicenses(model);
    expect(matches.map((m) => m.id)).toEqual(['MIT', 'CC-BY-4.0', 'llama4-aup']);
    for (let i = 1; i < matches.length; i++) expect(matches[i].start).toBeGreaterThanOrEqual(matches[i - 1].end);
    expect(matches.every((m) => m.match === 'exact')).toBe(true);
    // The primary licence is the one spanning most of the text.
    expect(identifyLicense(model)?.id).toBe('CC-BY-4.0');
  });

  it('finds only the part of a licence that is there: a copy missing a section is modified, with the section deleted', async () => {
    const original = readCorpusText('gemma-terms-of-use-2025-03-24.txt');
    const cut = original.replace(/4\.7 Severability\n\n[^\n]*\n/, '');
    expect(cut).not.toBe(original);
    const match = identifyLicense(await importText(cut, 'gemma-cut.txt'));
    expect(match).toMatchObject({ id: 'gemma-2025-03-24', match: 'modified' });
    const { deleted, inserted } = changedWords(match!);
    expect(inserted).toEqual([]);
    expect(deleted.slice(0, 6)).toEqual(['severability', 'if', 'any', 'provision', 'of', 'this']);
    expect(deleted.length).toBeGreaterThan(20);
  });
});
