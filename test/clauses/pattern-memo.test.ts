/**
 * A comparison reads two versions with one PatternMemo, so each rule pattern runs once per distinct sentence.
 * Sharing must not change a single finding: the same clause is found at the same offsets with the same facts,
 * whether or not the other version was read first (on every version pair of the corpus).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PatternMemo, detectClauses } from '../../src/clauses';
import { importDocument } from '../../src/ingest';
import { CORPUS_DIR, DOCUMENTS_DIR, corpusAvailable, readCorpusFile } from '../support/corpus';

function versionPairs(): Array<[string, string]> {
  const lines = readFileSync(join(CORPUS_DIR, 'VERSIONS.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => line.split('\t').slice(0, 2) as [string, string]);
}

describe.skipIf(!corpusAvailable)('pattern results shared by the two versions of a comparison', () => {
  it.each(corpusAvailable ? versionPairs() : [])('%s → %s: the same findings as reading each version alone', async (older, newer) => {
    const oldModel = await importDocument(readCorpusFile(DOCUMENTS_DIR, older), older);
    const newModel = await importDocument(readCorpusFile(DOCUMENTS_DIR, newer), newer);
    const memo = new PatternMemo();
    const sharedOld = detectClauses(oldModel, undefined, { memo });
    const sharedNew = detectClauses(newModel, undefined, { memo });
    expect(sharedOld.length).toBeGreaterThan(0);
    expect(sharedOld).toEqual(detectClauses(oldModel));
    expect(sharedNew).toEqual(detectClauses(newModel));
    // The second version mostly repeats the first: reading it again with the same memo finds the same again.
    expect(detectClauses(newModel, undefined, { memo })).toEqual(sharedNew);
  });
});
