import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, PROJECT_ROOT, corpusAvailable } from '../support/corpus';
import { getReference, referenceFacts, referenceLicenses } from '../../src/licenses/index';

/** The licences the product promises to know (issue 3), by reference id. */
const REQUIRED = [
  'llama2', 'llama2-aup', 'llama3', 'llama3-aup', 'llama3.1', 'llama3.1-aup', 'llama3.2', 'llama3.2-aup',
  'llama3.3', 'llama3.3-aup', 'llama4', 'llama4-aup',
  'gemma-2024-02-21', 'gemma-2025-03-24', 'gemma-prohibited-use-2024-02-21',
  'creativeml-openrail-m', 'creativeml-openrail++-m',
  'stability-ai-community-2024-07-05', 'stability-ai-nc-research-community-2023-11-28',
  'svd-nc-community-2023-11-21-original', 'svd-nc-community-2023-11-21',
  'tongyi-qianwen-original', 'tongyi-qianwen', 'tongyi-qianwen-research',
  'chatglm-6b-2023-05-24', 'chatglm-6b-2023-07-08',
  'Apache-2.0', 'MIT', 'BSD-3-Clause', 'GPL-3.0', 'CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-4.0', 'ODC-By-1.0', 'ODbL-1.0',
  // Debian's common licences (test/fixtures/common-licenses)
  'GPL-1.0', 'GPL-2.0', 'LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0', 'MPL-1.1', 'MPL-2.0', 'Artistic-1.0-Perl', 'GFDL-1.2', 'GFDL-1.3',
];

describe('reference licence library', () => {
  it('holds every licence the product promises to identify', () => {
    const ids = new Set(referenceLicenses().map((r) => r.id));
    expect(REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.runIf(corpusAvailable)('records provenance that agrees with the corpus SOURCES.tsv for every reference', () => {
    const rows = new Map(
      readFileSync(join(CORPUS_DIR, 'SOURCES.tsv'), 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => l.split('\t'))
        .map(([file, , repository, path, commit]) => [file, { repository, path, commit: commit.trim() }]),
    );
    const fromCorpus = referenceLicenses().filter((r) => r.provenance.corpusFile);
    // Most references are taken from corpus files (the rest from Debian's common licences): an empty list checks nothing.
    expect(fromCorpus.length).toBeGreaterThanOrEqual(REQUIRED.length - 10);
    for (const ref of fromCorpus) {
      const row = rows.get(ref.provenance.corpusFile!);
      expect(row, ref.id).toBeDefined();
      expect({ repository: ref.provenance.repository, path: ref.provenance.path, commit: ref.provenance.commit }, ref.id).toEqual(row);
      expect(ref.date === null || /^\d{4}-\d{2}-\d{2}$/.test(ref.date), ref.id).toBe(true);
      expect(ref.text.length, ref.id).toBeGreaterThan(500);
    }
  });

  it('records, for a text taken from Debian, the package, the path and the copy kept in the repository', () => {
    const debian = referenceLicenses().filter((r) => r.provenance.copy);
    expect(debian.length).toBeGreaterThanOrEqual(10);
    const readme = readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'common-licenses', 'README.md'), 'utf8');
    for (const ref of debian) {
      const copy = ref.provenance.copy!;
      expect(copy, ref.id).toMatch(/^test\/fixtures\/common-licenses\/[\w.-]+\.txt$/);
      expect(readme, ref.id).toContain(`\`${copy.split('/').pop()}\``);
      expect(ref.provenance.repository, ref.id).toMatch(/^Debian base-files /);
      expect(ref.provenance.path, ref.id).toBe(`/usr/share/common-licenses/${copy.split('/').pop()!.replace(/\.txt$/, '')}`);
      expect(ref.provenance.corpusFile, ref.id).toBeUndefined();
    }
  });

  it.runIf(corpusAvailable)('keeps each reference text in the words of its source file', () => {
    // Only excerpting, Markdown removal (link targets go) and line joining are allowed: the reference's words
    // occur in the corpus file in the same order, none invented or moved.
    const words = (t: string) => t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    for (const ref of referenceLicenses()) {
      const file = ref.provenance.corpusFile ? join(CORPUS_DIR, 'documents', ref.provenance.corpusFile) : join(PROJECT_ROOT, ref.provenance.copy!);
      const source = words(readFileSync(file, 'utf8'));
      const own = words(ref.text);
      let at = 0;
      for (const w of own) {
        while (at < source.length && source[at] !== w) at++;
        at++;
      }
      expect(at <= source.length, `${ref.id}: words out of order or not in the source`).toBe(true);
      expect(own.length, ref.id).toBeGreaterThan(100);
    }
  });

  it.runIf(corpusAvailable)('is up to date with the catalogue and the corpus (build --check)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'build-license-library.ts'), '--check', '--corpus', CORPUS_DIR], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  });

  it('knows the public facts of well-known licences', () => {
    expect(referenceFacts('CC-BY-NC-4.0')).toMatchObject({ commercialUse: 'non-commercial', attributionRequired: true, kind: 'open-source-license' });
    expect(referenceFacts('Apache-2.0')).toMatchObject({ commercialUse: 'permitted', attributionRequired: true, acceptableUse: 'none' });
    expect(referenceFacts('CC0-1.0')).toMatchObject({ commercialUse: 'permitted', attributionRequired: false });
    expect(referenceFacts('llama3.1')).toMatchObject({ commercialUse: 'conditional', acceptableUse: 'by-reference' });
    expect(referenceFacts('llama3.1')?.commercialCondition).toMatch(/700 million monthly active users/);
    expect(referenceFacts('gemma-2025-03-24')).toMatchObject({ commercialUse: 'permitted', outputOwnership: 'not-claimed' });
    expect(referenceFacts('stability-ai-community-2024-07-05')?.commercialCondition).toMatch(/1,000,000/);
    expect(referenceFacts('llama3-aup')).toMatchObject({ kind: 'acceptable-use-policy', acceptableUse: 'embedded' });
    expect(referenceFacts('chatglm-6b-2023-05-24')?.commercialUse).toBe('non-commercial');
    expect(referenceFacts('GPL-2.0')).toMatchObject({ commercialUse: 'permitted', attributionRequired: true, outputOwnership: 'not-claimed', acceptableUse: 'none' });
    expect(referenceFacts('MPL-2.0')).toMatchObject({ kind: 'open-source-license', commercialUse: 'permitted', outputOwnership: 'not-addressed' });
    expect(referenceFacts('Artistic-1.0-Perl')?.outputOwnership).toBe('user');
    expect(referenceFacts('chatglm-6b-2023-07-08')?.commercialUse).toBe('permitted');
    expect(referenceFacts('no-such-licence')).toBeNull();
  });

  it('keeps versions of one licence as separate references of one family', () => {
    for (const [a, b] of [
      ['tongyi-qianwen', 'tongyi-qianwen-original'],
      ['gemma-2024-02-21', 'gemma-2025-03-24'],
      ['svd-nc-community-2023-11-21', 'svd-nc-community-2023-11-21-original'],
      ['chatglm-6b-2023-05-24', 'chatglm-6b-2023-07-08'],
    ]) {
      expect(getReference(a)?.family, a).toBe(getReference(b)?.family);
      expect(getReference(a)?.text, a).not.toBe(getReference(b)?.text);
    }
  });
});
