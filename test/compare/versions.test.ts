/**
 * Version metadata from the documents themselves: which are versions of one licence (identification, titles and
 * file names, never a generic title alone), the version label and effective date they print, the timeline order.
 */
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  familyBase,
  orderTimeline,
  parseDate,
  sharedWording,
  suggestEffectiveDate,
  suggestFamily,
  suggestVersionLabel,
  titleWords,
  type VersionCandidate,
} from '../../src/compare/versions';
import { corpusAvailable } from '../support/corpus';
import { loadCorpus } from './support';

function candidate(id: number, file: string, loaded: Awaited<ReturnType<typeof loadCorpus>>, title = loaded.model.title): VersionCandidate {
  return {
    id,
    title,
    sourceName: file,
    kind: loaded.analysis.assessment.kind,
    family: null,
    versionLabel: null,
    effectiveDate: null,
    importedAt: `2026-01-0${id}T00:00:00Z`,
    licenseFamily: loaded.analysis.license?.family ?? null,
  };
}

describe('version labels, dates and order', () => {
  it('reads titles and file names without their versions and dates', () => {
    expect(titleWords('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT')).toEqual(['llama', 'community', 'license', 'agreement']);
    expect(titleWords('gemma-terms-of-use-2024-02-21.txt')).toEqual(['gemma', 'terms', 'of', 'use']);
    expect(titleWords('tongyi-qianwen-license-agreement-2023-08-03-original.txt')).toEqual(titleWords('tongyi-qianwen-license-agreement.txt'));
    expect(familyBase('llama3.1')).toBe('llama');
    expect(familyBase('chatglm-6b')).toBe('chatglm-6b');
  });

  it('parses the date forms licences print', () => {
    expect(parseDate('Last modified: March 24, 2025')).toBe('2025-03-24');
    expect(parseDate('Updated: 1 December 2025')).toBe('2025-12-01');
    expect(parseDate('Version Release Date: July 23, 2024')).toBe('2024-07-23');
    expect(parseDate('as of 2024-02-21')).toBe('2024-02-21');
    expect(parseDate('(This document was updated on 11/21/2024)')).toBe('2024-11-21');
    expect(parseDate('no date here, section 3.1')).toBeNull();
  });

  it('takes the effective date before an update date, and the file name last', () => {
    expect(suggestEffectiveDate('OpenAI Services Agreement\n\nUpdated: 1 December 2025\n\nEffective: January 1, 2026\n\n1. Terms')).toBe('2026-01-01');
    expect(suggestEffectiveDate('Gemma Terms of Use\n\nLast modified: February 21, 2024')).toBe('2024-02-21');
    expect(suggestEffectiveDate('Some terms without a date', 'vendor-terms-2025-11-11.md')).toBe('2025-11-11');
    expect(suggestVersionLabel('LLAMA 3.1 COMMUNITY LICENSE AGREEMENT', 'llama.txt', null)).toBe('3.1');
    expect(suggestVersionLabel('Gemma Terms of Use', 'gemma-terms-of-use-2024-02-21.txt', null)).toBe('2024-02-21');
    expect(suggestVersionLabel('Usage Policy', 'policy.md', '2024-11-21')).toBe('2024-11-21');
  });

  it('orders by effective date, else by version label, else by import', () => {
    const v = (id: number, effectiveDate: string | null, versionLabel: string | null, importedAt: string) => ({ id, effectiveDate, versionLabel, importedAt });
    const docs = [v(1, null, '3.10', '2026-01-01'), v(2, null, '3.2', '2026-01-02'), v(3, '2024-01-01', null, '2026-01-03'), v(4, '2023-06-01', null, '2026-01-04'), v(5, null, null, '2025-01-01')];
    expect(orderTimeline(docs.slice(0, 2)).map((d) => d.id)).toEqual([2, 1]); // 3.2 before 3.10
    expect(orderTimeline(docs.slice(2, 4)).map((d) => d.id)).toEqual([4, 3]);
    expect(compareVersions(docs[4], docs[0])).toBeLessThan(0); // nothing to compare but the import date
  });
});

describe.skipIf(!corpusAvailable)('which documents are versions of one licence', () => {
  it('groups identified versions and same-titled versions that share their wording', async () => {
    const files = ['llama-3-community-license.txt', 'llama-3.1-community-license.txt', 'llama-3.1-acceptable-use-policy.md', 'chatgpt-commercial-terms-2025-11-11.md', 'chatgpt-commercial-terms-2026-08-22.md'];
    const loaded = await Promise.all(files.map(loadCorpus));
    const all = loaded.map((l, i) => candidate(i + 1, files[i], l));
    const wording = (i: number) => (other: VersionCandidate) => sharedWording(loaded[i].model.text, loaded[other.id - 1].model.text);
    expect(suggestFamily(all[1], all, wording(1))).toMatchObject({ related: [1], reasons: ['both identified as the llama licence family'] });
    expect(suggestFamily(all[4], all, wording(4))?.related).toEqual([4]);
    expect(suggestFamily(all[2], all, wording(2))).toBeNull(); // the policy is not a version of the licence
  });

  it('reads the wording of one member of a family, not of every member', async () => {
    const files = ['chatgpt-commercial-terms-2025-11-11.md', 'chatgpt-commercial-terms-2026-08-22.md'];
    const [older, newer] = await Promise.all(files.map(loadCorpus));
    // Three earlier versions filed in one family (same title, no licence identified), then the new one.
    const family = [1, 2, 3].map((id) => ({ ...candidate(id, files[0], older), family: 'chatgpt-commercial-terms' }));
    const incoming = candidate(4, files[1], newer);
    const read: number[] = [];
    const wording = (other: VersionCandidate) => {
      read.push(other.id);
      return sharedWording(newer.model.text, older.model.text);
    };
    expect(suggestFamily(incoming, [...family, incoming], wording)).toMatchObject({ family: 'chatgpt-commercial-terms', related: [1, 2, 3] });
    expect(read).toEqual([1]);
  });

  it('does not group two vendors’ documents that share a generic title', async () => {
    const files = ['chatgpt-acceptable-use-policy-current.md', 'cohere-labs-acceptable-use-policy.mdx', 'gemma-prohibited-use-policy-2024-02-21.md'];
    const loaded = await Promise.all(files.map(loadCorpus));
    const all = loaded.map((l, i) => candidate(i + 1, files[i], l, 'Acceptable Use Policy'));
    for (let i = 0; i < all.length; i++) {
      const wording = (other: VersionCandidate) => sharedWording(loaded[i].model.text, loaded[other.id - 1].model.text);
      expect(suggestFamily(all[i], all, wording), files[i]).toBeNull();
    }
  });
});
