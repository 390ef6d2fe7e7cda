import { describe, expect, it } from 'vitest';
import { corpusAvailable, locatePassage } from '../support/corpus';
import { identifyLicense, identifyLicenses, referenceLicenses } from '../../src/licenses/index';
import { importCorpusDocument } from './support';

/** corpus file -> the references taken from it (the Llama 3 LICENSE file holds the licence and its policy). */
function referencesByFile(): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const ref of referenceLicenses()) {
    const file = ref.provenance.corpusFile;
    if (file) byFile.set(file, [...(byFile.get(file) ?? []), ref.id]);
  }
  return byFile;
}

describe.runIf(corpusAvailable)('identification of the corpus documents', () => {
  const byFile = referencesByFile();

  it('has corpus files to identify (each gets its own test below)', () => {
    expect([...byFile.values()].flat().length).toBeGreaterThanOrEqual(30);
  });

  for (const [file, ids] of byFile) {
    it(`identifies ${file} exactly as ${ids.join(' + ')}, and as nothing else`, async () => {
      const matches = identifyLicenses(await importCorpusDocument(file));
      expect(matches.map((m) => `${m.id}:${m.match}`)).toEqual(ids.map((id) => `${id}:exact`));
      for (const m of matches) {
        expect(m.score).toBe(1);
        expect(m.diff).toBeUndefined();
      }
    });
  }

  it('tells apart versions that differ by a few words (each is exact as itself, not its sibling)', async () => {
    const pairs: Array<[string, string]> = [
      ['tongyi-qianwen-license-agreement-2023-08-03-original.txt', 'tongyi-qianwen-original'],
      ['tongyi-qianwen-license-agreement.txt', 'tongyi-qianwen'],
      ['stable-video-diffusion-non-commercial-community-license-2023-11-21-original.txt', 'svd-nc-community-2023-11-21-original'],
      ['stable-video-diffusion-non-commercial-community-license.txt', 'svd-nc-community-2023-11-21'],
      ['llama-3.2-community-license.txt', 'llama3.2'],
      ['llama-3.3-community-license.txt', 'llama3.3'],
      ['gemma-terms-of-use-2024-02-21.txt', 'gemma-2024-02-21'],
      ['gemma-terms-of-use-2025-03-24.txt', 'gemma-2025-03-24'],
      ['chatglm-6b-model-license-2023-05-24.txt', 'chatglm-6b-2023-05-24'],
      ['chatglm-6b-model-license-2023-07-08.txt', 'chatglm-6b-2023-07-08'],
    ];
    for (const [file, id] of pairs) {
      const match = identifyLicense(await importCorpusDocument(file));
      expect({ file, id: match?.id, match: match?.match }).toEqual({ file, id, match: 'exact' });
    }
  });

  it('reports the Llama 3 licence and its appended acceptable use policy as two licences, split at the policy heading', async () => {
    const model = await importCorpusDocument('llama-3-community-license.txt');
    const [licence, policy] = identifyLicenses(model);
    expect(licence).toMatchObject({ id: 'llama3', match: 'exact', start: 0 });
    expect(policy).toMatchObject({ id: 'llama3-aup-appended', match: 'exact', end: model.text.length });
    const heading = locatePassage(model.text, 'Meta Llama 3 Acceptable Use Policy Meta is committed');
    expect(heading).not.toBeNull();
    expect(policy.start).toBe(heading!.start);
    // The licence ends with its governing-law clause, before the policy starts.
    expect(model.text.slice(licence.start, licence.end)).toMatch(/exclusive jurisdiction of any dispute arising out of this Agreement\.$/);
    // The primary licence is the one spanning most of the file.
    expect(identifyLicense(model)?.id).toBe('llama3');
  });

  const unrelated = [
    'chatgpt-acceptable-use-policy-current.md',
    'chatgpt-commercial-terms-2025-11-11.md',
    'chatgpt-commercial-terms-2026-08-22.md',
    'chatgpt-terms-of-service-current.md',
    'cohere-labs-acceptable-use-policy.mdx',
    'cohere-usage-guidelines-2024-04.mdx',
    'cohere-usage-policy-2024-11-21.mdx',
    'laion-5b-announcement-2023-01-25.md',
    'laion-5b-announcement-current.md',
    'dolma-readme-2024-01-30-impact-mr.md',
    'dolma-readme-2024-04-21-odc-by.md',
    'llama-api-terms-of-service-2025-11-11.md',
    'llama-api-terms-of-service-2026-08-22.md',
    'llama-api-acceptable-use-policy-current.md',
  ];
  for (const file of unrelated) {
    it(`finds no known licence in ${file} (it names licences but embeds none)`, async () => {
      expect(identifyLicenses(await importCorpusDocument(file))).toEqual([]);
    });
  }

  it('does not mistake a licence that reuses another licence\'s clause for that licence (ChatGLM quotes the MIT disclaimer)', async () => {
    const ids = identifyLicenses(await importCorpusDocument('chatglm-6b-model-license-2023-07-08.txt')).map((m) => m.id);
    expect(ids).toEqual(['chatglm-6b-2023-07-08']);
  });
});
